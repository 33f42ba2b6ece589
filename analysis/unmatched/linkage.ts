// Average-linkage agglomerative clustering by the nearest-neighbour chain: O(n²) time on an n × n
// similarity matrix, and the same result as merging the most similar pair each time, since average
// linkage never makes a merged group more similar to a third than its closer part was.

/**
 * Groups of item indices. `similarity` is a full n × n matrix (row-major), overwritten as groups
 * merge. Groups whose average similarity is below `minSimilarity` are never merged. Only items with
 * `use[i]` take part. Ties go to the chain's previous item, then to the lower index,
 * so the result depends only on the input.
 */
export function averageLinkage(
  similarity: Float32Array,
  n: number,
  use: readonly boolean[],
  minSimilarity: number,
): number[][] {
  const active = use.slice(0, n);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const done: number[] = [];
  let remaining = active.filter(Boolean).length;
  const chain: number[] = [];
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(true));
    const a = chain[chain.length - 1] as number;
    const previous = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    let best = previous;
    let bestSimilarity = previous >= 0 ? (similarity[a * n + previous] as number) : -1;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a) continue;
      const s = similarity[a * n + k] as number;
      if (s > bestSimilarity) {
        best = k;
        bestSimilarity = s;
      }
    }
    if (best < 0 || bestSimilarity < minSimilarity) {
      // Nothing is close enough to a now, and merging others cannot bring anything closer.
      active[a] = false;
      done.push(a);
      remaining--;
      chain.pop();
      continue;
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    const [keep, drop] = a < best ? [a, best] : [best, a];
    const nKeep = members[keep]?.length ?? 1;
    const nDrop = members[drop]?.length ?? 1;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const merged =
        ((similarity[keep * n + k] as number) * nKeep +
          (similarity[drop * n + k] as number) * nDrop) /
        (nKeep + nDrop);
      similarity[keep * n + k] = merged;
      similarity[k * n + keep] = merged;
    }
    members[keep]?.push(...(members[drop] ?? []));
    active[drop] = false;
    remaining--;
  }
  for (let i = 0; i < n; i++) if (active[i]) done.push(i);
  return done.map((i) => (members[i] ?? []).sort((x, y) => x - y));
}
