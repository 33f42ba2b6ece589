// Numbers as a council's report writes them: whole percentages in sentences, with the plain words
// people use beside them ("about half", "fewer than one in five").

/** 1,234 as British reports write it, without depending on the runtime's locale data. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const whole = (percent: number) => `${Math.round(percent)}%`;

export const fewerThan = (k: number) => `fewer than ${k}`;

const BANDS: [below: number, words: string][] = [
  [1, 'almost nobody'],
  [10, 'fewer than one in ten'],
  [20, 'fewer than one in five'],
  [29, 'about one in four'],
  [38, 'about one in three'],
  [46, 'about two in five'],
  [48, 'just under half'],
  [53, 'about half'],
  [56, 'just over half'],
  [63, 'about three in five'],
  [71, 'about two in three'],
  [79, 'about three in four'],
  [90, 'about four in five'],
  [99.5, 'nine in ten or more'],
];

/** The plain words for a percentage; only ever given a figure the report shows. */
export function band(percent: number): string {
  for (const [below, words] of BANDS) if (percent < below) return words;
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
