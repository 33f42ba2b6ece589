import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../server/exports/report-docx.ts';
import { hasXmlInvalid, hostilePayloads, inXml, xmlErrors } from './hostile-text.ts';
import { hostileReport, QUOTE, sampleReport, UNAPPROVED } from './sample-report.ts';

async function parts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  return { document: await text('word/document.xml'), core: await text('docProps/core.xml') };
}

/** The words of a WordprocessingML part, with the markup and XML entities taken out. */
const words = (xml: string) =>
  xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('reportDocx', () => {
  it('is a Word file with the title as a Title paragraph and as the document title', async () => {
    const buffer = await reportDocx(sampleReport());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { document, core } = await parts(buffer);
    expect(core).toContain('<dc:title>Parent and carer experience of SEND</dc:title>');
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>.*?Parent and carer experience of SEND/);
    expect(words(document)).toContain('About this survey');
  });

  it('says "fewer than 10" for a question too few answered and for answers still waiting', async () => {
    const text = words((await parts(await reportDocx(sampleReport()))).document);
    expect(text).toContain(
      'Tell us about the exclusion\nNot shown: fewer than 10 people answered this question, or its figures would reveal a number that small.',
    );
    expect(text).toContain('Fewer than 10 more answers are still being analysed');
    expect(text).not.toMatch(/\b3 more answers/);
  });

  it('shows approved quotes as quotations and never an unapproved one', async () => {
    const { document } = await parts(await reportDocx(sampleReport()));
    expect(document).toMatch(
      new RegExp(`<w:pStyle w:val="Quote"/>.*?“${QUOTE.replace(/[[\]]/g, '\\$&')}”`),
    );
    expect(words(document)).toContain('Emails are answered now.');
    expect(words(document)).not.toContain(UNAPPROVED);
  });

  it('has a heading per question and a captioned table with a marked header row', async () => {
    const { document } = await parts(await reportDocx(sampleReport()));
    for (const title of ['Where does your child go to school?', 'What is working well?']) {
      expect(document).toMatch(
        new RegExp(
          `Heading3"/>(<w:keepNext/>)?</w:pPr><w:r><w:t[^>]*>${title.replace('?', '\\?')}`,
        ),
      );
    }
    const tables = document.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(tables.length);
    expect(document.match(/<w:tblCaption /g)?.length).toBe(tables.length);
    expect(document).toContain(
      '<w:tblCaption w:val="Where does your child go to school?: answers, out of the 120 who answered"/>',
    );
  });

  it('names hidden figures in one line, never as 0, and keeps the breakdown compact', async () => {
    const text = words((await parts(await reportDocx(sampleReport()))).document);
    expect(text).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Home education”.',
    );
    expect(text).toContain('one: “Transport”.');
    expect(text).not.toMatch(/Home education\n0\n/);
    expect(text).toMatch(
      /Groups: [^\n]*Not shown, as fewer than 10 people or a number that would reveal one: “Home education”\./,
    );
    // One table per question for the breakdown, not the report again per group.
    expect(text.match(/Where does your child go to school\?\n/g)?.length ?? 0).toBeLessThanOrEqual(
      1,
    );
  });

  it('keeps hostile text as text: escaped markup, no control characters', async () => {
    const report = sampleReport();
    report.survey.title = '<w:p>"&\'</w:p>\x01';
    const { document, core } = await parts(await reportDocx(report));
    expect(core).toContain('<dc:title>&lt;w:p&gt;&quot;&amp;&apos;&lt;/w:p&gt;\uFFFD</dc:title>');
    expect(document).not.toContain('<w:p>"&');
    expect(hasXmlInvalid(document)).toBe(false);
  });

  const payloads = hostilePayloads() ?? [];

  it.skipIf(payloads.length === 0)(
    'writes well-formed XML holding every hostile payload',
    async () => {
      const zip = await JSZip.loadAsync(await reportDocx(hostileReport(payloads)));
      for (const [path, file] of Object.entries(zip.files)) {
        if (!path.endsWith('.xml') && !path.endsWith('.rels')) continue;
        expect(xmlErrors(await file.async('string')), path).toEqual([]);
      }
      const text = words((await zip.file('word/document.xml')?.async('string')) ?? '');
      for (const payload of payloads) {
        expect(text, JSON.stringify(payload)).toContain(`“${inXml(payload)}”`);
      }
    },
  );
});
