// The officers' pages, one per address. Links are ordinary page loads, like the parent's pages:
// the session is in the cookie and the CSRF token is fetched again on each load.
export type OfficerRoute =
  | { name: 'surveys' }
  | { name: 'report'; slug: string; by?: string }
  | { name: 'safeguarding'; slug: string }
  | { name: 'coding'; slug: string; question: string; offset: number }
  | { name: 'not_found' };

export const SURVEYS_PATH = '/officer';

export const reportPath = (slug: string) => `/officer/surveys/${encodeURIComponent(slug)}`;

export const safeguardingPath = (slug: string) => `${reportPath(slug)}/safeguarding`;

export function codingPath(slug: string, question: string, offset = 0): string {
  const query = new URLSearchParams({ question });
  if (offset > 0) query.set('offset', String(offset));
  return `${reportPath(slug)}/coding?${query}`;
}

export function officerRouteFor(pathname: string, search = ''): OfficerRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === SURVEYS_PATH) return { name: 'surveys' };
  const match = /^\/officer\/surveys\/([^/]+)(\/safeguarding|\/coding)?$/.exec(path);
  if (match?.[1]) {
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]);
    } catch {
      return { name: 'not_found' };
    }
    const params = new URLSearchParams(search);
    if (match[2] === '/safeguarding') return { name: 'safeguarding', slug };
    if (match[2] === '/coding') {
      const question = params.get('question');
      if (!question) return { name: 'not_found' };
      const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
      return { name: 'coding', slug, question, offset };
    }
    const by = params.get('by') || undefined;
    return { name: 'report', slug, by };
  }
  return { name: 'not_found' };
}
