// The server sends index.html for these paths only; anything else here is a page we do not have.
export type Route =
  | { name: 'landing' }
  | { name: 'accessibility' }
  | { name: 'survey'; slug: string }
  | { name: 'not_found' };

export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' };
  if (/^\/accessibility\/?$/.test(pathname)) return { name: 'accessibility' };
  const survey = /^\/s\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (survey?.[1]) return { name: 'survey', slug: survey[1] };
  return { name: 'not_found' };
}
