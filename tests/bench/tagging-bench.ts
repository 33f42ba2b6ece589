// Tagging throughput on one core: themes, sentiment, safeguarding and redaction for every answer.
// Run on its own (node --import tsx tests/bench/tagging-bench.ts) it also measures the tagging
// thread the server uses: start-up time, memory, and answers per second through it in batches.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadDefaultCodebook } from '../../analysis/default-codebook.ts';
import { createTagger } from '../../analysis/tag-answer.ts';
import { createTaggingThread } from '../../server/tagging/tagging-thread-client.ts';

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

const devAnswers = () =>
  readFileSync('tests/data/send-comments-dev.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; question?: string });

/** The composed development answers as written, then joined in threes as longer answers. */
export function runTaggingBench(seconds = 4) {
  const texts = devAnswers();
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

const REAL_COMMENTS = '../shared/data/send-dev.jsonl';

/**
 * Building the default tagger (compiling the codebook, the typo corrector's index) as the tagging
 * thread does at start and after each codebook change, and the speed on real parents' comments
 * (longer than the composed ones) when the development set is present.
 */
export function runTaggerLoadBench(seconds = 2) {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const tagger = createTagger({ codebook: loadDefaultCodebook() });
  tagger.tag({ text: 'warm up' });
  const loadMs = Math.round(performance.now() - started);
  const rssMb = Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024);
  console.log(
    `default tagger load    : ${loadMs} ms, +${rssMb} MB resident (target < 5 s, 300 MB)`,
  );
  if (!existsSync(REAL_COMMENTS)) return { loadMs, loadRssMb: rssMb };
  const real = readFileSync(REAL_COMMENTS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ text: (JSON.parse(l) as { text: string }).text }));
  const r = measure(tagger, real, seconds);
  console.log(
    `tagging, one core      : ${r.perSecond} answers/s (real comments, mean ${r.meanWords} words; target 500)`,
  );
  return { loadMs, loadRssMb: rssMb, realPerSecond: r.perSecond };
}

const BATCH = 250;

/** The server's tagging thread: time to its first result, memory, and batches of 250 through it. */
export async function runTaggingThreadBench(seconds = 4) {
  const codebook = loadDefaultCodebook();
  const spec = { key: codebook.id, stamp: 'bench', codebook, model: null };
  const items = devAnswers().map((t) => ({
    key: codebook.id,
    text: t.text,
    question: t.question ?? '',
  }));
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const thread = createTaggingThread({ maxChars: 20_000 });
  try {
    await thread.tag([spec], items.slice(0, 1));
    const startMs = Math.round(performance.now() - started);
    const batches = Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) =>
      items.slice(i * BATCH, (i + 1) * BATCH),
    );
    for (const batch of batches) await thread.tag([spec], batch); // warm caches and the JIT
    let n = 0;
    const from = performance.now();
    for (let i = 0; performance.now() - from < seconds * 1000; i++) {
      const batch = batches[i % batches.length] ?? [];
      await thread.tag([spec], batch);
      n += batch.length;
    }
    const perSecond = Math.round(n / ((performance.now() - from) / 1000));
    const rssMb = Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024);
    const hostile = { key: codebook.id, text: 'bcdfghjklmnpqrstvwxz'.repeat(1000), question: '' };
    const hostileFrom = performance.now();
    await thread.tag(
      [spec],
      Array.from({ length: 10 }, () => hostile),
    );
    const hostileMs = Math.round((performance.now() - hostileFrom) / 10);
    console.log(`tagging thread start  : ${startMs} ms to the first result, +${rssMb} MB resident`);
    console.log(`tagging thread        : ${perSecond} answers/s in batches of ${BATCH}`);
    console.log(`hostile answer        : ${hostileMs} ms for a 20,000-consonant word`);
    return { threadStartMs: startMs, threadRssMb: rssMb, threadPerSecond: perSecond, hostileMs };
  } finally {
    await thread.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runTaggerLoadBench();
  runTaggingBench();
  await runTaggingThreadBench();
}
