import { describe, expect, it } from 'vitest';
import { type AnswerToGroup, groupAnswers, MAX_GROUPED_ANSWERS } from './group-answers.ts';

// Composed for this test: comments on a draft vision and on a governance workstream.
const childFocus = [
  'The vision is not child-focused at all, it reads like it was written for the council.',
  'It is not child focused. Where are the children in this?',
  'Feels corporate and not child-focused, my son would not understand a word of it.',
  'Needs to be child focused rather than about systems and processes.',
  'Not child focused enough, put the young people at the centre.',
];
const accountable = [
  'Somebody has to hold leaders to account when deadlines are missed.',
  'Who will hold the leaders to account if nothing changes again?',
  'Hold senior leaders to account and publish what they promised.',
  'There must be a way for parents to hold leaders to account.',
];
const loners = [
  'The bus driver is always lovely.',
  'Ok',
  '!!!',
  'My [NAME] loves the swimming club on Saturdays.',
];

const answers = (texts: string[], prefix: string): AnswerToGroup[] =>
  texts.map((text, i) => ({ id: `${prefix}${i}`, text }));

const all = [...answers(childFocus, 'c'), ...answers(accountable, 'h'), ...answers(loners, 'x')];

describe('groupAnswers', () => {
  it('puts answers saying the same thing together, apart from a different point', () => {
    const { groups, considered, ungrouped } = groupAnswers(all);
    expect(considered).toBe(all.length);
    const byFirst = (prefix: string) =>
      groups.find((g) => g.ids.some((id) => id.startsWith(prefix)));
    const child = byFirst('c');
    const lead = byFirst('h');
    expect(child?.ids.slice().sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(lead?.ids.slice().sort()).toEqual(['h0', 'h1', 'h2', 'h3']);
    expect(groups).toHaveLength(2);
    expect(ungrouped).toBe(loners.length);
  });

  it('labels each group with its most telling phrase, as parents wrote it', () => {
    const { groups } = groupAnswers(all);
    expect(groups.map((g) => g.label)).toEqual(['child focused', 'leaders to account']);
    expect(groups[0]?.keywords[0]).toBe('child focused');
    expect(groups[1]?.keywords).toEqual(['leaders to account', 'hold']);
  });

  it('lists the largest group first and its most typical answers first', () => {
    const { groups } = groupAnswers(all);
    expect(groups.map((g) => g.ids.length)).toEqual([5, 4]);
    expect(groups[0]?.ids[0]).toMatch(/^c/);
  });

  it('never labels a group with what redaction took out', () => {
    const named = answers(
      [
        '[NAME] at [SCHOOL] says the respite hours were cut.',
        'Respite hours were cut again by [SCHOOL].',
        'Our respite hours cut in half, [NAME] is exhausted.',
      ],
      'r',
    );
    const { groups } = groupAnswers(named);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.label).toBe('respite hours cut');
    expect(groups[0]?.keywords.join(' ')).not.toMatch(/name|school/i);
  });

  it('gives the same groups for the same answers', () => {
    expect(groupAnswers(all)).toEqual(groupAnswers(all));
  });

  it('reads at most the first 2,000 answers, however many are given', () => {
    const many = Array.from({ length: MAX_GROUPED_ANSWERS + 500 }, (_, i) => ({
      id: String(i),
      text: i % 2 ? 'Transport to college is a nightmare' : 'Speech therapy sessions were stopped',
    }));
    const { considered, groups } = groupAnswers(many, { maxAnswers: 10_000 });
    expect(considered).toBe(MAX_GROUPED_ANSWERS);
    expect(groups.reduce((n, g) => n + g.ids.length, 0)).toBe(MAX_GROUPED_ANSWERS);
  });

  it('copes with nothing to group and with hostile text', () => {
    expect(groupAnswers([])).toEqual({ groups: [], considered: 0, ungrouped: 0 });
    const odd = answers(['a'.repeat(20_000), '🙂'.repeat(5000), 'x y z '.repeat(4000), ''], 'o');
    expect(groupAnswers(odd).considered).toBe(4);
  });
});
