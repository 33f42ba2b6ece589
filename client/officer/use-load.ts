import { useEffect, useState } from 'react';
import type { Result } from './officer-api.ts';

export type Load<T> = { kind: 'loading' } | Result<T>;

/** Runs one request when the page (or its key) changes; a stale answer never replaces a newer one. */
export function useLoad<T>(request: () => Promise<Result<T>>, key: string): Load<T> {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the request.
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    request().then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
