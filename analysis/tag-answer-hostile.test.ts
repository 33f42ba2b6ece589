// Hostile answers: one 60,000-character "word" once froze the server for 18 s. Every step of
// tagging must be linear in the answer and read no more than the answer limit; vitest's timeout is
// the guard here (speed itself is measured by `npm run bench`).
import { describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from './default-codebook.ts';
import { redact } from './redaction/redact.ts';
import { createTagger } from './tag-answer.ts';
import { MAX_ANSWER_CHARS, MAX_WORD_LENGTH } from './text/limits.ts';
import { tokenize } from './text/tokens.ts';

const tagger = createTagger({ codebook: loadDefaultCodebook() });
// Without the cap: each step must also be linear on its own, whatever reaches it.
const uncapped = createTagger({ codebook: loadDefaultCodebook(), maxChars: 1_000_000 });
const QUESTION = 'not_working What is not working well?';
const KB_250 = 250 * 1024;

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
const consonants = (length: number) => fill('bcdfghjklmnpqrstvwxz', length).slice(0, length);

function expectSane(result: ReturnType<typeof tagger.tag>, maxChars = MAX_ANSWER_CHARS) {
  expect(['negative', 'neutral', 'positive']).toContain(result.sentiment.label);
  expect(Number.isFinite(result.sentiment.score)).toBe(true);
  expect(typeof result.redacted).toBe('string');
  expect(result.redacted.length).toBeLessThanOrEqual(maxChars + 200);
  for (const theme of result.themes) expect(theme.score).toBeGreaterThan(0);
}

describe('tagging hostile answers', () => {
  it.each([
    ['19,000 consonants (the longest answer accepted)', consonants(19_000)],
    ['60,000 consonants', consonants(60_000)],
    ['261,000 consonants', consonants(261_000)],
  ])('treats a long word as noise: %s', (_label, word) => {
    const result = tagger.tag({
      text: `The waiting list is two years ${word}`,
      question: QUESTION,
    });
    expectSane(result);
    expect(result.themes.map((t) => t.id)).toContain('delays');
    expect(result.themes.flatMap((t) => t.evidence).every((e) => e.length < 100)).toBe(true);
    expect(uncapped.tag({ text: word, question: QUESTION }).themes).toEqual([]);
  });

  it.each(['a', 'z', '1', ' ', '.', '@', '-', "'", '\n'])('handles a 250 KB run of %j', (char) => {
    const text = char.repeat(KB_250);
    expectSane(tagger.tag({ text, question: QUESTION }));
    expectSane(uncapped.tag({ text, question: QUESTION }), text.length);
    expect(typeof redact(text)).toBe('string');
  });

  it.each([
    ['punctuation', '!?.,;:-()[]{}"\'/\\*&^%$#'],
    ['digits and spaces', '0 1 2 3 4 5 6 7 8 9 '],
    ['dots between letters', 'a.'],
    ['at signs between letters', 'a@'],
    ['a cue word before a long gap', `my son${' '.repeat(KB_250)}\nJack`],
    ['a repeated excluded phrase', 'no wait '],
    ['a repeated phrase that is not a risk', 'before crisis point '],
  ])('handles 250 KB of %s', (_label, unit) => {
    const text = fill(unit, KB_250);
    expectSane(tagger.tag({ text, question: QUESTION }));
    expectSane(uncapped.tag({ text, question: QUESTION }), text.length);
  });

  it('reads emoji, skin tones and joined emoji as sentiment, even 250 KB of them', () => {
    const angry = tagger.tag({ text: fill('😡👎🏽 ', KB_250), question: QUESTION });
    expectSane(angry);
    expect(angry.sentiment.label).toBe('negative');
    const family = tagger.tag({ text: fill('👨‍👩‍👧‍👦❤️ ', KB_250), question: QUESTION });
    expectSane(family);
    expect(family.sentiment.label).toBe('positive');
  });

  it('keeps right-to-left text intact and tags it without error', () => {
    const arabic = 'ننتظر منذ سنتين ولا أحد يرد على رسائلنا ';
    const short = tagger.tag({ text: arabic, question: QUESTION });
    expect(short.redacted).toBe(arabic);
    expectSane(tagger.tag({ text: fill(`${arabic}\u202Ewaiting list\u202C `, KB_250) }));
    expectSane(tagger.tag({ text: fill('שלום עולם \u200F', KB_250), question: QUESTION }));
  });

  it('reads only the first MAX_ANSWER_CHARS characters, never splitting an emoji', () => {
    const text = `${'a '.repeat(MAX_ANSWER_CHARS / 2 - 1)}x😡 suicide`;
    const result = tagger.tag({ text });
    expect(result.safeguarding).toBe(false);
    expect(result.redacted.endsWith('x')).toBe(true);
    expect(tagger.tag({ text: 'I feel suicidal 😡' }).safeguarding).toBe(true);
  });

  it('leaves words longer than the word cap out of tokens', () => {
    const long = 'q'.repeat(MAX_WORD_LENGTH + 1);
    expect(tokenize(`waiting ${long} list`).map((t) => t.word)).toEqual(['waiting', 'list']);
    expect(tokenize('q'.repeat(MAX_WORD_LENGTH))).toHaveLength(1);
  });
});
