// A first draft of the words under each question, in the style of the council's reports ("This
// question was answered 489 times. 39% of respondents told us that nothing is working well.").
// Written only from the published figures, so it can never mention a hidden one; officers edit it.
import type { QuestionSpec } from './catalog.ts';
import type { Figures, ShownFigures } from './render.ts';
import type { AgreementFigure, OptionFigure, ThemeFigure } from './report-types.ts';

const whole = (percent: number) => `${Math.round(percent)}%`;
/** 1,234 as British reports write it, without depending on the runtime's locale data. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const quoted = (text: string) => `“${text}”`;

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Delays and waiting" reads "delays and waiting" mid-sentence; "EHC plans" keeps its capitals. */
function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLowerCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

type Shown<T> = Extract<T, { count: number }>;
const isShown = <T extends object>(f: T): f is Shown<T> => 'count' in f;

function topOptions(options: readonly OptionFigure[], verb: string): string | undefined {
  const shown = options
    .filter(isShown)
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  if (shown.length === 0) return undefined;
  const parts = shown.map(
    (o, i) => `${whole(o.percent)}${i === 0 ? ` ${verb}` : ''} ${quoted(o.label)}`,
  );
  return `${list(parts)}.`;
}

/** "agree or strongly agree" for agree-like options, otherwise "chose “Yes” or “Partly”". */
export function agreementPhrase(spec: QuestionSpec): string {
  const labels = spec.options
    .filter((_, i) => spec.agreement?.positive[i] === 1)
    .map((o) => o.label);
  if (labels.length > 0 && labels.every((l) => /agree/i.test(l))) {
    return [...labels]
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
      .map((l) => l.toLowerCase())
      .join(' or ');
  }
  return `chose ${labels.map(quoted).join(' or ')}`;
}

function agreementSentence(
  a: AgreementFigure,
  phrase: string,
  statement?: string,
): string | undefined {
  if (!isShown(a)) return undefined;
  const about = statement ? ` that ${quoted(statement)}` : '';
  return `${whole(a.percent)} ${phrase}${about} (n = ${thousands(a.n)}).`;
}

function themeSentences(themes: readonly ThemeFigure[]): string | undefined {
  const shown = themes
    .filter(isShown)
    .filter((t) => t.count > 0)
    .slice(0, 3);
  if (shown.length === 0) return undefined;
  return shown
    .map((t, i) => {
      // The base is those who answered this question, never all respondents.
      const who = i === 0 ? ' of those who answered' : '';
      if (t.id === 'nothing_working')
        return `${whole(t.percent)}${who} told us that nothing is working.`;
      return `${whole(t.percent)}${who} mentioned ${midSentence(t.label)}.`;
    })
    .join(' ');
}

const anyHidden = (figures: ShownFigures) =>
  [...(figures.options ?? []), ...(figures.themes ?? [])].some((f) => !isShown(f)) ||
  (figures.agreement !== undefined && !isShown(figures.agreement)) ||
  (figures.rows ?? []).some(
    (r) =>
      r.suppressed === true ||
      (r.agreement && !isShown(r.agreement)) ||
      (r.options ?? []).some((o) => !isShown(o)),
  );

/** The sentence about answers still being analysed: a small number of them is not given either. */
function pendingSentence(pending: ShownFigures['pending'], k: number): string {
  if (pending === undefined) return '';
  if (typeof pending !== 'number') return ` Fewer than ${k} more answers are still being analysed.`;
  if (pending === 1) return ' One more answer is still being analysed.';
  return ` A further ${thousands(pending)} answers are still being analysed.`;
}

export function draftNarrative(spec: QuestionSpec, figures: Figures, k: number): string {
  if (figures.suppressed) return `Fewer than ${k} people answered this question.`;
  const n = figures.answered;
  const pending = pendingSentence(figures.pending, k);
  if (n === 0) return `No one has answered this question yet.${pending}`;
  if (n < k) return `Fewer than ${k} people answered this question.${pending}`;
  const parts = [`This question was answered ${n === 1 ? 'once' : `${thousands(n)} times`}.`];
  const phrase = agreementPhrase(spec);
  const agreement = figures.agreement && agreementSentence(figures.agreement, phrase);
  if (agreement) parts.push(agreement);
  else if (figures.options) {
    const multi = spec.kind === 'multi';
    parts.push(topOptions(figures.options, multi ? 'ticked' : 'chose') ?? '');
    if (multi) parts.push('People could tick more than one.');
  }
  for (const row of figures.rows ?? []) {
    if (row.agreement) parts.push(agreementSentence(row.agreement, phrase, row.title) ?? '');
    else if (row.options) {
      const top = topOptions(row.options, 'chose');
      if (top) parts.push(`For ${quoted(row.title)}, ${top}`);
    }
  }
  if (figures.themes) {
    const noneHidden = figures.themes.every(isShown);
    parts.push(themeSentences(figures.themes) ?? (noneHidden ? 'No answer matched a theme.' : ''));
  }
  if (anyHidden(figures)) {
    parts.push(
      `Some figures are not shown, so that no group of fewer than ${k} people can be picked out.`,
    );
  }
  return parts.filter((p) => p !== '').join(' ') + pending;
}
