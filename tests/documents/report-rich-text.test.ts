// Emphasis and lists survive into both document files: the draft vision's bold heading and
// bullets as parents saw them, and an officer's **bold** words and "- " lists in the summary and a
// narrative, as Word bold runs and a real Word bulleted list (numbering), and as <strong> and <ul>.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import { plainText } from '../../analysis/report/document/questionnaire-pages.ts';
import { documentDocx } from '../../server/exports/document-docx.ts';
import { documentHtml } from '../../server/exports/document-html.ts';
import { sampleReport } from '../exports/sample-report.ts';
import { parentExperienceReport } from './support/parent-experience-report.ts';

async function docxParts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  return {
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
    numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '',
  };
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);
const textOf = (p: string) =>
  [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** The text of each bold run. */
const boldRuns = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:b\/>[\s\S]*?<\/w:r>/g)].map(([r]) => textOf(r));

describe('bold words and lists in the document files', () => {
  const summary =
    'Parents told us **waiting is the biggest worry**.\n\nWhat we heard most:\n- **Delays** in assessments\n- Too little contact';
  const base = sampleReport();
  const report = {
    ...base,
    questions: base.questions.map((q) =>
      q.name === 'working_well' && !q.suppressed
        ? {
            ...q,
            narrative: 'Families **valued** their school.\n\n- one\n- two',
            narrativeEdit: { stale: false },
          }
        : q,
    ),
  };
  const document = buildDocument(report, {
    organisation: 'Example County Council',
    pages: [
      {
        name: 'views',
        title: 'Your views',
        text: plainText(
          '<p><strong>Our draft vision, in short</strong></p><p>To get there, we want:</p><ul><li>help <b>early</b></li><li>plans on time</li></ul>',
        ),
        questions: ['experience', 'working_well'],
      },
    ],
    actions: [],
    summary,
  });

  it('writes bold runs and real bulleted lists in the DOCX, never typed bullets', async () => {
    const { document: xml, numbering } = await docxParts(await documentDocx(document));
    const bold = boldRuns(xml);
    for (const words of [
      'Our draft vision, in short',
      'early',
      'waiting is the biggest worry',
      'Delays',
      'valued',
    ]) {
      expect(bold).toContain(words);
    }
    const texts = paragraphs(xml).map(textOf);
    expect(texts.some((t) => /^\s*[•*-]\s/.test(t) || t.includes('**'))).toBe(false);
    const items = paragraphs(xml).filter((p) => p.includes('<w:numPr>'));
    expect(items.map(textOf)).toEqual([
      'Delays in assessments',
      'Too little contact',
      'help early',
      'plans on time',
      'one',
      'two',
    ]);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it('keeps the same emphasis and lists in the printable page', () => {
    const page = documentHtml(document);
    expect(page).toContain('<p><strong>Our draft vision, in short</strong></p>');
    expect(page).toContain('<ul><li>help <strong>early</strong></li><li>plans on time</li></ul>');
    expect(page).toContain(
      '<p>Parents told us <strong>waiting is the biggest worry</strong>.</p><p>What we heard most:</p><ul><li><strong>Delays</strong> in assessments</li>',
    );
    expect(page).toContain('<p>Families <strong>valued</strong> their school.</p><ul><li>one</li>');
    expect(page).not.toContain('**');
    expect(page).not.toMatch(/<p>•/);
  });

  it('carries the draft vision of the shipped questionnaire with its bold and its list', async () => {
    const big = parentExperienceReport().document;
    const { document: xml } = await docxParts(await documentDocx(big));
    expect(boldRuns(xml)).toContain('Our draft vision, in short');
    const items = paragraphs(xml)
      .filter((p) => p.includes('<w:numPr>'))
      .map(textOf);
    expect(items).toContain('EHC plans that are clear, specific and on time');
    expect(JSON.stringify(big)).not.toContain('•');
  }, 60_000);
});
