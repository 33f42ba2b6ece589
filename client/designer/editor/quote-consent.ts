// Ticking "asks if we may quote" must leave a question whose yes reports can read: the answer that
// allows quotes stores "yes" (analysis/report/consent.ts) and the other "no". Without this the
// checks blocked publishing until the team found and retyped the stored value by hand.
import { CONSENTING_VALUES } from '../../../analysis/report/consent.ts';
import type { Option, OptionChange } from './options-editor.tsx';

export const QUOTE_YES = 'Yes, you may quote my words without my name';
export const QUOTE_NO = 'No, please do not quote my words';

const consents = (value: string | number) => CONSENTING_VALUES.has(String(value).toLowerCase());
/** Wording the designer has not touched yet: "Option 1" from a new question, or nothing. */
const placeholder = (o: Option) => /^option \d+$/i.test(o.text.trim()) || o.text.trim() === '';

export interface ConsentSetup {
  /** The options after each step; each step renames one value, so references follow it. */
  steps: { options: Option[]; change: OptionChange }[];
}

/**
 * The renames that give a single-choice question a "yes" (its first option) and a "no" (its
 * second), or no steps when it already has a yes or its values are fixed by published answers.
 */
export function consentSetup(options: Option[], fixed: Set<string>): ConsentSetup {
  if (options.some((o) => consents(o.value))) return { steps: [] };
  const steps: ConsentSetup['steps'] = [];
  let current = options;
  const rename = (index: number, value: string, wording: string) => {
    const o = current[index];
    if (!o || fixed.has(String(o.value))) return false;
    if (current.some((other, i) => i !== index && String(other.value) === value)) return false;
    const next = current.map((item, i) =>
      i === index ? { value, text: placeholder(item) ? wording : item.text } : item,
    );
    steps.push({ options: next, change: { kind: 'renamed', from: String(o.value), to: value } });
    current = next;
    return true;
  };
  if (!rename(0, 'yes', QUOTE_YES)) return { steps: [] };
  if (current[1] && String(current[1].value).toLowerCase() !== 'no') rename(1, 'no', QUOTE_NO);
  return { steps };
}
