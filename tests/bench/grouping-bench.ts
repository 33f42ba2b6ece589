// Grouping the answers no theme matched: 2,000 made-up comments (the most one grouping reads),
// and 2,000 copies of two answers (the densest case: every pair shares words).
import { groupAnswers, MAX_GROUPED_ANSWERS } from '../../analysis/unmatched/group-answers.ts';
import { syntheticFeedback } from './synthetic-feedback.ts';

export interface GroupingBenchResult {
  answers: number;
  groups: number;
  medianMs: number;
  denseMedianMs: number;
}

function median(run: () => void, times = 3): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(times / 2)] ?? 0);
}

export function runGroupingBench(): GroupingBenchResult {
  const answers = syntheticFeedback(MAX_GROUPED_ANSWERS, 44, 3).map((c, i) => ({
    id: String(i),
    text: c.text,
  }));
  const dense = answers.map((a, i) => ({
    id: a.id,
    text: i % 2 ? 'Transport to college is a nightmare' : 'Speech therapy sessions were stopped',
  }));
  let groups = 0;
  const medianMs = median(() => {
    groups = groupAnswers(answers).groups.length;
  });
  const denseMedianMs = median(() => groupAnswers(dense));
  return { answers: answers.length, groups, medianMs, denseMedianMs };
}

if (process.argv[1]?.endsWith('grouping-bench.ts')) console.log(runGroupingBench());
