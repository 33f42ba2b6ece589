// survey-core's own wording of its buttons and errors in the draft's languages, from the server
// (which bundles survey-core's translations), so the preview words them as parents will see them.
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { call } from '../../officer/officer-api.ts';

export type CoreWording = Record<string, Record<string, string>>;

const wordingSchema = z.record(z.string(), z.record(z.string(), z.string()));

export function useSurveyCoreWording(locales: string[]): CoreWording {
  const [wording, setWording] = useState<CoreWording>({});
  const key = locales.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    call(
      `/api/designer/survey-core-wording?${new URLSearchParams({ locales: key })}`,
      (b) => wordingSchema.safeParse(b).data,
    ).then((result) => {
      if (live && result.ok) setWording(result.value);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return wording;
}
