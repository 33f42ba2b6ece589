// Excel refuses a workbook whose sheet names are longer than 31 characters, repeat one another
// (ignoring case), contain \ / ? * [ ] : , start or end with an apostrophe, or are "History".
// Question titles are free text, so every name is made safe here.

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[\\/?*[\]:]/g;
// Control characters cannot be typed into a tab and some readers reject them.
const CONTROL = /\p{Cc}/gu;

function clean(name: string): string {
  const cleaned = name.replace(FORBIDDEN, ' ').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return cleaned.replace(/^'+|'+$/g, '').trim();
}

/** Cuts to `max` UTF-16 units without splitting an emoji's surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trimEnd().replace(/'+$/, '');
}

/** Hands out safe, unique sheet names for one workbook. */
export class SheetNamer {
  private readonly used = new Set<string>();

  name(wanted: string, fallback = 'Sheet'): string {
    let base = clean(wanted);
    if (base === '' || base.toLowerCase() === 'history') base = fallback;
    let candidate = cut(base, MAX_SHEET_NAME);
    for (let i = 2; this.used.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
