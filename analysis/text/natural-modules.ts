// natural's deep modules, required one by one: importing the whole package costs about 1.2 s and
// 150 MB and prints dotenv banners.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}
interface RegexpTokenizerClass {
  new (options: { pattern: RegExp; gaps: boolean }): { tokenize(text: string): string[] | null };
}

export const PorterStemmer: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
export const { RegexpTokenizer } = require('natural/lib/natural/tokenizers') as {
  RegexpTokenizer: RegexpTokenizerClass;
};
export const negationWords: string[] = (
  require('natural/lib/natural/sentiment/English/negations_en.json') as { words: string[] }
).words;
