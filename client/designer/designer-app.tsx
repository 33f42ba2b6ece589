import { useEffect, useState } from 'react';
import { CodebooksPage } from './codebooks/codebooks-page.tsx';
import { loadSession, type OfficerUser, signOut } from './designer-api.ts';
import { type Account, DesignerLayout } from './designer-layout.tsx';
import { designerRouteFor } from './designer-routes.ts';
import { EditorPage } from './pages/editor-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NewSurveyPage } from './pages/new-survey-page.tsx';
import { NotFoundPage, ProblemPage } from './pages/problem-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';

type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed_out'; notice?: string }
  | { kind: 'signed_in'; user: OfficerUser }
  | { kind: 'failed' };

export function DesignerApp({ pathname }: { pathname: string }) {
  const [session, setSession] = useState<SessionState>({ kind: 'checking' });

  useEffect(() => {
    let live = true;
    loadSession().then((result) => {
      if (!live) return;
      if (result.ok) setSession({ kind: 'signed_in', user: result.value });
      else setSession(result.kind === 'signed_out' ? { kind: 'signed_out' } : { kind: 'failed' });
    });
    return () => {
      live = false;
    };
  }, []);

  async function handleSignOut() {
    const result = await signOut();
    if (result.ok || result.kind === 'signed_out') {
      setSession({ kind: 'signed_out', notice: 'You have signed out.' });
    } else {
      setSession({ kind: 'failed' });
    }
  }

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
      return (
        <SignInPage
          notice={session.notice}
          onSignedIn={(user) => setSession({ kind: 'signed_in', user })}
        />
      );
    case 'signed_in':
      return (
        <SignedIn account={{ user: session.user, onSignOut: handleSignOut }} pathname={pathname} />
      );
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
