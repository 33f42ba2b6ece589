// One response's stored summary (summary-format.ts), decoded into arrays indexed by catalog
// question and reused for every response: a report reads 100,000 summaries, and keeps no object
// per answer.
import type { Catalog } from './catalog.ts';
import {
  fingerprintOf,
  QuestionNames,
  readSummary,
  type SummaryVisitor,
  ThemeLists,
} from './summary-format.ts';

const NO_THEMES: readonly string[] = [];

export class SummaryRow {
  readonly present: Uint8Array;
  readonly substantive: Uint8Array;
  readonly safeguarding: Uint8Array;
  readonly length: Int32Array;
  readonly themes: (readonly string[])[];
  /** Where each text's stand-in (see quote-candidates.ts) is in the summary being read. */
  readonly fingerprintStart: Int32Array;
  readonly fingerprintEnd: Int32Array;
  private source = '';
  private readonly touched: number[] = [];
  private readonly themeLists = new ThemeLists();
  private readonly names = new QuestionNames();
  private readonly visit: SummaryVisitor;

  constructor(catalog: Catalog) {
    const size = catalog.questions.length;
    this.present = new Uint8Array(size);
    this.substantive = new Uint8Array(size);
    this.safeguarding = new Uint8Array(size);
    this.length = new Int32Array(size);
    this.themes = catalog.questions.map(() => NO_THEMES);
    this.fingerprintStart = new Int32Array(size);
    this.fingerprintEnd = new Int32Array(size);
    this.visit = (question, substantive, safeguarding, length, themes, _source, start, end) => {
      const spec = catalog.byName.get(question);
      if (spec?.kind !== 'text') return;
      const q = spec.index;
      this.present[q] = 1;
      this.substantive[q] = substantive ? 1 : 0;
      this.safeguarding[q] = safeguarding ? 1 : 0;
      this.length[q] = length;
      this.themes[q] = themes;
      this.fingerprintStart[q] = start;
      this.fingerprintEnd[q] = end;
      this.touched.push(q);
    };
  }

  /** Replaces the row with this summary's answers. */
  load(summary: string): this {
    for (const q of this.touched) this.present[q] = 0;
    this.touched.length = 0;
    this.source = summary;
    readSummary(summary, this.visit, this.themeLists, this.names);
    return this;
  }

  /** Whether question q's text has a stand-in (it is not blank). */
  hasFingerprint(q: number): boolean {
    const start = this.fingerprintStart[q] ?? 0;
    const end = this.fingerprintEnd[q] ?? 0;
    return end > start && !(end - start === 1 && this.source.charCodeAt(start) === 45);
  }

  /** The stand-in for question q's text. */
  fingerprint(q: number): string {
    return fingerprintOf(this.source, this.fingerprintStart[q] ?? 0, this.fingerprintEnd[q] ?? 0);
  }
}
