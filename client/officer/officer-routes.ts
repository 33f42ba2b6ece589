// The officers' pages, one per address. Links are ordinary page loads, like the parent's pages:
// the session is in the cookie and the CSRF token is fetched again on each load.
import type { ReportQuery } from './officer-api.ts';

export type OfficerRoute =
  | { name: 'surveys' }
  | { name: 'report'; slug: string; query: ReportQuery }
  | { name: 'safeguarding'; slug: string }
  | { name: 'coding'; slug: string; question: string; offset: number }
  | { name: 'unmatched'; slug: string; question: string }
  | { name: 'theme_answers'; slug: string; question: string; theme: string; offset: number }
  | { name: 'agreement'; slug: string }
  | { name: 'paper'; slug: string }
  | { name: 'bursts'; slug: string }
  | { name: 'actions'; slug: string }
  | { name: 'publication'; slug: string }
  | { name: 'accounts' }
  | { name: 'learning' }
  | { name: 'reset_password' }
  | { name: 'second_factor' }
  | { name: 'not_found' };

export const SURVEYS_PATH = '/officer';
export const ACCOUNTS_PATH = '/officer/accounts';
export const LEARNING_PATH = '/officer/learning';
export const RESET_PASSWORD_PATH = '/officer/reset-password';
export const SECOND_FACTOR_PATH = '/officer/second-factor';
/** The questionnaire designer, a separate bundle built alongside this one. */
export const DESIGNER_PATH = '/designer/';

export const reportPath = (slug: string) => `/officer/surveys/${encodeURIComponent(slug)}`;

export const safeguardingPath = (slug: string) => `${reportPath(slug)}/safeguarding`;
export const agreementPath = (slug: string) => `${reportPath(slug)}/agreement`;
export const paperPath = (slug: string) => `${reportPath(slug)}/paper`;
export const burstsPath = (slug: string) => `${reportPath(slug)}/bursts`;
export const actionsPath = (slug: string) => `${reportPath(slug)}/actions`;
export const publicationPath = (slug: string) => `${reportPath(slug)}/publication`;

export function codingPath(slug: string, question: string, offset = 0): string {
  const query = new URLSearchParams({ question });
  if (offset > 0) query.set('offset', String(offset));
  return `${reportPath(slug)}/coding?${query}`;
}

/** Answers to a question that no theme matched, grouped ("Themes nobody listed"). */
export function unmatchedPath(slug: string, question: string): string {
  return `${reportPath(slug)}/unmatched?${new URLSearchParams({ question })}`;
}

export function themeAnswersPath(slug: string, question: string, theme: string, offset = 0) {
  const query = new URLSearchParams({ question, theme });
  if (offset > 0) query.set('offset', String(offset));
  return `${reportPath(slug)}/answers?${query}`;
}

const SUB_PAGES = [
  'safeguarding',
  'coding',
  'unmatched',
  'answers',
  'agreement',
  'paper',
  'bursts',
  'actions',
  'publication',
] as const;
const PAGE_PATTERN = new RegExp(`^/officer/surveys/([^/]+)(?:/(${SUB_PAGES.join('|')}))?$`);
const readOffset = (params: URLSearchParams) =>
  Math.max(0, Math.floor(Number(params.get('offset')) || 0));

function surveyRoute(
  slug: string,
  page: string | undefined,
  params: URLSearchParams,
): OfficerRoute {
  const question = params.get('question');
  switch (page) {
    case 'safeguarding':
    case 'agreement':
    case 'paper':
    case 'bursts':
    case 'actions':
    case 'publication':
      return { name: page, slug };
    case 'coding':
      return question ? { name: 'coding', slug, question, offset: readOffset(params) } : NOT_FOUND;
    case 'unmatched':
      return question ? { name: 'unmatched', slug, question } : NOT_FOUND;
    case 'answers': {
      const theme = params.get('theme');
      if (!question || !theme) return NOT_FOUND;
      return { name: 'theme_answers', slug, question, theme, offset: readOffset(params) };
    }
    default:
      return { name: 'report', slug, query: readReportQuery(params) };
  }
}

/** A report's options from its address; the server checks them (a k below its floor is a 400). */
function readReportQuery(params: URLSearchParams): ReportQuery {
  const whole = (name: string) => {
    const value = Number(params.get(name) ?? '');
    return params.get(name) && Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return { by: params.get('by') || undefined, version: whole('version'), k: whole('k') };
}

const NOT_FOUND: OfficerRoute = { name: 'not_found' };

export function officerRouteFor(pathname: string, search = ''): OfficerRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === SURVEYS_PATH) return { name: 'surveys' };
  if (path === ACCOUNTS_PATH) return { name: 'accounts' };
  if (path === LEARNING_PATH) return { name: 'learning' };
  if (path === RESET_PASSWORD_PATH) return { name: 'reset_password' };
  if (path === SECOND_FACTOR_PATH) return { name: 'second_factor' };
  const match = PAGE_PATTERN.exec(path);
  if (!match?.[1]) return NOT_FOUND;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return NOT_FOUND;
  }
  return surveyRoute(slug, match[2], new URLSearchParams(search));
}
