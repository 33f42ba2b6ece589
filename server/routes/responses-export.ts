// GET /api/surveys/<slug>/responses-export: one row per response, for officers' own analysis.
// Not a report: a row is one person, and parents who refused quoting are in it, so it is labelled
// "not for publication" in its name and its first line, and every download is audited.
import { stringify } from 'csv-stringify/sync';
import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../db/audit-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { spreadsheetText } from '../exports/cell-safety.ts';
import { NOT_FOR_PUBLICATION, responsesWorkbook } from '../exports/responses-workbook.ts';
import type { ResponsesSheet } from '../exports/xlsx-responses.ts';
import { surveyNotFound } from '../public-survey.ts';
import { loadReportInput } from '../reports/report-input.ts';
import { responsesSheet } from '../reports/responses-sheet.ts';

const querySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  version: z.coerce.number().int().positive().optional(),
});

async function responsesCsv(sheet: ResponsesSheet): Promise<string> {
  const options = { record_delimiter: 'windows', quote_record_delimiter: true } as const;
  const cell = (value: unknown) => (typeof value === 'string' ? spreadsheetText(value) : value);
  const parts = [
    stringify([[NOT_FOR_PUBLICATION[0]], sheet.headers.map(cell)], { ...options, bom: true }),
  ];
  for await (const rows of sheet.chunks) {
    // Holes in a sparse row are empty cells.
    parts.push(
      stringify(
        rows.map((row) => Array.from(row, cell)),
        options,
      ),
    );
  }
  return parts.join('');
}

export function responsesExportRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/:slug/responses-export', async (c) => {
    const parsed = querySchema.safeParse(c.req.query());
    if (!parsed.success) {
      throw new AppError(400, 'invalid_parameter', 'Ask for format=csv or format=xlsx.');
    }
    const { format, version } = parsed.data;
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    if (!survey) throw surveyNotFound();
    const input = await loadReportInput(deps.db, survey, { version, quoteMode: 'published' });
    const sheet = responsesSheet(deps.db, input, version);
    const { user } = currentAuth(c);
    await audit(deps.db, {
      actor: { id: user.id, email: user.email },
      action: 'responses.export',
      target: survey.slug,
      details: { format, version: version ?? null },
      at: deps.now(),
    });
    const name = `${survey.slug}-responses-NOT-FOR-PUBLICATION.${format}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    if (format === 'xlsx') {
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return c.body(new Uint8Array(await responsesWorkbook(survey.title, sheet)));
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(await responsesCsv(sheet));
  });

  return app;
}
