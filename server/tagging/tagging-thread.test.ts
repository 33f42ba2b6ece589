// The tagging thread gives the same tags as tagging in-process, and a thread that stops (here:
// one that takes too long) fails only the work it had; the next request starts a new one.
import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from '../../analysis/default-codebook.ts';
import { createTagger } from '../../analysis/tag-answer.ts';
import { createTaggingThread, type TaggingThread } from './tagging-thread-client.ts';

const codebook = loadDefaultCodebook();
const spec = { key: codebook.id, stamp: '1', codebook, model: null };
const item = (text: string) => ({ key: codebook.id, text, question: 'not_working' });
const answers = [
  'We waited two years for the EHC plan and nobody replies to emails',
  'My son Jack has no school place. Call me on 07700 900123.',
  `The taxi is late every day ${'bcdfghjklmnpqrstvwxz'.repeat(1000)}`,
];

let thread: TaggingThread | undefined;
afterEach(async () => {
  await thread?.close();
  thread = undefined;
});

describe('the tagging thread', () => {
  it('tags a batch in one message as the tagger does in-process', { timeout: 30_000 }, async () => {
    thread = createTaggingThread({ maxChars: 20_000 });
    const inProcess = createTagger({ codebook, maxChars: 20_000 });
    const results = await thread.tag([spec], answers.map(item));
    expect(results).toEqual(answers.map((text) => inProcess.tag(item(text))));
  });

  it('stops a thread that takes too long and starts a new one for the next batch', {
    timeout: 60_000,
  }, async () => {
    thread = createTaggingThread({ maxChars: 20_000 });
    await thread.tag([spec], [item('warm up')]);
    const slow = Array.from({ length: 2000 }, () => item('0 1 2 3 4 '.repeat(2000)));
    await expect(thread.tag([spec], slow, 1)).rejects.toThrow(/was stopped/);
    const [again] = await thread.tag([spec], [item('We are still waiting for a taxi')]);
    expect(again?.themes.map((t) => t.id)).toContain('transport');
    expect(thread.starts).toBe(2);
  });

  it('fails a batch for a codebook it was never given, and keeps working', {
    timeout: 30_000,
  }, async () => {
    thread = createTaggingThread({ maxChars: 20_000 });
    await expect(thread.tag([], [item('hello')])).rejects.toThrow(/not loaded/);
    expect(await thread.tag([spec], [item('hello')])).toHaveLength(1);
    expect(thread.starts).toBe(1);
  });
});
