// The officers' pages, one per address. Links are ordinary page loads, like the parent's pages:
// the session is in the cookie and the CSRF token is fetched again on each load.
export type OfficerRoute =
  | { name: 'surveys' }
  | { name: 'report'; slug: string; by?: string }
  | { name: 'not_found' };

export const SURVEYS_PATH = '/officer';

export const reportPath = (slug: string) => `/officer/surveys/${encodeURIComponent(slug)}`;

export function officerRouteFor(pathname: string, search = ''): OfficerRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === SURVEYS_PATH) return { name: 'surveys' };
  const match = /^\/officer\/surveys\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]);
    } catch {
      return { name: 'not_found' };
    }
    const by = new URLSearchParams(search).get('by') || undefined;
    return { name: 'report', slug, by };
  }
  return { name: 'not_found' };
}
