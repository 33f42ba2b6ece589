import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../server/exports/report-html.ts';
import { hostilePayloads, onScreen } from './hostile-text.ts';
import { attr, byTag, elements, first, parsePage, text } from './html-tree.ts';
import { hostileReport, QUOTE, sampleReport, UNAPPROVED } from './sample-report.ts';

// What the report may contain: no script, no embedded or external content, no forms.
const ALLOWED_TAGS = new Set(
  'html head meta title style body header main nav section h1 h2 h3 h4 h5 h6 p ol ul li a dl dt dd figure figcaption svg desc line rect text table caption thead tbody tr th td blockquote'.split(
    ' ',
  ),
);

function checkSafeTree(html: string) {
  const { document, errors } = parsePage(html);
  expect(errors.map((e) => `${e.code} at ${e.startLine}:${e.startCol}`)).toEqual([]);
  for (const element of elements(document)) {
    expect(ALLOWED_TAGS, `unexpected <${element.tagName}>`).toContain(element.tagName);
    for (const { name, value } of element.attrs) {
      expect(name, `event handler on <${element.tagName}>`).not.toMatch(/^on/i);
      if (name === 'href') expect(value).toMatch(/^#[a-z0-9-]+$/);
      expect(name).not.toMatch(/^(src|srcset|action|formaction|xlink:href)$/);
    }
  }
  return document;
}

/** What the page shows of a string: the HTML parser turns CR and CRLF into LF. */
const shown = (s: string) => onScreen(s.replace(/\r\n?/g, '\n'));

describe('reportHtml', () => {
  const html = reportHtml(sampleReport());
  const document = checkSafeTree(html);

  it('is a complete page in English with one h1 and no skipped heading levels', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(attr(first(document, 'html'), 'lang')).toBe('en-GB');
    expect(byTag(document, 'h1').map(text)).toEqual(['Parent and carer experience of SEND']);
    expect(text(first(document, 'title'))).toContain('Parent and carer experience of SEND');
    let previous = 1;
    for (const h of elements(document).filter((e) => /^h[1-6]$/.test(e.tagName))) {
      const level = Number(h.tagName[1]);
      expect(level, `heading "${text(h)}" skips a level`).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('captions every table and marks column and row headers', () => {
    const tables = byTag(document, 'table');
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      expect(byTag(table, 'caption')).toHaveLength(1);
      for (const th of byTag(first(table, 'thead'), 'th')) expect(attr(th, 'scope')).toBe('col');
      for (const row of byTag(first(table, 'tbody'), 'tr')) {
        expect(attr(first(row, 'th'), 'scope')).toBe('row');
      }
    }
  });

  it('draws each chart as an image with a text alternative, beside its table', () => {
    const svgs = byTag(document, 'svg');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(elements(document).map((e) => attr(e, 'id')));
    for (const svg of svgs) {
      expect(attr(svg, 'role')).toBe('img');
      const labelledBy = attr(svg, 'aria-labelledby')?.split(' ') ?? [];
      expect(labelledBy).toHaveLength(2);
      for (const id of labelledBy) expect(ids).toContain(id);
    }
    const desc = byTag(document, 'desc').map(text);
    expect(desc).toContain('Primary school: 58%. Special school: 38%. Home education: not shown.');
  });

  it('names hidden figures in one line, never with a number, and publishes approved quotes only', () => {
    const paragraphs = byTag(document, 'p').map(text);
    expect(paragraphs).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Home education”.',
    );
    expect(paragraphs).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Transport”.',
    );
    const cells = byTag(document, 'tr').map((tr) =>
      byTag(tr, 'th').concat(byTag(tr, 'td')).map(text),
    );
    expect(cells.some((row) => row[0] === 'Home education' && row.includes('0'))).toBe(false);
    const quotes = byTag(document, 'blockquote').map(text);
    expect(quotes).toEqual([`“${QUOTE}”`, '“Emails are answered now.”']);
    expect(html).not.toContain(UNAPPROVED);
  });

  it('is self-contained and printable: no script or external resource, a title page', () => {
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    const policies = byTag(document, 'meta')
      .filter((m) => attr(m, 'http-equiv') === 'Content-Security-Policy')
      .map((m) => attr(m, 'content'));
    expect(policies).toEqual([expect.stringContaining("default-src 'none'")]);
    expect(html).toMatch(/@media print[\s\S]*header\.title-page[^{]*\{[^}]*break-after: page/);
  });

  it('says "fewer than 10" for a question too few answered and for answers still waiting', () => {
    const all = elements(document);
    const at = all.findIndex(
      (e) => /^h\d$/.test(e.tagName) && text(e) === 'Tell us about the exclusion',
    );
    expect(at).toBeGreaterThan(0);
    expect(text(all[at + 1] ?? first(document, 'p'))).toBe(
      'Not shown: fewer than 10 people answered this question, or its figures would reveal a number that small.',
    );
    expect(html).toContain(
      'This question was answered 96 times. Fewer than 10 more answers are still being analysed',
    );
    expect(html).not.toMatch(/\b3 more answers/);
  });
});

describe('reportHtml with hostile text', () => {
  const payloads = hostilePayloads() ?? [];

  it.skipIf(payloads.length === 0)(
    'escapes every hostile payload wherever people’s text appears',
    () => {
      expect(payloads.length).toBeGreaterThan(40);
      const html = reportHtml(hostileReport(payloads));
      const document = checkSafeTree(html);
      const quotes = new Set(byTag(document, 'blockquote').map(text));
      for (const payload of payloads) {
        expect(quotes, JSON.stringify(payload)).toContain(`“${shown(payload)}”`);
      }
      expect(byTag(document, 'h1')).toHaveLength(1);
      expect(text(first(document, 'h1'))).toBe(shown(payloads[0] ?? ''));
    },
  );
});
