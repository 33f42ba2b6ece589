// Report building at scale: 100,000 responses to send-parent-experience with synthetic free-text
// analysis, timed for the whole report and for breakdowns by a checkbox and a single choice.
// Run alone with `node --import tsx tests/bench/report-bench.ts` (add --expose-gc for steadier heap
// figures). Answers come from generateAnswers (slow: it builds a survey-core model per call), so a
// few dozen seeded answer sets are varied per response with the same seeded random.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../analysis/classifier/random.ts';
import { buildReport } from '../../analysis/report/build-report.ts';
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportResponse,
} from '../../analysis/report/input-types.ts';
import { generateAnswers } from '../support/generate-answers.ts';

const SLUG = 'send-parent-experience';
const COMMENTS = [
  'Nothing.',
  'Our SENCO is brilliant and really listens to us.',
  'We waited over two years for an autism assessment and heard nothing in between.',
  'The EHC plan was late and vague; the annual review was cancelled twice.',
  'Transport is a nightmare: a 90 minute taxi ride each way.',
  'n/a',
];

interface Element {
  type: string;
  name: string;
  choices?: ({ value: string } | string)[];
  columns?: { value: string }[];
  rows?: { value: string }[];
}

const valuesOf = (items: Element['choices']) =>
  (items ?? []).map((c) => (typeof c === 'string' ? c : c.value));

/** Re-picks choices and leaves optional answers out, so 100,000 responses are not 40 repeated. */
function vary(base: Record<string, unknown>, elements: Element[], random: () => number) {
  // Built afresh rather than with `delete`, which would turn each object into a slow dictionary
  // (answers parsed from the database are ordinary objects).
  const answers: Record<string, unknown> = {};
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  for (const e of elements) {
    if (!(e.name in base)) continue;
    if (e.name !== 'respondent_role' && random() < 0.12) continue;
    const choices = valuesOf(e.choices);
    if (e.type === 'radiogroup') answers[e.name] = pick(choices);
    else if (e.type === 'checkbox') {
      answers[e.name] = choices.filter(() => random() < 0.25).slice(0, 3);
    } else if (e.type === 'matrix') {
      const columns = valuesOf(e.columns);
      answers[e.name] = Object.fromEntries(valuesOf(e.rows).map((r) => [r, pick(columns)]));
    } else answers[e.name] = base[e.name];
  }
  return answers;
}

function hexId(random: () => number) {
  let id = '';
  for (let i = 0; i < 32; i++) id += Math.floor(random() * 16).toString(16);
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

export function buildBenchInput(count = 100_000, seed = 42): ReportInput {
  const file = JSON.parse(readFileSync(`surveys/${SLUG}.json`, 'utf8')) as {
    title: string;
    json: { pages: { elements: Element[] }[] };
    themedQuestions: string[];
    positiveOptions: Record<string, string[]>;
    quoteConsentQuestion: string;
  };
  const codebook = JSON.parse(readFileSync('analysis/codebooks/send-default.json', 'utf8')) as {
    themes: { id: string; label: string }[];
  };
  const themes = codebook.themes.map((t) => ({ id: t.id, label: t.label }));
  const random = seededRandom(seed);
  const bases = Array.from({ length: 40 }, () =>
    generateAnswers(file.json, { random, texts: COMMENTS }),
  );
  const elements = file.json.pages.flatMap((p) => p.elements);
  const themed = new Set(file.themedQuestions);
  const start = Date.parse('2026-01-05T09:00:00Z');
  const responses: ReportResponse[] = [];
  const freeText = new Map<string, Map<string, FreeTextAnalysis>>();
  for (let i = 0; i < count; i++) {
    const id = hexId(random);
    const answers = vary(bases[i % bases.length] ?? {}, elements, random);
    const hour = Math.floor(random() * 24 * 40) * 3_600_000;
    responses.push({
      id,
      versionId: 'v1',
      answers,
      submittedAt: new Date(start + hour).toISOString(),
    });
    const analyses = new Map<string, FreeTextAnalysis>();
    for (const [question, text] of Object.entries(answers)) {
      if (!themed.has(question) || typeof text !== 'string') continue;
      const picked = themes.filter(() => random() < 0.12).map((t) => t.id);
      analyses.set(question, {
        substantive: text !== 'n/a',
        themes: text === 'n/a' ? [] : picked,
        redacted: text,
        safeguarding: random() < 0.005,
      });
    }
    freeText.set(id, analyses);
  }
  return {
    survey: { slug: SLUG, title: file.title },
    versions: [
      {
        id: 'v1',
        version: 1,
        json: file.json,
        settings: {
          themedQuestions: file.themedQuestions,
          positiveOptions: file.positiveOptions,
          quoteConsentQuestion: file.quoteConsentQuestion,
        },
      },
    ],
    responses,
    freeText,
    themes,
    quoteMode: 'published',
    approvedQuotes: new Set(
      responses.filter((_, i) => i % 50 === 0).map((r) => `${r.id}:working_well`),
    ),
  };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function timed(label: string, run: () => string) {
  const started = performance.now();
  const json = run();
  const seconds = (performance.now() - started) / 1000;
  const heap = process.memoryUsage().heapUsed;
  console.log(
    `${label.padEnd(28)}: ${seconds.toFixed(2)} s, ${Math.round(json.length / 1024)} KB of JSON, heap ${mb(heap)} MB`,
  );
  return seconds;
}

export function runReportBench(count = 100_000) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const generating = performance.now();
  const input = buildBenchInput(count);
  gc?.();
  console.log(
    `generated ${count} responses in ${((performance.now() - generating) / 1000).toFixed(1)} s; heap ${mb(process.memoryUsage().heapUsed)} MB`,
  );
  const k = 10;
  const report = timed('report (JSON)', () => JSON.stringify(buildReport(input, { k })));
  const byCheckbox = timed('by child_setting (checkbox)', () =>
    JSON.stringify(buildReport(input, { k, by: 'child_setting' })),
  );
  const bySingle = timed('by ehc_plan (single choice)', () =>
    JSON.stringify(buildReport(input, { k, by: 'ehc_plan' })),
  );
  // Two versions sharing a definition, every other response to each: a version's report is then
  // protected beside the other's and the all-versions one (analysis/report/protect-versions.ts).
  const v1 = input.versions[0] as ReportInput['versions'][number];
  const twoVersions: ReportInput = {
    ...input,
    versions: [v1, { ...v1, id: 'v2', version: 2 }],
    responses: input.responses.map((r, i) => ({ ...r, versionId: i % 2 === 0 ? 'v1' : 'v2' })),
  };
  const version = timed('version 1 of 2', () =>
    JSON.stringify(buildReport(twoVersions, { k, version: 1 })),
  );
  const versionBy = timed('version 1 of 2 by ehc_plan', () =>
    JSON.stringify(buildReport(twoVersions, { k, version: 1, by: 'ehc_plan' })),
  );
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`peak RSS                    : ${peakRssMb} MB (target under 1024)`);
  console.log(`target                      : report under 2 s: ${report < 2 ? 'met' : 'NOT met'}`);
  return { responses: count, report, byCheckbox, bySingle, version, versionBy, peakRssMb };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    JSON.stringify(runReportBench(Number(process.env.REPORT_BENCH_RESPONSES ?? 100_000))),
  );
}
