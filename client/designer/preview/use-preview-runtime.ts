export type PreviewRuntime = typeof import('./preview-runtime.tsx');

let pending: Promise<PreviewRuntime> | undefined;

export function loadPreviewRuntime(): Promise<PreviewRuntime> {
  pending ??= import('./preview-runtime.tsx').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
