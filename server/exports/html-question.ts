// Pieces of the printable report page: headings, ids and captioned data tables.
import { NOT_SHOWN } from './export-text.ts';
import { type Html, html, raw } from './html-escape.ts';

/** Hands out ids unique within one page, never derived from text people wrote. */
export class Ids {
  private readonly counts = new Map<string, number>();
  next(prefix: string) {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }
}

export const heading = (level: number, text: string, id?: string, cls?: string): Html => {
  const tag = `h${Math.min(6, Math.max(1, level))}`;
  const attributes = html`${id ? html` id="${id}"` : ''}${cls ? html` class="${cls}"` : ''}`;
  return html`<${raw(tag)}${attributes}>${text}</${raw(tag)}>`;
};

const NUMBER_COLUMNS = new Set(['Number', 'Per cent', 'Out of']);

/** A table with a caption, column headers and row headers: each cell is announced with both. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly string[][]) {
  const cls = (header: string | undefined) =>
    header && NUMBER_COLUMNS.has(header) ? 'number' : '';
  return html`<table><caption>${caption}</caption><thead><tr>${headers.map(
    (h) => html`<th scope="col" class="${cls(h)}">${h}</th>`,
  )}</tr></thead><tbody>${rows.map(
    ([first = '', ...rest]) =>
      html`<tr><th scope="row">${first}</th>${rest.map((cell, i) => {
        const withheld = cell.startsWith('fewer than') || cell === NOT_SHOWN;
        return html`<td class="${cls(headers[i + 1])}${withheld ? ' withheld' : ''}">${cell}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
}
