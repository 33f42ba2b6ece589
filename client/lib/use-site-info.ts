import { useEffect, useState } from 'react';
import type { SiteInfo } from '../../server/receipt-contracts.ts';
import { fetchSiteInfo } from './receipt-api.ts';

/** The organisation and its contact (ORGANISATION_NAME, ORGANISATION_CONTACT), once loaded. */
export function useSiteInfo(): SiteInfo | undefined {
  const [info, setInfo] = useState<SiteInfo>();
  useEffect(() => {
    let live = true;
    void fetchSiteInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
