// Questions about many token spans at once in time linear in the answer: comparing every match
// with every exclusion instead costs seconds for an answer that repeats one phrase thousands of
// times.

export interface Span {
  start: number;
  end: number;
}

/** Whether each token position lies inside at least one of the spans. */
export function coveredPositions(spans: Iterable<Span>, length: number): Uint8Array {
  const covered = new Uint8Array(length);
  for (const { start, end } of spans) {
    for (let i = Math.max(0, start); i < Math.min(end, length); i++) covered[i] = 1;
  }
  return covered;
}

export const overlapsCovered = (covered: Uint8Array, span: Span) => {
  for (let i = span.start; i < span.end; i++) if (covered[i]) return true;
  return false;
};

/**
 * For each position, the furthest end of a span starting at or before it: a span [a, b) lies
 * within one of the spans exactly when reach[a] >= b.
 */
export function furthestReach(spans: Iterable<Span>, length: number): Int32Array {
  const reach = new Int32Array(length + 1);
  for (const { start, end } of spans) {
    if (start >= 0 && start <= length) reach[start] = Math.max(reach[start] as number, end);
  }
  for (let i = 1; i <= length; i++) reach[i] = Math.max(reach[i] as number, reach[i - 1] as number);
  return reach;
}

export const isWithin = (reach: Int32Array, span: Span) => (reach[span.start] ?? 0) >= span.end;
