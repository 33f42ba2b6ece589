// Code checks for one account run one after another in this process. The throttle reads the
// count of wrong codes before checking and writes it after: run side by side, a thousand guesses
// sent at once would all be checked before the first failure was counted.
const queues = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  // The map holds only accounts with a check under way.
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}
