// A dictionary of ordinary English words, read once on first use: a word in it is never treated
// as a typo, and (for redaction) a capitalised word that is also an ordinary word is less likely
// to be a name.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
