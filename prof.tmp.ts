import { buildBenchInput } from './tests/bench/report-bench.ts';
import { buildReport } from './analysis/report/build-report.ts';
const input = buildBenchInput(100000);
for (let i = 0; i < 3; i++) { const t = performance.now(); JSON.stringify(buildReport(input, { k: 10 })); console.log((performance.now() - t).toFixed(0)); }
