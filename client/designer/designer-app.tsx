import { useAccountSession } from '../officer/use-account-session.ts';
import { CodebooksPage } from './codebooks/codebooks-page.tsx';
import { type Account, DesignerLayout } from './designer-layout.tsx';
import { designerRouteFor } from './designer-routes.ts';
import { EditorPage } from './pages/editor-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NewSurveyPage } from './pages/new-survey-page.tsx';
import { NotFoundPage, ProblemPage } from './pages/problem-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';

export function DesignerApp({ pathname }: { pathname: string }) {
  const { session, signedIn, signOut } = useAccountSession();

  switch (session.kind) {
    case 'checking':
      return (
        <DesignerLayout title="Loading">
          <p className="body delayed-appear">Loading…</p>
        </DesignerLayout>
      );
    case 'failed':
      return <ProblemPage />;
    case 'signed_out':
      return <SignInPage notice={session.notice} onSignedIn={signedIn} />;
    case 'signed_in':
      return <SignedIn account={{ user: session.user, onSignOut: signOut }} pathname={pathname} />;
  }
}

function SignedIn({ account, pathname }: { account: Account; pathname: string }) {
  const route = designerRouteFor(pathname);
  switch (route.name) {
    case 'home':
      return <HomePage account={account} />;
    case 'new':
      return <NewSurveyPage account={account} />;
    case 'editor':
      return <EditorPage key={route.slug} account={account} slug={route.slug} />;
    case 'codebooks':
      return (
        <DesignerLayout title="Themes (codebooks)" account={account}>
          <CodebooksPage />
        </DesignerLayout>
      );
    case 'not_found':
      return <NotFoundPage account={account} />;
  }
}
