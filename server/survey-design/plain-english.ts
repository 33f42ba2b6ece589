// Plain-English hints for questionnaire wording: long sentences, jargon and acronyms that are
// never spelled out, and a reading-age estimate (Flesch-Kincaid grade + 5, the UK convention).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { DesignIssue } from '../designer-contracts.ts';

export interface PlainEnglishRules {
  longSentenceWords: number;
  readingAgeLimit: number;
  /** Put before each message, e.g. "Easy read: ". */
  label: string;
}

/** Above a reading age of 12 many parents will struggle; UK plain-English guidance aims for 9 to 11. */
export const PLAIN_ENGLISH: PlainEnglishRules = {
  longSentenceWords: 25,
  readingAgeLimit: 12,
  label: '',
};

/**
 * Easy read (the `en-easy` locale) is for parents with a learning disability or little English:
 * easy-read guidance asks for one idea per sentence of at most about 15 words and the words of a
 * 9-year-old.
 */
export const EASY_READ: PlainEnglishRules = {
  longSentenceWords: 15,
  readingAgeLimit: 9,
  label: 'Easy read: ',
};

/** Acronyms of the SEND world and what they stand for. */
export const ACRONYMS: Record<string, string> = {
  EHCP: 'education, health and care plan',
  EHC: 'education, health and care',
  SEND: 'special educational needs and disabilities',
  SEN: 'special educational needs',
  SENCO: 'special educational needs coordinator',
  SENDCO: 'special educational needs and disabilities coordinator',
  CAMHS: 'child and adolescent mental health services',
  LA: 'local authority',
  SALT: 'speech and language therapy',
  OT: 'occupational therapy',
  EP: 'educational psychologist',
  ASD: 'autism spectrum disorder',
  ADHD: 'attention deficit hyperactivity disorder',
  SENDIASS: 'information, advice and support service',
  IPSEA: 'independent provider of special education advice',
  PRU: 'pupil referral unit',
  DLA: 'disability living allowance',
  PIP: 'personal independence payment',
  EHE: 'elective home education',
  SEMH: 'social, emotional and mental health',
  PCF: 'parent carer forum',
  ICB: 'integrated care board',
};

/** Other ways the same meaning is commonly written out. */
const OTHER_SPELLINGS: Record<string, string[]> = {
  ASD: ['autistic spectrum disorder', 'autism spectrum condition', 'autistic spectrum condition'],
  SALT: ['speech and language therapist', 'speech and language therapists'],
  EP: ['educational psychology'],
};

/** Capitals that every reader knows, or that are emphasis rather than acronyms. */
const WELL_KNOWN = new Set(
  'I A UK OK TV NHS GP PE ID IT AM PM PDF URL EU FAQ NOT NO YES ALL ANY AND OR ONLY NEVER'.split(
    ' ',
  ),
);

/** Officials' words with the plain word to use instead. */
export const JARGON: Record<string, string> = {
  provision: 'support',
  statutory: 'required by law',
  'co-production': 'working together',
  coproduction: 'working together',
  stakeholder: 'the people involved',
  stakeholders: 'the people involved',
  cohort: 'group',
  'multi-agency': 'services working together',
  signposting: 'pointing you to help',
  signposted: 'pointed to help',
  facilitate: 'help',
  utilise: 'use',
  'in receipt of': 'getting',
  commissioning: 'buying services',
  'graduated approach': 'step-by-step support in school',
  thresholds: 'who qualifies',
};

export interface WordedText {
  text: string;
  /** The question (or page) the text belongs to, for messages. */
  question?: string;
}

const warning = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'warning',
  message,
  ...(question ? { question } : {}),
});

const stripHtml = (text: string) => text.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/gi, ' ');
const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

export function sentencesOf(text: string): string[] {
  return stripHtml(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

export const wordsOf = (sentence: string) => sentence.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];

/** Flesch-Kincaid grade + 5, rounded; null when there are no words to judge. */
export function readingAge(texts: string[]): number | null {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return null;
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  const grade = fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: syllables,
  });
  return Math.max(5, Math.round(grade + 5));
}

