// Numbers as a council's report writes them: whole percentages in sentences, with the plain words
// people use beside them ("about half", "fewer than one in five").

/** 1,234 as British reports write it, without depending on the runtime's locale data. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const whole = (percent: number) => `${Math.round(percent)}%`;

export const fewerThan = (k: number) => `fewer than ${k}`;

/** A hidden figure in a table or chart: small itself, or one that would reveal a small one, so
 * never "fewer than k", which would be false of the second kind. */
export const NOT_SHOWN = 'not shown';

/** Upper bounds of the whole percentage printed beside the words, so "20%" never reads "fewer
 * than one in five" and each band stays near the fraction it names. */
const BANDS: [atMost: number, words: string][] = [
  [0, 'almost nobody'],
  [8, 'fewer than one in ten'],
  [11, 'about one in ten'],
  [17, 'fewer than one in five'],
  [22, 'about one in five'],
  [27, 'about one in four'],
  [30, 'nearly one in three'],
  [36, 'about one in three'],
  [43, 'about two in five'],
  [47, 'just under half'],
  [52, 'about half'],
  [56, 'just over half'],
  [63, 'about three in five'],
  [70, 'about two in three'],
  [77, 'about three in four'],
  [84, 'about four in five'],
  [89, 'more than four in five'],
  [94, 'about nine in ten'],
  [99, 'more than nine in ten'],
];

/** The plain words for a percentage; only ever given a figure the report shows. */
export function band(percent: number): string {
  const printed = Math.round(percent);
  for (const [atMost, words] of BANDS) if (printed <= atMost) return words;
  return 'almost everyone';
}

/** "41% (about two in five)". */
export const withBand = (percent: number) => `${whole(percent)} (${band(percent)})`;

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const quoted = (text: string) => `“${text}”`;

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Delays and waiting" reads "delays and waiting" mid-sentence; "EHC plans" keeps its capitals. */
export function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLowerCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "5 January 2026"; anything that is not a YYYY-MM-DD day is shown as it is. */
export function longDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  return DAY.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
