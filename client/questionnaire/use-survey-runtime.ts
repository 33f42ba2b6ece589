import { useEffect, useState } from 'react';

export type SurveyRuntime = typeof import('./survey-runtime.tsx');

let pending: Promise<SurveyRuntime> | undefined;

/** Starts downloading survey-core once; later calls share the same download. */
export function loadSurveyRuntime(): Promise<SurveyRuntime> {
  pending ??= import('./survey-runtime.tsx').catch((error: unknown) => {
    // Let a later attempt try again, for example once the connection is back.
    pending = undefined;
    throw error;
  });
  return pending;
}

export function useSurveyRuntime(): { runtime?: SurveyRuntime; failed: boolean } {
  const [state, setState] = useState<{ runtime?: SurveyRuntime; failed: boolean }>({
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadSurveyRuntime().then(
      (runtime) => live && setState({ runtime, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
