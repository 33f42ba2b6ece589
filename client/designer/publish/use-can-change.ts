import { useEffect, useState } from 'react';
import { loadSession } from '../../officer/officer-api.ts';

/** The signed-in account's role, once known. */
function useRole(): string | undefined {
  const [role, setRole] = useState<string>();
  useEffect(() => {
    let live = true;
    loadSession().then((result) => {
      if (live && result.ok) setRole(result.value.role);
    });
    return () => {
      live = false;
    };
  }, []);
  return role;
}

/**
 * What the signed-in account may do here: change surveys and codebooks (designers and admins;
 * officers may look and approve), and waive sign-off (admins only). Until known, or if the
 * session cannot be read, the controls show and the server has the last word.
 */
export function usePermissions(): { canChange: boolean; canWaiveSignOff: boolean } {
  const role = useRole();
  return {
    canChange: role === undefined || role === 'designer' || role === 'admin',
    canWaiveSignOff: role === undefined || role === 'admin',
  };
}

export const useCanChange = () => usePermissions().canChange;
