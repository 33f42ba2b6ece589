// One key per theme on the coding page. WCAG 2.1.4: single-key shortcuts can be turned off and
// changed, and act only while focus is in an answer. The choice is the officer's own, kept in this
// browser; it says nothing about any parent.
import { useState } from 'react';

const STORE_KEY = 'send-voice.coding-shortcuts';
const DEFAULT_KEYS = '1234567890abcdefghijklmnopqrstuvwxyz'.split('');

export interface ShortcutChoice {
  enabled: boolean;
  /** Keys the officer chose, by theme id; '' means none. Other themes keep their default key. */
  keys: Record<string, string>;
}

function readChoice(): ShortcutChoice {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(STORE_KEY) ?? 'null');
    if (raw && typeof raw === 'object' && 'enabled' in raw && 'keys' in raw) {
      const { enabled, keys } = raw as { enabled: unknown; keys: unknown };
      const entries = keys && typeof keys === 'object' ? Object.entries(keys) : [];
      return {
        enabled: enabled !== false,
        keys: Object.fromEntries(
          entries.filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
      };
    }
  } catch {
    // A broken or blocked store falls back to the defaults.
  }
  return { enabled: true, keys: {} };
}

function writeChoice(choice: ShortcutChoice) {
  try {
    window.localStorage.setItem(STORE_KEY, JSON.stringify(choice));
  } catch {
    // Without storage the choice lasts until the page is left.
  }
}

export interface ThemeShortcuts {
  enabled: boolean;
  keyOf(themeId: string): string | undefined;
  themeFor(key: string): string | undefined;
  /** Keys chosen for more than one theme: only the first theme gets them. */
  clashes: string[];
  setEnabled(enabled: boolean): void;
  setKey(themeId: string, key: string): void;
}

/** Chosen keys first, then each other theme's default key unless a chosen one took it. */
export function assignKeys(themeIds: string[], chosen: Record<string, string>) {
  const byKey = new Map<string, string>();
  const clashes = new Set<string>();
  for (const id of themeIds) {
    const key = chosen[id];
    if (!key) continue;
    if (byKey.has(key)) clashes.add(key);
    else byKey.set(key, id);
  }
  themeIds.forEach((id, i) => {
    const key = DEFAULT_KEYS[i];
    if (id in chosen || !key || byKey.has(key)) return;
    byKey.set(key, id);
  });
  const keyOf = new Map([...byKey].map(([key, id]) => [id, key]));
  return { byKey, keyOf, clashes: [...clashes] };
}

export function useThemeShortcuts(themeIds: string[]): ThemeShortcuts {
  const [choice, setChoice] = useState(readChoice);
  const change = (next: ShortcutChoice) => {
    writeChoice(next);
    setChoice(next);
  };
  const { byKey, keyOf, clashes } = assignKeys(themeIds, choice.keys);
  return {
    enabled: choice.enabled,
    keyOf: (id) => (choice.enabled ? keyOf.get(id) : undefined),
    themeFor: (key) => (choice.enabled ? byKey.get(key.toLowerCase()) : undefined),
    clashes,
    setEnabled: (enabled) => change({ ...choice, enabled }),
    setKey: (id, key) =>
      change({ ...choice, keys: { ...choice.keys, [id]: key.trim().toLowerCase().slice(0, 1) } }),
  };
}
