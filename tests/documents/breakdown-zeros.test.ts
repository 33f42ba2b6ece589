// A true zero in a breakdown group smaller than k is hidden like any other small figure: six
// carers who all disagreed and a group nobody is in get no figure of their own, no 0 in any file,
// and no 0 by subtracting the shown groups from the whole; "About this survey" says so.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../analysis/report/build-report.ts';
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import type { AgreementFigure, BreakdownGroup } from '../../analysis/report/report-types.ts';
import { documentDocx } from '../../server/exports/document-docx.ts';
import { documentHtml } from '../../server/exports/document-html.ts';
import { buildBenchInput } from '../bench/report-bench.ts';

const ROWS = [
  'local_offer_helpful',
  'education_right_provision',
  'staff_skills',
  'health_needs_met',
  'social_care_needs_met',
  'included_in_planning',
];

function smallGroupReport() {
  const input = buildBenchInput(200, 3);
  input.responses.forEach((r, i) => {
    const answers = r.answers as Record<string, unknown>;
    // Six carers, every one of them disagreeing; no young person at all.
    answers.respondent_role = i < 6 ? 'carer' : i < 100 ? 'parent' : 'professional';
    if (i < 6) answers.experiences = Object.fromEntries(ROWS.map((row) => [row, 'disagree']));
  });
  return buildReport(input, { k: 10, by: 'respondent_role' });
}

const count = (a: AgreementFigure | undefined) => (a && 'count' in a ? a : undefined);

describe('zeros in small breakdown groups', () => {
  const report = smallGroupReport();
  const document = buildDocument(report, { organisation: 'C', pages: [], actions: [] });
  const groups = report.breakdown?.groups ?? [];
  const shown = groups.filter((g): g is Extract<BreakdownGroup, { n: number }> => 'n' in g);

  it('gives the small groups no figure, not even a 0, in any document file', async () => {
    expect(groups.find((g) => g.value === 'carer')).toMatchObject({ suppressed: true });
    expect(groups.find((g) => g.value === 'young_person')).toMatchObject({ suppressed: true });
    const zip = await JSZip.loadAsync(await documentDocx(document));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of [JSON.stringify(document), documentHtml(document), xml]) {
      expect(text).not.toMatch(/A carer[^.”]*?\(\d/);
      expect(text).not.toMatch(/A young person[^.”]*?\(\d/);
    }
    for (const b of document.blocks) {
      if (
        b.type !== 'table' ||
        (!b.caption.includes('by group') && !b.caption.includes('each group'))
      )
        continue;
      expect(b.headers.slice(1)).toEqual(shown.map((g) => g.label));
    }
  });

  it('leaves no 0 to find by taking the shown groups from the whole', () => {
    const experiences = report.questions.find((q) => q.name === 'experiences');
    let checked = 0;
    for (const row of experiences?.rows ?? []) {
      const whole = count(row.agreement);
      if (!whole || whole.count === 0) continue;
      const parts = shown.map((g) =>
        count(
          g.questions.find((q) => q.name === 'experiences')?.rows?.find((r) => r.name === row.name)
            ?.agreement,
        ),
      );
      if (parts.some((p) => p === undefined)) continue;
      const rest = whole.count - parts.reduce((sum, p) => sum + (p?.count ?? 0), 0);
      const restN = whole.n - parts.reduce((sum, p) => sum + (p?.n ?? 0), 0);
      if (restN === 0) continue;
      checked++;
      // The people outside the shown groups: neither those agreeing nor the others may be 0 or few.
      expect(rest, row.name).toBeGreaterThanOrEqual(10);
      if (whole.n - whole.count > 0) expect(restN - rest, row.name).toBeGreaterThanOrEqual(10);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says in "About this survey" that a 0 in a small group is hidden too', () => {
    const about = document.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(about).toContain(
      'A 0 is shown only for a question or group of at least 10 people: for a smaller group, even a 0 is not shown',
    );
  });
});
