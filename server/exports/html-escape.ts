// The only way text enters the HTML report. Titles, labels, narratives and quotes can all hold
// markup written by anyone who answered, so nothing is interpolated without passing through `esc`.
import { displaySafe } from './cell-safety.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes markup characters, for element content or a quoted attribute value. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Text for element content or a quoted attribute value. */
export const esc = (text: string): string => escapeMarkup(displaySafe(text));

/** A fragment of markup that is already escaped, so helpers can tell it from raw text. */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

type Part = string | number | Html | readonly Part[] | undefined | false;

function render(part: Part): string {
  if (part === undefined || part === false) return '';
  if (typeof part === 'string') return esc(part);
  if (typeof part === 'number') return String(part);
  if ('html' in part) return part.html;
  return part.map(render).join('');
}

/**
 * A template tag that escapes every interpolated value unless it is already `Html`:
 * html`<p>${answer}</p>` can never inject markup, whatever `answer` holds.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { html: out };
}
