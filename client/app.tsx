import { lazy, Suspense } from 'react';
import { routeFor } from './lib/routes.ts';
import { AccessibilityPage } from './pages/accessibility-page.tsx';
import { LandingPage } from './pages/landing-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { ReceiptPage } from './pages/receipt-page.tsx';
import { SurveyPage } from './pages/survey-page.tsx';

// Only the designer's frame needs the preview page, so parents never download it.
const PreviewPage = lazy(() => import('./pages/preview-page.tsx'));

// Every link is an ordinary page load: the pages are few and the assets are cached, so a router
// would add code without helping parents.
export function App({ pathname }: { pathname: string }) {
  const route = routeFor(pathname);
  switch (route.name) {
    case 'landing':
      return <LandingPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'receipt':
      return <ReceiptPage />;
    case 'survey':
      return <SurveyPage key={route.slug} slug={route.slug} embed={route.embed} />;
    case 'preview':
      return (
        <Suspense>
          <PreviewPage />
        </Suspense>
      );
    case 'not_found':
      return <NotFoundPage />;
  }
}
