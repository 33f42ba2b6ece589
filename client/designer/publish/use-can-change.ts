import { useEffect, useState } from 'react';
import { loadSession } from '../../officer/officer-api.ts';

/**
 * Whether the signed-in account may change surveys and codebooks (designers and admins); officers
 * may look and approve. Until known, or if the session cannot be read, the controls show and the
 * server has the last word.
 */
export function useCanChange(): boolean {
  const [can, setCan] = useState(true);
  useEffect(() => {
    let live = true;
    loadSession().then((result) => {
      if (live && result.ok)
        setCan(result.value.role === 'designer' || result.value.role === 'admin');
    });
    return () => {
      live = false;
    };
  }, []);
  return can;
}
