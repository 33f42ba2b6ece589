import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { Layout } from '../components/layout.tsx';
import { OrganisationLine } from '../components/organisation-line.tsx';

/** True on /embed/ pages, shown inside another website's frame. */
export const EmbedContext = createContext(false);

/**
 * The site's layout, or for an embedded questionnaire the content alone: the website around the
 * frame has its own header and footer, and two of each would confuse.
 */
export function PageFrame({ title, children }: { title: string; children: ReactNode }) {
  const embedded = useContext(EmbedContext);
  useEffect(() => {
    if (embedded) document.title = title;
  }, [embedded, title]);
  if (!embedded) return <Layout title={title}>{children}</Layout>;
  return (
    <div className="width-container">
      <main id="main-content" className="main main--embedded" tabIndex={-1}>
        {children}
        <OrganisationLine className="body" />
      </main>
    </div>
  );
}
