// How figures read on screen. A hidden figure is never shown as 0: that would be a false number.
import type { Interval } from '../../analysis/report/report-types.ts';
import { formatLondonDate } from '../lib/london-date.ts';

export const fewerThan = (k: number) => `fewer than ${k}`;

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const formatPercent = (percent: number) =>
  `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;

export const formatInterval = ([low, high]: Interval) =>
  `${formatPercent(low)} to ${formatPercent(high)}`;

export const formatCount = (count: number) => count.toLocaleString('en-GB');

export function formatTimes(count: number): string {
  return count === 1 ? 'Answered once' : `Answered ${formatCount(count)} times`;
}

export function formatOptionalDate(value: string | null): string {
  return value ? formatLondonDate(value) : 'Not set';
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
