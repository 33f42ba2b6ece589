// Text that leaves the platform in a file must not turn into something else on the way: a
// spreadsheet formula (CSV/XLSX injection) or a broken XML part (DOCX/XLSX). Answers and quotes are
// written by the public, so every exported text cell passes through here.

// Spreadsheets treat these first characters as the start of a formula, including the full-width
// forms Apple Numbers normalises; csv-stringify's own escape_formulas uses the same list.
const FORMULA_START = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

/** Prefixes text a spreadsheet would read as a formula with `'`, so it stays text. */
export function escapeFormula(text: string): string {
  const first = text[0];
  return first !== undefined && FORMULA_START.has(first) ? `'${text}` : text;
}

// XML 1.0 cannot hold most C0 controls, U+FFFE/U+FFFF or unpaired surrogates: one such character
// makes Word or Excel refuse the whole file, so they become U+FFFD instead.
const XML_INVALID = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

/** Text safe to put in an XML or HTML document: characters XML forbids become U+FFFD. */
export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '\uFFFD');

// XML allows DEL and the C1 controls, but HTML calls them errors and exceljs drops them silently;
// U+FFFD shows that something was there.
const C1_CONTROLS = /[\u007F-\u009F]/g;

/** Text for a web page or a spreadsheet: XML's rules, and no DEL or C1 controls either. */
export const displaySafe = (text: string): string => xmlSafe(text).replace(C1_CONTROLS, '\uFFFD');

/** A text cell for a spreadsheet: valid in XML and never a formula. */
export const spreadsheetText = (text: string): string => escapeFormula(displaySafe(text));
