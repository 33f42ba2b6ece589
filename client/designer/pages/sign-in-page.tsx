// Designers sign in exactly like officers (one session for both sides of the service), inside
// the designer's own frame.
import type { OfficerUser } from '../../officer/officer-api.ts';
import { SignInPage as OfficerSignInPage } from '../../officer/pages/sign-in-page.tsx';
import { DesignerLayout } from '../designer-layout.tsx';

const INTRO =
  'Sign in with the email address and password of your account. Designers from the council and ' +
  'from the parent carer forum use the same sign-in as officers.';

export function SignInPage(props: { notice?: string; onSignedIn: (user: OfficerUser) => void }) {
  return <OfficerSignInPage {...props} Layout={DesignerLayout} intro={INTRO} />;
}
