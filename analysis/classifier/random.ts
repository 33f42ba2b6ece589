// A small seeded generator so that training (fold assignment, coordinate order) and the synthetic
// benchmark give the same result for the same input on every machine; Math.random cannot be seeded.

/** Returns a function giving uniform numbers in [0, 1), fully determined by `seed`. */
export function seededRandom(seed: number): () => number {
  // Mix the seed once so that nearby seeds (1, 2, 3...) start far apart.
  let state = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) | 0;
  if (state === 0) state = 0x2545f491;
  return () => {
    // xorshift32: period 2^32 - 1, plenty for shuffles of a few thousand items.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Shuffles the first `length` entries of `items` in place (Fisher–Yates). */
export function shuffleInPlace(
  items: { [index: number]: number; length: number },
  random: () => number,
  length = items.length,
): void {
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as number;
    items[i] = items[j] as number;
    items[j] = swap;
  }
}
