import { type ReactNode, useEffect } from 'react';
import { SERVICE_NAME } from '../lib/site.ts';
import { useUiText } from '../questionnaire/ui-text-context.tsx';
import { OrganisationLine } from './organisation-line.tsx';

interface LayoutProps {
  /** The full browser tab title, see pageTitle(). */
  title: string;
  children: ReactNode;
}

/** The site's header and footer, in the parent's language inside a questionnaire. */
export function Layout({ title, children }: LayoutProps) {
  const t = useUiText();
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('site.skip')}
      </a>
      <header className="site-header">
        <div className="width-container site-header__inner">
          <a href="/" className="site-header__name">
            {SERVICE_NAME}
          </a>
          <span className="site-header__tagline">{t('site.tagline')}</span>
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
          <h2 className="visually-hidden">{t('site.supportLinks')}</h2>
          <ul className="site-footer__links">
            <li>
              <a href="/accessibility">{t('site.accessibility')}</a>
            </li>
            <li>
              <a href="/privacy">{t('site.privacy')}</a>
            </li>
            <li>
              <a href="/receipt">{t('site.receipt')}</a>
            </li>
            <li>
              <a href="/">{t('site.home')}</a>
            </li>
          </ul>
          <p className="site-footer__note">{t('site.anonymous')}</p>
          <OrganisationLine className="site-footer__note" />
        </div>
      </footer>
    </>
  );
}
