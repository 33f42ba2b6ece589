import { useCallback, useEffect, useState } from 'react';
import type { Result } from './publish-api.ts';

export type Loaded<T> = { kind: 'loading' } | Result<T>;

/**
 * Runs a request now and again whenever `reload` is called or the key changes. The previous
 * answer stays on screen while a reload runs, so the page does not jump; a stale answer never
 * replaces a newer one.
 */
export function useReload<T>(request: () => Promise<Result<T>>, key: string) {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key and round name the request.
  useEffect(() => {
    let live = true;
    request().then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload] as const;
}
