// GET /api/surveys/<slug>/report: the thematic report for officers, in JSON or as a file.
import { Hono } from 'hono';
import { z } from 'zod';
import {
  buildReport,
  compareWithEarlier,
  InvalidParameterError,
} from '../../analysis/report/index.ts';
import { audit } from '../../db/audit-repository.ts';
import { listApprovedQuotes, listQuoteExcerpts } from '../../db/review-repository.ts';
import { countSetAside } from '../../db/set-aside-repository.ts';
import {
  findSurveyBySlug,
  listEarlierInSeries,
  type SurveyRow,
} from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { surveyNotFound } from '../public-survey.ts';
import { linkedComparison } from '../reports/linked-comparison.ts';
import { reportNarratives } from '../reports/narratives.ts';
import { reportDocumentFor } from '../reports/report-document.ts';
import { type FileBody, REPORT_FORMATS, reportFile } from '../reports/report-files.ts';
import { loadReportInput } from '../reports/report-input.ts';
import { reportSummaryText } from '../services/summary-text.ts';
import { reportedAgreement } from '../services/theme-agreement.ts';

const querySchema = z.strictObject({
  format: z.enum(REPORT_FORMATS).default('json'),
  version: z.coerce.number().int().positive().optional(),
  by: z.string().min(1).max(200).optional(),
  k: z.coerce.number().int().positive().optional(),
  /** previous: add how views changed among parents who linked their answers with a receipt. */
  compare: z.literal('previous').optional(),
});

function parseQuery(query: Record<string, string>, floor: number) {
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) {
    throw new AppError(
      400,
      'invalid_parameter',
      'The report parameters are not valid.',
      parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })),
    );
  }
  const { k = floor } = parsed.data;
  if (k < floor) {
    throw new AppError(
      400,
      'invalid_parameter',
      `k may not be lower than ${floor}: figures about fewer people would identify them.`,
      [{ parameter: 'k', message: `must be at least ${floor}` }],
    );
  }
  return { ...parsed.data, k };
}

export function reportsRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/:slug/report', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  /** Reports of the earlier surveys of the series, for trends, with the same suppression. */
  async function earlierWaves(survey: SurveyRow, k: number) {
    const waves = await listEarlierInSeries(deps.db, survey);
    const reports = [];
    for (const wave of waves) {
      const input = await loadReportInput(deps.db, wave, { quoteMode: 'published' });
      reports.push(buildReport(input, { k, lowestK: deps.config.suppressionK }));
    }
    return reports;
  }

  app.get('/:slug/report', async (c) => {
    const query = parseQuery(c.req.query(), deps.config.suppressionK);
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    if (!survey) throw surveyNotFound();
    // Officers see candidate quotes; every file that may be published carries approved ones only.
    const quoteMode = query.format === 'json' ? 'internal' : 'published';
    const approvedQuotes = await listApprovedQuotes(deps.db, survey.id);
    const quoteExcerpts = await listQuoteExcerpts(deps.db, survey.id);
    const input = await loadReportInput(deps.db, survey, {
      version: query.version,
      quoteMode,
      approvedQuotes,
      quoteExcerpts,
      besideOtherVersions: true,
    });
    try {
      const narratives = await reportNarratives(
        deps.db,
        survey,
        query.version,
        input.versions.length,
      );
      const report = compareWithEarlier(
        // Every threshold from the floor up is applied together, so reports asked for at different
        // k nest inside one another and cannot be read against each other.
        buildReport(input, {
          k: query.k,
          lowestK: deps.config.suppressionK,
          by: query.by,
          version: query.version,
          narratives,
        }),
        await earlierWaves(survey, query.k),
      );
      const { user } = currentAuth(c);
      await audit(deps.db, {
        actor: { id: user.id, email: user.email },
        action: query.format === 'json' ? 'report.view' : 'report.export',
        target: survey.slug,
        details: {
          format: query.format,
          by: query.by ?? null,
          k: query.k,
          version: query.version ?? null,
        },
        at: deps.now(),
      });
      const summary = await reportSummaryText(deps.db, survey);
      const document = reportDocumentFor(report, input, survey, {
        organisation: deps.config.organisationName,
        now: deps.now(),
        themeAgreement: await reportedAgreement(deps.db, survey.id),
        summary: summary?.text,
      });
      if (query.format === 'json') {
        // A count only: which responses and why is on the bursts page, for officers.
        const versionId = input.versions.find((v) => v.version === query.version)?.id;
        const setAside = await countSetAside(deps.db, survey.id, versionId);
        const summaryEdit = summary && { stale: summary.stale };
        const comparePrevious =
          query.compare === 'previous'
            ? await linkedComparison(deps.db, survey, report)
            : undefined;
        return c.json({
          ...report,
          minimumK: deps.config.suppressionK,
          setAside,
          document,
          summaryEdit,
          comparePrevious,
        });
      }
      const file: FileBody = await reportFile(report, document, query.format);
      c.header('Content-Type', file.contentType);
      c.header(
        'Content-Disposition',
        `${file.disposition ?? 'attachment'}; filename="${file.fileName}"`,
      );
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
    } catch (error) {
      if (error instanceof InvalidParameterError) {
        throw new AppError(400, 'invalid_parameter', error.message);
      }
      throw error;
    }
  });

  return app;
}
