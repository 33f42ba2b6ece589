// The internal responses download as a workbook: a notice sheet that says it is not for
// publication and why, then one row per response (redacted) on the Responses sheet.
import { streamedWorkbook } from './streamed-workbook.ts';
import { type ResponsesSheet, writeResponsesSheet } from './xlsx-responses.ts';

export const NOT_FOR_PUBLICATION = [
  'NOT FOR PUBLICATION. For officers of the council only.',
  'One row per response: the date (UK time), how it came in, the version of the questionnaire, each choice as its label, and what people wrote with names and other details replaced by markers such as [NAME]. "[not analysed yet]" marks words still waiting for analysis, which this file never shows unredacted. In the theme columns, 1 marks a theme the answer mentions.',
  'A row is one person. Even without their words, several of their answers together can point at a family, and parents who said no to being quoted are here too. Publish the report files instead: they carry figures, with small numbers hidden, and approved quotes only.',
];

export function responsesWorkbook(title: string, sheet: ResponsesSheet): Promise<Buffer> {
  return streamedWorkbook(`${title}: responses, not for publication`, async (workbook) => {
    const notice = workbook.addWorksheet('Not for publication');
    notice.columns = [{ width: 120 }];
    NOT_FOR_PUBLICATION.forEach((text, i) => {
      const row = notice.addRow([text]);
      if (i === 0) row.font = { bold: true, size: 14, color: { argb: 'FFB10E1E' } };
      row.alignment = { wrapText: true };
      row.commit();
    });
    notice.commit();
    const rows = workbook.addWorksheet('Responses', { views: [{ state: 'frozen', ySplit: 1 }] });
    await writeResponsesSheet(rows, sheet);
    rows.commit();
  });
}
