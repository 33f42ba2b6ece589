import { SERVICE_NAME } from '../lib/site.ts';
import type { Account } from './officer-layout.tsx';

interface FrameHeaderProps {
  /** Where the service name leads: the frame's own first page. */
  home: string;
  tagline: string;
  account?: Account;
}

/** The header bar of the signed-in frames (officers' pages and designer): who is in, and sign out. */
export function FrameHeader({ home, tagline, account }: FrameHeaderProps) {
  return (
    <div className="width-container site-header__inner officer-header">
      <a href={home} className="site-header__name">
        {SERVICE_NAME}
      </a>
      <span className="site-header__tagline">{tagline}</span>
      {account && (
        <div className="officer-header__account">
          <span className="officer-header__email">{account.user.email}</span>
          <button type="button" className="officer-header__sign-out" onClick={account.onSignOut}>
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