export function plainEnglishIssues(
  texts: WordedText[],
  rules: PlainEnglishRules = PLAIN_ENGLISH,
): {
  issues: DesignIssue[];
  readingAge: number | null;
} {
  const { longSentenceWords, readingAgeLimit, label } = rules;
  const issues: DesignIssue[] = [];
  const everything = normalise(texts.map((t) => stripHtml(t.text)).join(' \n '));
  const rawEverything = texts.map((t) => stripHtml(t.text)).join('\n');
  const reported = new Set<string>();
  const once = (key: string, issue: DesignIssue) => {
    if (reported.has(key)) return;
    reported.add(key);
    issues.push(issue);
  };
  for (const { text, question } of texts) {
    for (const sentence of sentencesOf(text)) {
      const count = wordsOf(sentence).length;
      if (count > longSentenceWords) {
        issues.push(
          warning(
            'long_sentence',
            `${label}A sentence has ${count} words; try to keep sentences under ${longSentenceWords}: "${sentence.slice(0, 80)}${sentence.length > 80 ? '…' : ''}"`,
            question,
          ),
        );
      }
    }
    for (const acronym of new Set(stripHtml(text).match(/\b[A-Z][A-Z0-9]{1,7}\b/g) ?? [])) {
      if (WELL_KNOWN.has(acronym) || isExplained(acronym, everything, rawEverything)) continue;
      const meaning = ACRONYMS[acronym];
      once(
        `acronym:${acronym}`,
        warning(
          'unexplained_acronym',
          label +
            (meaning
              ? `"${acronym}" is never spelled out. Write it in full once, e.g. "${meaning} (${acronym})".`
              : `"${acronym}" looks like an abbreviation that is never explained. Write it in full once, followed by "(${acronym})".`),
          question,
        ),
      );
    }
    const words = normalise(stripHtml(text));
    for (const [term, plain] of Object.entries(JARGON)) {
      if (words.includes(normalise(term))) {
        once(
          `jargon:${term}:${question ?? ''}`,
          warning(
            'jargon',
            `${label}"${term}" is jargon to many parents; try "${plain}".`,
            question,
          ),
        );
      }
    }
  }
  const age = readingAge(texts.map((t) => t.text));
  if (age !== null && age > readingAgeLimit) {
    issues.push(
      warning(
        'reading_age',
        `${label}The wording needs a reading age of about ${age}. Aim for ${readingAgeLimit} or lower: shorter sentences and everyday words.`,
      ),
    );
  }
  return { issues, readingAge: age };
}

/**
 * Spelled out somewhere: its known meaning appears, words are followed by "(ACRONYM)", or the
 * acronym is followed by its explanation ("ACRONYM: the person who..." or "ACRONYM (the ...)").
 */
function isExplained(acronym: string, everything: string, raw: string): boolean {
  const meanings = [ACRONYMS[acronym], ...(OTHER_SPELLINGS[acronym] ?? [])];
  if (meanings.some((m) => m && everything.includes(normalise(m)))) return true;
  return (
    new RegExp(`[A-Za-z]+[^()]*\\(${acronym}\\)`).test(raw) ||
    new RegExp(`\\b${acronym}\\s*(:|\\(|,? meaning|,? which means)\\s*[A-Za-z]`).test(raw) ||
    spelledOutBefore(acronym, raw)
  );
}

/** Small words a spelled-out name may contain that its acronym leaves out. */
const SKIPPED = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with']);

/**
 * True when the words just before the acronym start with its letters, as in "Autism (autistic
 * spectrum disorder, ASD)" or "speech and language therapy, SALT".
 */
function spelledOutBefore(acronym: string, raw: string): boolean {
  const letters = acronym.toLowerCase();
  for (const match of raw.matchAll(new RegExp(`\\b${acronym}\\b`, 'g'))) {
    const before = raw.slice(Math.max(0, match.index - 200), match.index);
    const words = (before.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).reverse();
    let at = letters.length;
    for (const word of words) {
      const lower = word.toLowerCase();
      const letter = letters[at - 1];
      if (letter !== undefined && lower.startsWith(letter)) at -= 1;
      else if (!SKIPPED.has(lower)) break;
      if (at === 0) return true;
    }
  }
  return false;
}
