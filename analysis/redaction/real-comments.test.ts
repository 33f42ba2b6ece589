// How much of real parents' writing redaction masks. The comments (../shared/data/send-dev.jsonl)
// already have people's names replaced, so every word masked here is an ordinary word lost: the
// goal is at most one in a hundred. Those words stay outside the repository; this reads them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireShared } from '../../tests/support/shared-fixtures.ts';
import { redactDetailed } from './redact.ts';

const path = requireShared('data/send-dev.jsonl');

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.skipIf(!path)('redaction on real parents’ comments', () => {
  it('masks at most one ordinary word in a hundred', () => {
    const texts = readFileSync(path as string, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => String((JSON.parse(line) as { text: unknown }).text));
    let total = 0;
    let masked = 0;
    for (const text of texts) {
      total += words(text);
      for (const found of redactDetailed(text).found) masked += words(found.original);
    }
    const per100 = (masked / total) * 100;
    console.log(
      `redaction on ${texts.length} real comments: ${masked} of ${total} words masked ` +
        `(${per100.toFixed(2)} per 100 words)`,
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(per100).toBeLessThanOrEqual(1);
  });
});
