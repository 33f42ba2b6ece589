import { useEffect, useState } from 'react';

export type PreviewRuntime = typeof import('./preview-runtime.tsx');

let pending: Promise<PreviewRuntime> | undefined;

export function loadPreviewRuntime(): Promise<PreviewRuntime> {
  pending ??= import('./preview-runtime.tsx').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

export function usePreviewRuntime(): { runtime?: PreviewRuntime; failed: boolean } {
  const [state, setState] = useState<{ runtime?: PreviewRuntime; failed: boolean }>({
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadPreviewRuntime().then(
      (runtime) => live && setState({ runtime, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
