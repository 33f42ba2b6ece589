import { type ReactNode, useEffect } from 'react';
import { SERVICE_NAME, SERVICE_TAGLINE } from '../lib/site.ts';

interface LayoutProps {
  /** The full browser tab title, see pageTitle(). */
  title: string;
  children: ReactNode;
}

export function Layout({ title, children }: LayoutProps) {
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width-container site-header__inner">
          <a href="/" className="site-header__name">
            {SERVICE_NAME}
          </a>
          <span className="site-header__tagline">{SERVICE_TAGLINE}</span>
        </div>
      </header>
      <div className="width-container">
        {/* tabIndex lets the skip link move keyboard focus, not just scroll. */}
        <main id="main-content" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <h2 className="visually-hidden">Support links</h2>
          <ul className="site-footer__links">
            <li>
              <a href="/accessibility">Accessibility statement</a>
            </li>
            <li>
              <a href="/">Home</a>
            </li>
          </ul>
          <p className="site-footer__note">
            Questionnaires on this site are anonymous. We never ask for your name, email or address.
          </p>
        </div>
      </footer>
    </>
  );
}
