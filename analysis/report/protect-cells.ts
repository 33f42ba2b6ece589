// Complementary suppression for cells that add up to a published total. A hidden cell is safe when
// the cells hidden alongside it in every published sum are at least two and together describe at
// least k people: then neither the cell nor any other single hidden cell can be worked out by
// subtraction, and the hidden remainder is itself not a small number.
//
// Empty cells (0) describe nobody, so they are shown; they are also useless as cover, so the cell
// hidden to protect another is always the smallest non-empty one still shown (lowest index on ties).

export const isSmall = (count: number, k: number) => count > 0 && count < k;

/** A proportion x/n is hidden when x or n - x is small, or n itself is below k. */
export const isSmallShare = (x: number, n: number, k: number) =>
  n < k || isSmall(x, k) || isSmall(n - x, k);

export function hideSmall(counts: ArrayLike<number>, k: number, hidden: Uint8Array) {
  for (let i = 0; i < counts.length; i++) if (isSmall(counts[i] as number, k)) hidden[i] = 1;
}

export interface Protection {
  changed: boolean;
  /** A sum that could not be protected within its own cells (index into `sums`), or -1. */
  failed: number;
}

/**
 * Hides further cells until every sum in `sums` (each a list of cell indices whose total is
 * published or derivable) is protected. Cells only ever move from shown to hidden.
 */
export function protectSums(
  counts: ArrayLike<number>,
  k: number,
  hidden: Uint8Array,
  sums: readonly (readonly number[])[],
): Protection {
  let changed = false;
  for (let again = true; again; ) {
    again = false;
    for (let s = 0; s < sums.length; s++) {
      const cells = sums[s] as readonly number[];
      let hiddenCells = 0;
      let hiddenTotal = 0;
      let cover = -1;
      for (const i of cells) {
        const count = counts[i] as number;
        if (hidden[i] === 1) {
          hiddenCells++;
          hiddenTotal += count;
        } else if (count > 0 && (cover < 0 || count < (counts[cover] as number))) {
          cover = i;
        }
      }
      if (hiddenCells === 0 || (hiddenCells >= 2 && hiddenTotal >= k)) continue;
      if (cover < 0) return { changed, failed: s };
      hidden[cover] = 1;
      changed = true;
      again = true;
    }
  }
  return { changed, failed: -1 };
}
