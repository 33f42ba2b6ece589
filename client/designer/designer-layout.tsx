import { type ReactNode, useEffect } from 'react';
import { pageTitle } from '../lib/site.ts';
import { FrameHeader } from '../officer/frame-header.tsx';
import type { Account } from '../officer/officer-layout.tsx';
import { SURVEYS_PATH } from '../officer/officer-routes.ts';
import type { OfficerUser } from './designer-api.ts';
import { CODEBOOKS_PATH, HOME_PATH } from './designer-routes.ts';

export type { Account };

/** Designers and admins change questionnaires; officers may look. */
export const canEdit = (user: OfficerUser) => user.role === 'designer' || user.role === 'admin';

interface DesignerLayoutProps {
  title: string;
  account?: Account;
  children: ReactNode;
}

export function DesignerLayout({ title, account, children }: DesignerLayoutProps) {
  useEffect(() => {
    document.title = pageTitle(title, 'Questionnaire designer');
  }, [title]);
  const here = typeof window === 'undefined' ? '' : window.location.pathname;
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      {/* Named, because the preview frame holds the parent's page with landmarks of its own. */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a page's top header is a banner landmark, which may be named */}
      <header className="site-header" aria-label="Designer">
        <FrameHeader home={HOME_PATH} tagline="Questionnaire designer" account={account} />
      </header>
      {account && (
        <nav className="designer-nav" aria-label="Designer">
          <ul className="width-container designer-nav__list">
            <li>
              <a href={HOME_PATH} aria-current={here === HOME_PATH ? 'page' : undefined}>
                Questionnaires
              </a>
            </li>
            <li>
              <a href={CODEBOOKS_PATH} aria-current={here === CODEBOOKS_PATH ? 'page' : undefined}>
                Themes (codebooks)
              </a>
            </li>
            {account.user.role !== 'designer' && (
              <li>
                <a href={SURVEYS_PATH}>Reports</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <div className="width-container">
        <main id="main-content" className="main main--wide" tabIndex={-1} aria-label="Designer">
          {children}
        </main>
      </div>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a page's footer is a contentinfo landmark, which may be named */}
      <footer className="site-footer" aria-label="Designer">
        <div className="width-container">
          <p className="site-footer__note">
            Parents answer anonymously. Never add a question that asks for a name, address or
            anything else that could identify a family.
          </p>
        </div>
      </footer>
    </>
  );
}
