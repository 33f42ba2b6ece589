import { buildReport } from './analysis/report/build-report.ts';
import { many, testInput } from './analysis/report/report-fixtures.ts';
let state = 7;
const random = (below: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) % below; };
for (let table = 0; table < 7; table++) {
  const cells: number[][] = [];
  const responses = ['primary', 'secondary', 'special'].flatMap((setting) => {
    const a = random(6); const b = random(6); const c = random(5); cells.push([a,b,c]);
    return [...many(a, { setting, rating: 1 }, `${table}${setting}a`), ...many(b, { setting, rating: 2 }, `${table}${setting}b`), ...many(c, { setting, rating: 3 }, `${table}${setting}c`)];
  });
  const k = 2 + random(3);
  if (table !== 6) continue;
  console.log('k', k, cells);
  const report = buildReport(testInput(responses), { k, by: 'setting' });
  console.log(JSON.stringify(report.questions.find(q => q.name === 'setting')?.options?.map(o => 'count' in o ? o.count : 'H')));
  console.log(JSON.stringify(report.questions.find(q => q.name === 'rating')?.options?.map(o => 'count' in o ? o.count : 'H')));
  for (const g of report.breakdown!.groups) console.log(g.value, 'questions' in g ? JSON.stringify(g.questions.find(q => q.name === 'rating')?.options?.map(o => 'count' in o ? o.count : 'H')) : 'suppressed');
}
