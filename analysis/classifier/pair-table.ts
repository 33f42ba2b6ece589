// Bigram lookup by the ids of its two stems, in a flat open-addressing table: building the string
// "a b" for every adjacent pair and hashing it cost more than the rest of prediction together.

export class PairTable {
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly features: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2; // at most half full keeps probe chains short
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.features = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & this.mask;
  }

  set(first: number, second: number, feature: number): void {
    let s = this.slot(first, second);
    while (this.firsts[s] !== -1 && !(this.firsts[s] === first && this.seconds[s] === second)) {
      s = (s + 1) & this.mask;
    }
    this.firsts[s] = first;
    this.seconds[s] = second;
    this.features[s] = feature;
  }

  /** The feature of the pair, or -1. */
  get(first: number, second: number): number {
    let s = this.slot(first, second);
    for (;;) {
      const f = this.firsts[s] as number;
      if (f === -1) return -1;
      if (f === first && this.seconds[s] === second) return this.features[s] as number;
      s = (s + 1) & this.mask;
    }
  }
}
