// The report document's structure, read back from the DOCX XML and the printable page: title page,
// about once, summary, sections in questionnaire order, whole scales, trends in words, collapsed
// hidden rows, chart alternative text, and no explanatory sentence twice.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import type { QuestionnairePage } from '../../analysis/report/document/document-types.ts';
import { documentDocx } from '../../server/exports/document-docx.ts';
import { documentHtml } from '../../server/exports/document-html.ts';
import { sampleReport } from '../exports/sample-report.ts';
import { parentExperienceReport } from './support/parent-experience-report.ts';

const PAGES: QuestionnairePage[] = [
  {
    name: 'school',
    title: 'Your child’s school',
    text: ['Tell us about school.'],
    questions: ['setting'],
  },
  {
    name: 'views',
    title: 'Your views',
    text: ['Our draft vision: every child thrives.'],
    questions: ['experience', 'working_well'],
  },
];

async function docxXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** Text of each paragraph of the DOCX, with its style. */
function docxParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

/** Sentences with no figure in them: the explanations a reader should meet once. */
const explanatory = (texts: string[]) =>
  texts
    .flatMap((t) => t.split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 30 && s.endsWith('.') && !/\d/.test(s));

describe('report document structure', () => {
  const report = sampleReport();
  const document = buildDocument(report, {
    organisation: 'Example County Council',
    pages: PAGES,
    actions: [],
    reportDate: '2026-03-02',
  });

  it('has a title page, about and summary once, then sections in questionnaire order', async () => {
    const paragraphs = docxParagraphs(await docxXml(await documentDocx(document)));
    const headings = paragraphs.filter((p) => /^(Title|Heading\d)$/.test(p.style));
    const texts = headings.map((h) => `${h.style}:${h.text}`);
    expect(texts[0]).toBe(`Title:${report.survey.title}`);
    expect(paragraphs.some((p) => p.text === 'Example County Council')).toBe(true);
    expect(texts.filter((t) => t === 'Heading1:About this survey')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Heading1:Summary')).toHaveLength(1);
    const order = [
      'Heading2:Your child’s school',
      'Heading3:Where does your child go to school?',
      'Heading2:Your views',
      'Heading3:How far do you agree with these statements?',
    ];
    const at = order.map((t) => texts.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const all = paragraphs.map((p) => p.text);
    expect(all).toContain('Our draft vision: every child thrives.');
    expect(all.filter((t) => t.startsWith('This question was answered 120 times'))).toHaveLength(1);
  });

  it('prints the summary on a page of its own, after the title page and About', async () => {
    const xml = await docxXml(await documentDocx(document));
    const breaks = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .filter((p) => p.includes('<w:pageBreakBefore/>') || p.includes('<w:br w:type="page"/>'))
      .map((p) => docxParagraphs(p)[0]?.text ?? '');
    // The title page ends with a break; then Summary and what follows it each start a page.
    expect(breaks).toEqual(['', 'Summary', 'What people told us']);
    const page = documentHtml(document);
    expect(page).toMatch(/<h2 id="section-\d+" class="new-page">Summary<\/h2>/);
    expect(page).toMatch(/<h2 id="section-\d+" class="new-page">What people told us<\/h2>/);
    expect(page).toMatch(/@media print \{[^@]*\.new-page \{ break-before: page;/);
    expect(page.indexOf('About this survey')).toBeLessThan(page.indexOf('>Summary<'));
  });

  it('says trends in words and names what it hides in one line, never with a number', () => {
    const text = JSON.stringify(document);
    expect(text).toMatch(
      /35% of the 115 who gave a view agreed, up 5 percentage points from 30% of 100 in “Wave 1” \(not a significant change\)/,
    );
    expect(text).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Home education”.',
    );
    expect(text).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Social care needs are met”',
    );
    expect(text).toContain('“Transport”');
    expect(text).not.toMatch(/Transport \(\d/);
  });

  it('gives each chart in the DOCX alternative text with its figures', async () => {
    const xml = await docxXml(await documentDocx(document));
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(alts.length).toBeGreaterThan(0);
    expect(alts.some((a) => a.includes('Primary school: 58%'))).toBe(true);
    expect(alts.some((a) => a.includes('Home education: not shown'))).toBe(true);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('repeats no explanatory sentence in either file, at 660 responses', async () => {
    const big = parentExperienceReport().document;
    const docxTexts = docxParagraphs(await docxXml(await documentDocx(big))).map((p) => p.text);
    const htmlTexts = [...documentHtml(big).matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1] ?? '');
    for (const texts of [docxTexts, htmlTexts]) {
      const seen = new Map<string, number>();
      for (const s of explanatory(texts)) seen.set(s, (seen.get(s) ?? 0) + 1);
      expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    }
    const text = JSON.stringify(big);
    // The whole scale of an agree/disagree statement, with plain words and its base.
    expect(text).toMatch(
      /Of the \d+ who answered about “The Local Offer[^”]*”, \d+% chose “Does not apply to us”; of the \d+ who gave a view, \d+% \([a-z ]+\) agreed, \d+% \([a-z ]+\) neither agreed nor disagreed and \d+% \([a-z ]+\) disagreed\./,
    );
  }, 60_000);
});
