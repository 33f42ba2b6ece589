import { type ReactNode, useEffect } from 'react';
import { pageTitle } from '../lib/site.ts';
import { FrameHeader } from './frame-header.tsx';
import type { OfficerUser } from './officer-api.ts';
import { ACCOUNTS_PATH, DESIGNER_PATH, LEARNING_PATH, SURVEYS_PATH } from './officer-routes.ts';

export interface Account {
  user: OfficerUser;
  onSignOut: () => void;
}

interface OfficerLayoutProps {
  /** The page's own name; the service name is added for the browser tab. */
  title: string;
  account?: Account;
  /** Reports are wide tables: they get the full width instead of a reading column. */
  wide?: boolean;
  children: ReactNode;
}

export function OfficerLayout({ title, account, wide = false, children }: OfficerLayoutProps) {
  useEffect(() => {
    document.title = pageTitle(title, 'Officers');
  }, [title]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header">
        <FrameHeader home={SURVEYS_PATH} tagline="Reports for council officers" account={account} />
        {account && <OfficerNav role={account.user.role} />}
      </header>
      <div className="width-container">
        {/* tabIndex lets the skip link move keyboard focus, not just scroll. */}
        <main id="main-content" className={wide ? 'main main--wide' : 'main'} tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p className="site-footer__note">
            Reports hide figures about small groups so that no one can be identified. Do not share
            exported files that contain what people wrote.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The places each role can go; designers build questionnaires in their own bundle. */
function OfficerNav({ role }: { role: string }) {
  const links = [
    { href: SURVEYS_PATH, label: 'Surveys', show: true },
    {
      href: DESIGNER_PATH,
      label: 'Design questionnaires',
      // Officers look at drafts and sign them off there.
      show: role === 'designer' || role === 'admin' || role === 'officer',
    },
    {
      href: LEARNING_PATH,
      label: 'Automatic themes',
      show: role === 'officer' || role === 'admin',
    },
    { href: ACCOUNTS_PATH, label: 'Accounts', show: role === 'admin' },
  ].filter((link) => link.show);
  const here = window.location.pathname.replace(/\/+$/, '');
  return (
    <nav className="officer-nav" aria-label="Officer pages">
      <ul className="width-container officer-nav__list">
        {links.map((link) => (
          <li key={link.href}>
            <a
              className="officer-nav__link"
              href={link.href}
              aria-current={here === link.href.replace(/\/+$/, '') ? 'page' : undefined}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
