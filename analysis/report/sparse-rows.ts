// A compact list-of-small-lists (compressed sparse rows) for the answers of 100,000+ respondents:
// which options each ticked, which themes each answer has. Two flat typed arrays instead of one
// JavaScript array per respondent keep memory and garbage collection flat.

export interface SparseRows {
  /** Row i holds values[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  values: Uint16Array;
}

export class SparseRowsBuilder {
  private readonly offsets: Int32Array;
  private values = new Uint16Array(1024);
  private length = 0;
  private row = 0;

  constructor(rows: number) {
    this.offsets = new Int32Array(rows + 1);
  }

  /** Adds a value to the current row unless the row already has it. */
  add(value: number) {
    for (let i = this.offsets[this.row] ?? 0; i < this.length; i++) {
      if (this.values[i] === value) return;
    }
    if (this.length === this.values.length) {
      const grown = new Uint16Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** Closes the current row; the next add starts row + 1. */
  endRow() {
    this.row++;
    this.offsets[this.row] = this.length;
  }

  rowLength(): number {
    return this.length - (this.offsets[this.row] ?? 0);
  }

  build(): SparseRows {
    return { offsets: this.offsets, values: this.values.slice(0, this.length) };
  }
}
