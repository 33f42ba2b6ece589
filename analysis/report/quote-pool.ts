// Representative quotes, chosen deterministically: approved ones first, then answers of a readable
// length (60 to 300 characters), then by a stable hash of the response and question, so the same
// data always shows the same quotes but no ordering (such as time of answer) leaks into the choice.
// Only a few best candidates per theme are kept while streaming through the responses.

export interface QuoteEntry {
  key: string;
  text: string;
  approved: boolean;
  /** 2 approved + 1 readable length: higher is better. */
  rank: number;
  hash: number;
}

/** FNV-1a, 32 bits: fast, stable across runs and platforms. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** stableHash(`${a}:`) without making the string: continue it with stableHashAfter. */
export function stableHashPrefix(a: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) {
    hash ^= a.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= 58; // ':'
  return Math.imul(hash, 0x01000193);
}

/** stableHash(`${a}:${b}`), given stableHashPrefix(a). */
export function stableHashAfter(prefix: number, b: string): number {
  let hash = prefix;
  for (let i = 0; i < b.length; i++) {
    hash ^= b.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const better = (a: QuoteEntry, b: QuoteEntry) =>
  a.rank !== b.rank ? a.rank > b.rank : a.hash !== b.hash ? a.hash < b.hash : a.key < b.key;

export const quoteRank = (approved: boolean, textLength: number) =>
  (approved ? 2 : 0) + (textLength >= 60 && textLength <= 300 ? 1 : 0);

export class QuotePool {
  private readonly lists = new Map<number, QuoteEntry[]>();

  /** limit: kept per question and theme; enough spares to avoid quoting one answer twice. */
  constructor(private readonly limit: number) {}

  /** False when an entry of this rank and hash would certainly not be kept (so need not be made). */
  couldTake(question: number, theme: number, rank: number, hash: number): boolean {
    const list = this.lists.get(question * 65536 + theme);
    const last = list?.[list.length - 1];
    if (!list || !last || list.length < this.limit) return true;
    return rank !== last.rank ? rank > last.rank : hash <= last.hash;
  }

  offer(question: number, theme: number, entry: QuoteEntry) {
    const slot = question * 65536 + theme;
    let list = this.lists.get(slot);
    if (!list) {
      list = [];
      this.lists.set(slot, list);
    }
    const last = list[list.length - 1];
    if (list.length >= this.limit && last && !better(entry, last)) return;
    // The same words from two people ("Nothing.") are one quote: keep the better-ranked copy.
    const same = list.findIndex((e) => e.text === entry.text);
    if (same >= 0) {
      if (!better(entry, list[same] as QuoteEntry)) return;
      list.splice(same, 1);
    }
    let at = list.length;
    while (at > 0 && better(entry, list[at - 1] as QuoteEntry)) at--;
    list.splice(at, 0, entry);
    if (list.length > this.limit) list.pop();
  }

  /** The keys of every entry still held: the only answers that can be quoted. */
  keys(): Set<string> {
    const keys = new Set<string>();
    for (const list of this.lists.values()) for (const entry of list) keys.add(entry.key);
    return keys;
  }

  /**
   * Puts the texts in place of the stand-ins the entries were chosen with (by key); an entry
   * whose text is missing or blank is dropped.
   */
  replaceTexts(texts: ReadonlyMap<string, string>) {
    for (const [slot, list] of this.lists) {
      const kept = list.filter((entry) => {
        entry.text = texts.get(entry.key) ?? '';
        return entry.text.trim() !== '';
      });
      this.lists.set(slot, kept);
    }
  }

  /** Up to `perTheme` quotes for each theme, in the order given; one answer or wording once. */
  select(question: number, themes: readonly number[], perTheme: number): Map<number, QuoteEntry[]> {
    const usedKeys = new Set<string>();
    const usedTexts = new Set<string>();
    const chosen = new Map<number, QuoteEntry[]>();
    for (const theme of themes) {
      const picked: QuoteEntry[] = [];
      for (const entry of this.lists.get(question * 65536 + theme) ?? []) {
        if (picked.length >= perTheme) break;
        if (usedKeys.has(entry.key) || usedTexts.has(entry.text)) continue;
        usedKeys.add(entry.key);
        usedTexts.add(entry.text);
        picked.push(entry);
      }
      chosen.set(theme, picked);
    }
    return chosen;
  }
}
