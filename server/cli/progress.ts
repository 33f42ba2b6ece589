/** Progress on stderr, only when a person is watching a terminal. */
export function createProgress(verb: string, noun: string, total?: number) {
  const enabled = process.stderr.isTTY === true;
  let count = 0;
  let last = 0;
  const show = () => {
    const of = total ? ` of ${total.toLocaleString('en-GB')}` : '';
    process.stderr.write(`\r${verb} ${count.toLocaleString('en-GB')}${of} ${noun}`);
  };
  return {
    tick(by = 1) {
      count += by;
      if (!enabled) return;
      const now = Date.now();
      if (now - last > 200) {
        last = now;
        show();
      }
    },
    done() {
      if (!enabled) return;
      show();
      process.stderr.write('\n');
    },
  };
}
