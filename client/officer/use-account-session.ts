import { useEffect, useState } from 'react';
import { loadSession, type OfficerUser, signOut } from './officer-api.ts';

/** One session for officers and designers: both apps move through the same states. */
export type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed_out'; notice?: string }
  | { kind: 'signed_in'; user: OfficerUser }
  | { kind: 'failed' };

export function useAccountSession() {
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

  const signedIn = (user: OfficerUser) => setSession({ kind: 'signed_in', user });

  async function handleSignOut() {
    const result = await signOut();
    // A session the server no longer knows is as good as ended.
    if (result.ok || result.kind === 'signed_out') {
      setSession({ kind: 'signed_out', notice: 'You have signed out.' });
    } else {
      setSession({ kind: 'failed' });
    }
  }

  return { session, signedIn, signOut: handleSignOut };
}
