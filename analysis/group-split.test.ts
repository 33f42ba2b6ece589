import { describe, expect, it } from 'vitest';
import { splitByGroup } from './group-split.ts';

const items = Array.from({ length: 200 }, (_, i) => ({ id: i, page: `page-${i % 50}` }));
const page = (item: { page: string }) => item.page;

describe('splitting a development set by page', () => {
  it('keeps every page on one side and reports on about the asked share of pages', () => {
    const { tune, report } = splitByGroup(items, page, 0.4, 7);
    const tunePages = new Set(tune.map(page));
    const reportPages = new Set(report.map(page));
    expect([...reportPages].filter((p) => tunePages.has(p))).toEqual([]);
    expect(reportPages.size).toBe(20);
    expect(tune.length + report.length).toBe(items.length);
  });

  it('gives the same split for the same seed whatever the order of the items', () => {
    const first = splitByGroup(items, page, 0.4, 7).report.map((i) => i.id);
    const shuffled = [...items].reverse();
    const again = splitByGroup(shuffled, page, 0.4, 7).report.map((i) => i.id);
    expect(again.sort((a, b) => a - b)).toEqual(first.sort((a, b) => a - b));
    const other = splitByGroup(items, page, 0.4, 8).report.map((i) => i.id);
    expect(other.sort((a, b) => a - b)).not.toEqual(first);
  });
});
