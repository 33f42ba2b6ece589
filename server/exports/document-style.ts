// The printable report's only stylesheet, inline because the page must work saved as one file.
// Colours are GOV.UK's: text #0b0c0c on white is 19.6:1, the bars' #1d70b8 is 5.2:1 against white,
// borders #505a5f are 7:1. Printed, it is set like the Word file: 11 pt text on A4.
import { REPORT_CSS } from './html-style.ts';

export const DOCUMENT_CSS = `${REPORT_CSS}
header.title-page { margin-bottom: 2rem; }
header.title-page .organisation { font-size: 1.5rem; font-weight: bold; margin: 0 0 1rem; }
svg.chart { max-width: 36rem; }
@media print {
  body { font-size: 11pt; line-height: 1.35; }
  h1 { font-size: 22pt; }
  h2 { font-size: 17pt; margin-top: 1em; }
  h3 { font-size: 14pt; margin-top: 0.8em; }
  h4 { font-size: 12pt; margin-top: 0.8em; }
  h5 { font-size: 11pt; }
  p { margin: 0 0 0.5em; }
  header.title-page { break-after: page; page-break-after: always; }
  .new-page { break-before: page; page-break-before: always; }
  table { margin-bottom: 0.8rem; font-size: 11pt; }
  th, td { padding: 0.15rem 0.4rem 0.15rem 0; }
  svg.chart { max-width: 16cm; }
  figure.chart-figure { margin-bottom: 0.5rem; }
  blockquote { margin-bottom: 0.5rem; }
}
`;
