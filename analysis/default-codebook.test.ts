import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from './default-codebook.ts';
import { evaluateAgreement } from './metrics.ts';
import { createTagger } from './tag-answer.ts';

const THEME_IDS = [
  'communication',
  'delays',
  'inclusion',
  'transport',
  'ehcp',
  'coproduction',
  'staff',
  'health',
  'social_care',
  'information',
  'funding',
  'tribunal',
  'placement',
  'joined_up',
  'transition',
  'early_intervention',
  'nothing_working',
];

interface Coded {
  id: string;
  text: string;
  question?: string;
  themes: string[];
  safeguarding?: boolean;
  substantive?: boolean;
}

const dev = readFileSync('tests/data/send-comments-dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Coded);

describe('the default SEND codebook', () => {
  const codebook = loadDefaultCodebook();
  const tagger = createTagger({ codebook });

  it('has exactly the 17 themes of the domain, each with terms and examples', () => {
    expect(codebook.themes.map((t) => t.id)).toEqual(THEME_IDS);
    for (const theme of codebook.themes) {
      expect(theme.strong.length, theme.id).toBeGreaterThan(0);
      expect(theme.examples.length, theme.id).toBeGreaterThan(0);
    }
  });

  it('tags nearly all of its own examples with their theme', () => {
    const missed: string[] = [];
    let total = 0;
    for (const theme of codebook.themes) {
      for (const example of theme.examples) {
        total++;
        const question = theme.id === 'nothing_working' ? 'working_well' : undefined;
        const ids = tagger.tag({ text: example, question }).themes.map((t) => t.id);
        if (!ids.includes(theme.id)) missed.push(`${theme.id}: ${example}`);
      }
    }
    expect(missed.length / total, missed.join('\n')).toBeLessThanOrEqual(0.1);
  });

  // The development set is the one the codebook was tuned on: this guards against regressions,
  // it is not evidence of accuracy (the holdout set and real data are).
  it('keeps its agreement with human coding on the development set', () => {
    const predicted = dev.map((d) => ({
      id: d.id,
      labels: tagger.tag({ text: d.text, question: d.question }).themes.map((t) => t.id),
    }));
    const report = evaluateAgreement(
      dev.map((d) => ({ id: d.id, labels: d.themes })),
      predicted,
      THEME_IDS,
    );
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.88);
  });

  // Misreadings seen on real parents' comments, in this file's own words.
  it('reads the words real parents use as people do', () => {
    const ids = (text: string, question?: string) =>
      tagger.tag({ text, question }).themes.map((t) => t.id);
    expect(ids('As parents and carers we feel alone, and other families say the same')).toEqual([]);
    expect(ids('Her Education, Health and Care Plan is vague')).toEqual(['ehcp']);
    expect(ids('He was diagnosed with autism when he was four')).toEqual([]);
    expect(ids('He keeps getting punished for meltdowns that come from his autism')).toEqual([
      'inclusion',
    ]);
    expect(ids('His teachers are not adapting to the way he learns')).toEqual(['staff']);
    expect(ids('Zero cost to us and the club is brilliant', 'working_well')).not.toContain(
      'nothing_working',
    );
    expect(ids('There was no wait at all for the speech therapist')).toEqual(['health']);
    expect(ids('He has been out of education since Easter')).toEqual(['placement']);
  });

  it('flags most at-risk answers and non-answers in the development set', () => {
    const share = (items: Coded[], test: (c: Coded) => boolean) =>
      items.filter(test).length / items.length;
    const at = (d: Coded) => tagger.tag({ text: d.text, question: d.question });
    expect(
      share(
        dev.filter((d) => d.safeguarding),
        (d) => at(d).safeguarding,
      ),
    ).toBeGreaterThanOrEqual(0.8);
    expect(
      share(
        dev.filter((d) => d.substantive === false),
        (d) => !at(d).substantive,
      ),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
