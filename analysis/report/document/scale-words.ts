// Answers to a choice question or one row of a grid, in words: the whole scale, each percentage
// naming the people it is out of. Hidden options are never given a number; the question's one
// "not shown" line names them instead. An agree/disagree scale with an agreement figure says the
// sides out of those who gave a view, the base of that figure (and of trends and breakdowns), so
// a statement never has two "agreed" figures on different bases.
import type { AgreementFigure, OptionFigure } from '../report-types.ts';
import { list, quoted, thousands, whole, withBand } from './plain-words.ts';

type Shown = Extract<OptionFigure, { count: number }>;
export const isShown = <T extends object>(f: T): f is Extract<T, { count: number }> => 'count' in f;

export type Side = 'agree' | 'neither' | 'disagree' | 'other';

/** Which side of an agree/disagree scale an option is on, from its label. */
export function side(label: string): Side {
  const text = label.toLowerCase();
  if (/neither/.test(text)) return 'neither';
  if (/disagree/.test(text)) return 'disagree';
  if (/agree/.test(text)) return 'agree';
  return 'other';
}

export const isAgreeScale = (options: readonly OptionFigure[]) =>
  options.some((o) => side(o.label) === 'agree') &&
  options.some((o) => side(o.label) === 'disagree');

const VERBS: Record<Exclude<Side, 'other'>, string> = {
  agree: 'agreed',
  neither: 'neither agreed nor disagreed',
  disagree: 'disagreed',
};

/**
 * "45% agreed, 12% neither agreed nor disagreed, 38% disagreed and 5% chose “Does not apply”".
 * A side is summed only when every option on it is shown; otherwise each shown option speaks
 * for itself, so no hidden count can be worked out from a total.
 */
function agreeScale(options: readonly OptionFigure[]): string[] {
  const parts: string[] = [];
  for (const s of ['agree', 'neither', 'disagree'] as const) {
    const on = options.filter((o) => side(o.label) === s);
    if (on.length === 0) continue;
    if (on.every(isShown)) {
      const percent = on.reduce((sum, o) => sum + (o as Shown).percent, 0);
      parts.push(`${withBand(percent)} ${VERBS[s]}`);
    } else {
      for (const o of on.filter(isShown))
        parts.push(`${whole(o.percent)} chose ${quoted(o.label)}`);
    }
  }
  for (const o of options.filter((o) => side(o.label) === 'other' && isShown(o))) {
    parts.push(`${whole((o as Shown).percent)} chose ${quoted(o.label)}`);
  }
  return parts;
}

/**
 * "Of the 584 who answered about “X”, 18% chose “Does not apply to us”; of the 482 who gave a
 * view, 42% (about two in five) agreed, ...": the agreed share is the agreement figure itself;
 * another side is summed out of the same people only when every option on it is shown, else its
 * shown options speak for themselves, out of the same people.
 */
function viewSentence(
  options: readonly OptionFigure[],
  answered: number,
  about: string,
  agreement: Extract<AgreementFigure, { count: number }>,
): string {
  const view = agreement.n;
  const share = (count: number) => (count / view) * 100;
  const parts = [`${withBand(agreement.percent)} agreed`];
  for (const s of ['neither', 'disagree'] as const) {
    const on = options.filter((o) => side(o.label) === s);
    if (on.length === 0) continue;
    if (on.every(isShown)) {
      const count = on.reduce((sum, o) => sum + (o as Shown).count, 0);
      parts.push(`${withBand(share(count))} ${VERBS[s]}`);
    } else {
      for (const o of on.filter(isShown))
        parts.push(`${whole(share(o.count))} chose ${quoted(o.label)}`);
    }
  }
  const noView = options
    .filter((o) => side(o.label) === 'other')
    .filter(isShown)
    .map((o) => `${whole(o.percent)} chose ${quoted(o.label)}`);
  const sides = list(parts);
  if (view === answered) return `Of the ${thousands(answered)} who answered ${about}, ${sides}.`;
  if (noView.length === 0) return `Of the ${thousands(view)} who gave a view ${about}, ${sides}.`;
  return `Of the ${thousands(answered)} who answered ${about}, ${list(noView)}; of the ${thousands(view)} who gave a view, ${sides}.`;
}

/** The shown options in words, largest first; the first with its plain words. */
function choiceScale(options: readonly OptionFigure[], verb: string, limit: number): string[] {
  const shown = options
    .filter(isShown)
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count);
  const parts = shown
    .slice(0, limit)
    .map(
      (o, i) => `${i === 0 ? withBand(o.percent) : whole(o.percent)} ${verb} ${quoted(o.label)}`,
    );
  if (shown.length > limit) parts.push(`fewer chose each of the other answers`);
  return parts;
}

/**
 * One sentence for a set of options out of `answered`. `about` names what was answered ("this
 * question", or a statement of a grid); `multi` when people could tick several; `agreement` the
 * report's agreement figure for these options, when it has one.
 */
export function scaleSentence(
  options: readonly OptionFigure[],
  answered: number,
  about: string,
  multi = false,
  agreement?: AgreementFigure,
): string | undefined {
  const agree = isAgreeScale(options);
  if (agree && agreement && isShown(agreement)) {
    return viewSentence(options, answered, about, agreement);
  }
  // A hidden agreement figure is not worked out again from the scale: each option alone.
  const parts = agree
    ? agreement
      ? choiceScale(options, 'chose', options.length)
      : agreeScale(options)
    : choiceScale(options, multi ? 'ticked' : 'chose', multi ? 4 : 5);
  if (parts.length === 0) return undefined;
  const base = `Of the ${thousands(answered)} who answered ${about}`;
  const tick = multi ? ' (they could tick more than one)' : '';
  return `${base}${tick}, ${list(parts)}.`;
}

/** Labels of the hidden options, for the question's one "not shown" line. */
export const hiddenLabels = (options: readonly OptionFigure[] | undefined) =>
  (options ?? []).filter((o) => !isShown(o)).map((o) => o.label);
