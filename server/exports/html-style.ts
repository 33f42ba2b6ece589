// The report page's only stylesheet, inline because the page must work saved as one file.
// Colours are GOV.UK's: text #0b0c0c on white is 19.6:1, the bars' #1d70b8 is 5.2:1 against white,
// borders #505a5f are 7:1, so text passes WCAG AA and graphics pass the 3:1 non-text rule.
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { color: #0b0c0c; background: #fff; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.1875rem;
  line-height: 1.5; margin: 0 auto; max-width: 50rem; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2.25rem; margin-top: 0; }
h2 { font-size: 1.75rem; }
h3 { font-size: 1.375rem; }
h4, h5, h6 { font-size: 1.1875rem; }
p, li, dd { max-width: 40em; }
a { color: #1d70b8; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; box-shadow: 0 4px #0b0c0c; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2rem; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.5rem; }
th, td { border-bottom: 1px solid #505a5f; padding: 0.5rem 0.75rem 0.5rem 0; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
thead th { border-bottom-width: 2px; }
td.number, th.number { text-align: right; }
@media (min-width: 40em) { td.number, th.number { white-space: nowrap; } }
@media (max-width: 40em) {
  body { font-size: 1rem; }
  table { font-size: 0.875rem; }
  th, td { padding-right: 0.35rem; }
}
td.withheld { font-style: italic; }
figure.chart-figure { margin: 0 0 1rem; }
figure.chart-figure figcaption { font-weight: bold; margin-bottom: 0.5rem; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { font-family: Arial, sans-serif; font-size: 15px; fill: #0b0c0c; }
blockquote { margin: 0 0 1rem; padding: 0.25rem 0 0.25rem 1rem; border-left: 5px solid #505a5f; }
blockquote p { margin: 0; }
.narrative { font-size: 1.25rem; }
@media (forced-colors: active) {
  svg.chart .chart-bar { fill: CanvasText; }
  svg.chart text { fill: CanvasText; }
  svg.chart .chart-axis { stroke: CanvasText; }
}
@media print {
  @page { size: A4; margin: 2cm; }
  body { font-size: 11pt; max-width: none; padding: 0; }
  .narrative { font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  nav.contents { display: none; }
  section.question, section.breakdown { break-before: page; page-break-before: always; }
  table, figure, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; }
}
`;
