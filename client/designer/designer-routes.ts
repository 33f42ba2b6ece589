// The designer's pages, one per address; links are ordinary page loads like the officers' pages.
export type DesignerRoute =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'editor'; slug: string }
  | { name: 'codebooks' }
  | { name: 'not_found' };

export const HOME_PATH = '/designer';
export const NEW_PATH = '/designer/new';
export const CODEBOOKS_PATH = '/designer/codebooks';
export const editorPath = (slug: string) => `/designer/surveys/${encodeURIComponent(slug)}`;

export function designerRouteFor(pathname: string): DesignerRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === HOME_PATH) return { name: 'home' };
  if (path === NEW_PATH) return { name: 'new' };
  if (path === CODEBOOKS_PATH || path.startsWith(`${CODEBOOKS_PATH}/`))
    return { name: 'codebooks' };
  const match = /^\/designer\/surveys\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { name: 'editor', slug: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'not_found' };
    }
  }
  return { name: 'not_found' };
}
