import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { reportXlsx } from '/work/main/server/exports/report-xlsx.ts';
import { sampleReport } from '/work/main/tests/exports/sample-report.ts';
const t = performance.now();
const buf = await reportXlsx(sampleReport());
console.log('ms', performance.now() - t, buf.length);
writeFileSync('/tmp/sample.xlsx', buf);
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(buf);
for (const ws of wb.worksheets) {
  console.log('==', ws.name);
  ws.eachRow((row) => console.log(JSON.stringify(row.values)));
}
// control chars raw in exceljs?
const wb2 = new ExcelJS.Workbook();
wb2.addWorksheet('x').addRow(['a\x01b\x1bc']);
const b2 = await wb2.xlsx.writeBuffer();
const wb3 = new ExcelJS.Workbook();
try { await wb3.xlsx.load(b2); console.log('raw ctrl read back', JSON.stringify(wb3.worksheets[0]?.getRow(1).values)); } catch (e) { console.log('raw ctrl fails', String(e)); }
