// A version's masks from the merged catalog (protect-versions.ts) taken into its own report, whose
// catalog may order options and rows differently: by option value, row name and theme. A cell the
// merged catalog has no place for is hidden when anything beside it is, so nothing is shown that
// the protection did not see.
import type { QuestionSpec } from './catalog.ts';
import type { Mask } from './mask.ts';

const anyHidden = (bits: Uint8Array) => bits.includes(1);

function mapBits(
  into: Uint8Array,
  from: Uint8Array,
  index: ReadonlyMap<string, number>,
  merged: ReadonlyMap<string, number>,
) {
  for (const [key, i] of index) {
    if (i >= into.length) continue;
    const j = merged.get(key);
    const hidden = j === undefined || j >= from.length ? anyHidden(from) : from[j] === 1;
    if (hidden) into[i] = 1;
  }
}

/** Hides in `into` (the version's own catalog) everything `from` (the merged one) hides. */
export function mergeVersionMask(into: Mask, from: Mask, own: QuestionSpec, merged: QuestionSpec) {
  into.all ||= from.all;
  into.answered ||= from.answered;
  into.pending ||= from.pending;
  into.agreement ||= from.agreement;
  mapBits(into.options, from.options, own.optionIndex, merged.optionIndex);
  for (const [name, r] of own.rowIndex) {
    const m = merged.rowIndex.get(name);
    const fromRow = m === undefined ? undefined : from.rowOptions[m];
    const intoRow = into.rowOptions[r];
    if (!intoRow) continue;
    if (m === undefined || !fromRow) {
      intoRow.fill(1);
      into.rowAgreement[r] = 1;
      into.rowAnswered[r] = 1;
      continue;
    }
    if (from.rowAgreement[m] === 1) into.rowAgreement[r] = 1;
    if (from.rowAnswered[m] === 1) into.rowAnswered[r] = 1;
    mapBits(intoRow, fromRow, own.optionIndex, merged.optionIndex);
  }
  for (let i = 0; i < into.themes.length; i++) if (from.themes[i] === 1) into.themes[i] = 1;
}
