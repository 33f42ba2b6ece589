import { ActionsPage } from './actions/actions-page.tsx';
import { AccountsPage } from './admin/accounts-page.tsx';
import { BurstsPage } from './bursts/bursts-page.tsx';
import { LearningPage } from './learning/learning-page.tsx';
import type { OfficerUser } from './officer-api.ts';
import { OfficerLayout } from './officer-layout.tsx';
import { officerRouteFor } from './officer-routes.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ProblemPage } from './pages/problem-page.tsx';
import { ReportPage } from './pages/report-page.tsx';
import { ResetPasswordPage } from './pages/reset-password-page.tsx';
import { SecondFactorPage } from './pages/second-factor-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { SurveysPage } from './pages/surveys-page.tsx';
import { PaperPage } from './paper/paper-page.tsx';
import { PublicationPage } from './publication/publication-page.tsx';
import { AgreementPage } from './review/agreement-page.tsx';
import { CodingPage } from './review/coding-page.tsx';
import { SafeguardingPage } from './review/safeguarding-page.tsx';
import { ThemeAnswersPage } from './review/theme-answers-page.tsx';
import { UnmatchedPage } from './review/unmatched-page.tsx';
import { useAccountSession } from './use-account-session.ts';

export function OfficerApp({ pathname, search }: { pathname: string; search: string }) {
  // Setting a password from a one-time link needs no session: the link is the credential.
  if (officerRouteFor(pathname, search).name === 'reset_password') return <ResetPasswordPage />;
  return <SessionApp pathname={pathname} search={search} />;
}

function SessionApp({ pathname, search }: { pathname: string; search: string }) {
  const { session, signedIn, signOut } = useAccountSession();

  switch (session.kind) {
    case 'checking':
      return (
        <OfficerLayout title="Loading">
          <p className="body delayed-appear">Loading…</p>
        </OfficerLayout>
      );
    case 'failed':
      return <ProblemPage />;
    case 'signed_out':
      return <SignInPage notice={session.notice} onSignedIn={signedIn} />;
    case 'signed_in':
      return (
        <SignedIn user={session.user} pathname={pathname} search={search} onSignOut={signOut} />
      );
  }
}

interface SignedInProps {
  user: OfficerUser;
  pathname: string;
  search: string;
  onSignOut: () => void;
}

function SignedIn({ user, pathname, search, onSignOut }: SignedInProps) {
  const route = officerRouteFor(pathname, search);
  const account = { user, onSignOut };
  switch (route.name) {
    case 'surveys':
      return <SurveysPage account={account} />;
    case 'report':
      return <ReportPage account={account} slug={route.slug} query={route.query} />;
    case 'safeguarding':
      return <SafeguardingPage account={account} slug={route.slug} />;
    case 'coding':
      return (
        <CodingPage
          account={account}
          slug={route.slug}
          question={route.question}
          offset={route.offset}
        />
      );
    case 'unmatched':
      return <UnmatchedPage account={account} slug={route.slug} question={route.question} />;
    case 'theme_answers':
      return (
        <ThemeAnswersPage
          account={account}
          slug={route.slug}
          question={route.question}
          theme={route.theme}
          offset={route.offset}
        />
      );
    case 'agreement':
      return <AgreementPage account={account} slug={route.slug} />;
    case 'paper':
      return <PaperPage account={account} slug={route.slug} />;
    case 'bursts':
      return <BurstsPage account={account} slug={route.slug} />;
    case 'actions':
      return <ActionsPage account={account} slug={route.slug} />;
    case 'publication':
      return <PublicationPage account={account} slug={route.slug} />;
    case 'accounts':
      return <AccountsPage account={account} />;
    case 'learning':
      return <LearningPage account={account} />;
    case 'second_factor':
      return <SecondFactorPage account={account} />;
    case 'reset_password':
    case 'not_found':
      return <NotFoundPage account={account} />;
  }
}
