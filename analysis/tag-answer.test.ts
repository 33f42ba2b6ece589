import { describe, expect, it } from 'vitest';
import { parseCodebook } from './codebook.ts';
import { createTagger } from './tag-answer.ts';

const codebook = parseCodebook({
  id: 'test',
  version: 1,
  name: 'Test codebook',
  themes: [
    {
      id: 'delays',
      label: 'Delays and waiting',
      strong: ['wait', 'waiting list', 'delay', 'assessment took'],
      weak: ['slow', 'months'],
      exclude: ['no wait', "didn't have to wait"],
    },
    { id: 'transport', label: 'Transport', strong: ['transport', 'taxi', 'bus'] },
    { id: 'inclusion', label: 'Inclusion', strong: ['inclusive', 'inclusion', 'exclu*'] },
    { id: 'health', label: 'Health', strong: ['"ot"', 'therap*', 'assessment'] },
    { id: 'nothing_working', label: 'Nothing is working', strong: ['nothing is working'] },
  ],
});
const tagger = createTagger({ codebook, redact: (t) => t });
const ids = (text: string, question?: string) =>
  tagger.tag({ text, question }).themes.map((t) => t.id);

describe('theme tagging', () => {
  it('counts different forms of a word through stemming', () => {
    for (const text of [
      'We waited for ages',
      'still on the waiting list',
      'wait times are awful',
    ]) {
      expect(ids(text)).toContain('delays');
    }
  });

  it('gives each theme a score and the words that triggered it', () => {
    const [delays] = tagger.tag({ text: 'We WAITED two years on the Waiting List' }).themes;
    expect(delays).toMatchObject({ id: 'delays' });
    expect(delays?.score).toBeGreaterThanOrEqual(0.5);
    expect(delays?.score).toBeLessThanOrEqual(1);
    expect(delays?.evidence).toEqual(expect.arrayContaining(['waited', 'waiting list']));
  });

  it('tags several themes in one answer', () => {
    expect(ids('The taxi was late and we waited, and the school is not inclusive')).toEqual(
      expect.arrayContaining(['delays', 'transport', 'inclusion']),
    );
  });

  it('needs two weak hints, not one', () => {
    expect(ids('it was slow')).not.toContain('delays');
    expect(ids('it was slow, months of nothing')).toContain('delays');
  });

  it('keeps a theme that is negated ("not inclusive" is still about inclusion)', () => {
    expect(ids('The school is not inclusive at all')).toContain('inclusion');
  });

  it('drops a match cancelled by an exclusion', () => {
    expect(ids('There was no wait at all')).not.toContain('delays');
  });

  it('matches prefixes and exact words', () => {
    expect(ids('He was excluded twice')).toContain('inclusion');
    expect(ids('OT has been great')).toContain('health');
    expect(ids('we got a lot done')).not.toContain('health');
  });

  it('copes with the typos of quick phone answers', () => {
    expect(ids('the tranport is a nightmare')).toContain('transport');
    expect(ids('still waitng for an asessment')).toEqual(
      expect.arrayContaining(['delays', 'health']),
    );
  });

  it('handles emoji, any case and long rambling answers', () => {
    expect(ids('TAXI 😡😡')).toContain('transport');
    const long = `${'we love the teachers and the class is calm. '.repeat(300)}but the bus is late`;
    expect(ids(long)).toContain('transport');
  });
});

describe('non-answers and "nothing"', () => {
  it('marks non-answers as not substantive, with no themes', () => {
    for (const text of ['n/a', 'N/A', '-', 'No comment.', "don't know", '...', '😶']) {
      const result = tagger.tag({ text, question: 'not_working_well' });
      expect(result.substantive, text).toBe(false);
      expect(result.themes, text).toEqual([]);
    }
  });

  it('reads "Nothing." to "what is working well?" as nothing working', () => {
    const result = tagger.tag({ text: 'Nothing.', question: 'What is working well?' });
    expect(result.substantive).toBe(true);
    expect(result.themes.map((t) => t.id)).toEqual(['nothing_working']);
  });

  it('does not read "Nothing." to other questions as nothing working', () => {
    const result = tagger.tag({ text: 'Nothing', question: 'What needs to change?' });
    expect(result.substantive).toBe(true);
    expect(result.themes).toEqual([]);
  });
});

describe('sentiment', () => {
  it('labels complaints negative and praise positive', () => {
    expect(
      tagger.tag({ text: 'The school is not inclusive and nobody listens' }).sentiment.label,
    ).toBe('negative');
    expect(tagger.tag({ text: 'Brilliant OT, so helpful 😊' }).sentiment.label).toBe('positive');
  });

  it('does not read a negated complaint as a complaint', () => {
    expect(tagger.tag({ text: 'No problems with transport' }).sentiment.label).not.toBe('negative');
  });

  it('weighs what comes after "but" more', () => {
    const result = tagger.tag({
      text: 'The SENCO is lovely but the plan took two years and it is a battle',
    });
    expect(result.sentiment.label).toBe('negative');
    expect(result.sentiment.score).toBeGreaterThanOrEqual(-1);
  });
});

describe('safeguarding', () => {
  it('flags answers that suggest someone is at risk, with evidence', () => {
    const cases = [
      'My son has started to self-harm and CAMHS say he is not bad enough',
      'I honestly feel suicidal some days',
      "I can't cope any more, we are at breaking point",
      'she talks about wanting to die',
    ];
    for (const text of cases) {
      const result = tagger.tag({ text });
      expect(result.safeguarding, text).toBe(true);
      expect(result.safeguardingEvidence.length, text).toBeGreaterThan(0);
    }
  });

  it('does not flag ordinary answers', () => {
    const result = tagger.tag({ text: 'We need support before crisis, and quicker assessments' });
    expect(result.safeguarding).toBe(false);
  });
});
