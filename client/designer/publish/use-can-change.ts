import { useEffect, useState } from 'react';
import { loadSession } from '../../officer/officer-api.ts';

/** The signed-in account's role and forum membership, once known. */
function useAccount(): { role: string; forumMember: boolean } | undefined {
  const [account, setAccount] = useState<{ role: string; forumMember: boolean }>();
  useEffect(() => {
    let live = true;
    loadSession().then((result) => {
      if (live && result.ok)
        setAccount({ role: result.value.role, forumMember: result.value.forumMember === true });
    });
    return () => {
      live = false;
    };
  }, []);
  return account;
}

/**
 * What the signed-in account may do here: change surveys and codebooks (designers and admins;
 * officers may look and approve), approve drafts (officers and forum members), and waive
 * sign-off (admins only). Until known, or if the
 * session cannot be read, the controls show and the server has the last word.
 */
export function usePermissions(): {
  canChange: boolean;
  canWaiveSignOff: boolean;
  canApprove: boolean;
  /** Asking colleagues reads who may approve, a designers' list: only once the role is known. */
  canAskForSignOff: boolean;
} {
  const account = useAccount();
  const role = account?.role;
  return {
    canChange: role === undefined || role === 'designer' || role === 'admin',
    canWaiveSignOff: role === undefined || role === 'admin',
    // Approving is the server's rule in sign-off-and-publish.ts: an officer, or a forum member.
    // Hidden until known, since a button that can only fail misled designers.
    canApprove:
      account !== undefined && (role === 'officer' || role === 'admin' || account.forumMember),
    canAskForSignOff: role === 'designer' || role === 'admin',
  };
}

export const useCanChange = () => usePermissions().canChange;
