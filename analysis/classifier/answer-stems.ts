// The tokeniser's view of an answer, made safe for any text: natural's RegexpTokenizer returns
// null (and tokens.ts then throws) for text with nothing to match, such as "" or "!!!". Until that
// is fixed there, answers with no word, number or emoji are taken to have no stems.
import { contentStems, type Token, tokenize } from '../text/tokens.ts';

const HAS_TOKEN = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** contentStems(text), or [] for an answer with nothing to tokenise. */
export function answerStems(text: string): string[] {
  return HAS_TOKEN.test(text) ? contentStems(text) : [];
}

/** The tokens contentStems keeps (no emoji, no bare numbers), with their words, for explaining. */
export function answerTokens(text: string): Token[] {
  if (!HAS_TOKEN.test(text)) return [];
  return tokenize(text).filter(
    (t) => !/\p{Extended_Pictographic}/u.test(t.word) && !/^\d+$/.test(t.word),
  );
}
