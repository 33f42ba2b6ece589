// The tagger names the themes its trained model decided otherwise than the keyword rules, so that
// officers can check those answers first. The themes themselves are the model's, as before.
import { describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from './default-codebook.ts';
import { createTagger, type ThemeModel } from './tag-answer.ts';

const model = (gives: string[]): ThemeModel => ({
  version: 'test',
  labels: ['transport', 'health'],
  classify: () => gives.map((id) => ({ id, score: 0.7, evidence: [] })),
});
const codebook = loadDefaultCodebook();
const text = 'The school taxi never turns up on time.';

describe('themes in dispute', () => {
  it('lists themes the model withheld or added against the rules, and only those', () => {
    const rules = createTagger({ codebook }).tag({ text });
    expect(rules.themes.map((t) => t.id)).toContain('transport');
    expect(rules.disputed).toEqual([]);

    const withheld = createTagger({ codebook, model: model([]) }).tag({ text });
    expect(withheld.disputed).toEqual(['transport']);
    expect(withheld.themes.map((t) => t.id)).not.toContain('transport');

    const added = createTagger({
      codebook,
      model: model(['transport', 'health']),
    }).tag({ text });
    expect(added.disputed).toEqual(['health']);
  });
});
