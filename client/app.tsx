import { routeFor } from './lib/routes.ts';
import { AccessibilityPage } from './pages/accessibility-page.tsx';
import { LandingPage } from './pages/landing-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SurveyPage } from './pages/survey-page.tsx';

// Every link is an ordinary page load: the pages are few and the assets are cached, so a router
// would add code without helping parents.
export function App({ pathname }: { pathname: string }) {
  const route = routeFor(pathname);
  switch (route.name) {
    case 'landing':
      return <LandingPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'survey':
      return <SurveyPage key={route.slug} slug={route.slug} embed={route.embed} />;
    case 'not_found':
      return <NotFoundPage />;
  }
}
