// Tagging throughput on one core: themes, sentiment, safeguarding and redaction for every answer.
import { readFileSync } from 'node:fs';
import { loadDefaultCodebook } from '../../analysis/default-codebook.ts';
import { createTagger } from '../../analysis/tag-answer.ts';

function measure(
  tagger: ReturnType<typeof createTagger>,
  texts: { text: string; question?: string }[],
  seconds: number,
) {
  for (const t of texts) tagger.tag(t); // warm caches and the JIT
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  let words = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < 100; i++) {
      const input = texts[(n + i) % texts.length];
      if (input) tagger.tag(input);
    }
    n += 100;
  }
  const elapsed = (performance.now() - started) / 1000;
  for (const t of texts) words += t.text.split(/\s+/).length;
  return { perSecond: Math.round(n / elapsed), meanWords: Math.round(words / texts.length) };
}

/** The composed development answers as written, then joined in threes as longer answers. */
export function runTaggingBench(seconds = 4) {
  const texts = readFileSync('tests/data/send-comments-dev.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; question?: string });
  const long = texts.map((t, i) => ({
    text: [t, texts[(i + 1) % texts.length], texts[(i + 2) % texts.length]]
      .map((x) => x?.text)
      .join(' '),
    question: t.question,
  }));
  const tagger = createTagger({ codebook: loadDefaultCodebook() });
  const short = measure(tagger, texts, seconds);
  const longer = measure(tagger, long, seconds);
  for (const [name, r] of [
    ['as written', short],
    ['joined in threes', longer],
  ] as const) {
    console.log(
      `tagging, one core      : ${r.perSecond} answers/s (${name}, mean ${r.meanWords} words; target 10,000)`,
    );
  }
  return {
    taggingPerSecond: short.perSecond,
    taggingLongPerSecond: longer.perSecond,
    meanWords: [short.meanWords, longer.meanWords],
  };
}
