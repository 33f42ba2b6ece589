// ../shared sits beside the clone in CI and on developers' machines, never in a user's clone.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve('..', 'shared');

/** The path of a shared fixture, or undefined (with a message) when ../shared is absent. */
export function requireShared(relativePath: string): string | undefined {
  const path = resolve(SHARED_DIR, relativePath);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') {
    throw new Error(`${path} is missing: CI must run with ../shared beside the clone.`);
  }
  console.warn(`Skipping tests that need ${path}: ../shared is not beside this clone.`);
  return undefined;
}
