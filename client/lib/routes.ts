// The server sends index.html for these paths only; anything else here is a page we do not have.
export type Route =
  | { name: 'landing' }
  | { name: 'accessibility' }
  | { name: 'privacy' }
  | { name: 'receipt' }
  | { name: 'survey'; slug: string; embed: boolean }
  | { name: 'preview' }
  | { name: 'not_found' };

export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' };
  if (/^\/accessibility\/?$/.test(pathname)) return { name: 'accessibility' };
  if (pathname === '/privacy') return { name: 'privacy' };
  if (pathname === '/receipt') return { name: 'receipt' };
  // The designer's preview frame: the questionnaire page, fed a draft by the designer.
  if (pathname === '/preview') return { name: 'preview' };
  // /embed/ is the same questionnaire without the site's header and footer, for other websites.
  const survey = /^\/(s|embed)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (survey?.[2]) return { name: 'survey', slug: survey[2], embed: survey[1] === 'embed' };
  return { name: 'not_found' };
}
