import { writeFileSync } from 'node:fs';
import { reportHtml } from '../../../server/exports/report-html.ts';
import { sampleReport } from '../sample-report.ts';
const t = performance.now();
const out = reportHtml(sampleReport());
console.log('ms', performance.now() - t, out.length);
writeFileSync('/tmp/sample.html', out);
