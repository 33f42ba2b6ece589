// Answers that suggest a child or parent may be at risk are flagged for officers to read first.
// The list errs towards false alarms: a missed disclosure costs far more than a second look.
import { createTermMatcher } from './tagger/match-terms.ts';
import { compileTerm, indexPatterns, type TermPattern } from './tagger/term-patterns.ts';

export const SAFEGUARDING_TERMS = [
  'suicid*', 'kill myself', 'kill himself', 'kill herself', 'kill themselves', 'killing myself',
  'want to die', 'wants to die', 'wanted to die', 'wish i was dead', 'wishes he was dead',
  'wishes she was dead', 'better off dead', 'end it all', 'end my life', 'end his life',
  'end her life', 'take my own life', 'take his own life', 'take her own life', 'not be here',
  'no reason to live', "don't want to live", 'not want to live', 'self harm', 'selfharm',
  'self harming', 'harm himself', 'harm herself', 'harm themselves', 'harming himself',
  'harming herself', 'hurt himself', 'hurt herself', 'hurt themselves', 'hurting himself',
  'hurting herself', 'cutting himself', 'cutting herself', 'cut himself', 'cut herself',
  'overdos*', 'ligature', 'noose', 'hanging himself', 'hanging herself', 'jump off', 'abus*',
  'neglect*', 'domestic violence', 'violent at home', 'hits me', 'hit me', 'hitting me',
  'beat me', 'beats me', 'beaten', 'bruis*', 'assault*', 'sexual*', 'groom*', 'exploit*',
  'unsafe', 'not safe', 'in danger', 'danger to himself', 'danger to herself', 'at risk',
  "can't cope any", "i can't cope", 'we cannot cope', "we can't cope", 'cannot cope any',
  "can't go on", 'breaking point', 'in crisis', 'crisis point', 'crisis team', 'family crisis',
  'mental health crisis', 'end of my tether', 'better off without me', "wasn't here",
  'disappear', 'tablets', 'marks on', 'pinned down', 'skipping meals', 'not eating',
  'no point', 'keep going', 'locks him', 'locks her', 'hits him', 'hits her', 'hit him',
  'hit her', 'hurts him', 'hurts her', 'scared of', 'frightened of', 'threaten*',
  'falling apart', 'breakdown', 'hopeless', 'desperate', 'homeless', 'evict*', 'no food',
  "can't feed", 'police', 'restrain*', 'locked in', 'locked him', 'locked her', 'ran away',
  'run away', 'running away', 'missing from home', '"sectioned"', 'a&e', 'hospitalised',
  'attempted', 'self destruct*', 'traffick*', 'county lines', 'fgm', 'forced marriage',
];

/** Phrases that commonly contain a term above without any risk in them. */
const NOT_RISK = [
  'before crisis', 'before crisis point', 'before * crisis point', 'prevent crisis', 'avoid crisis',
  'crisis prevention', 'at risk of exclusion', 'no point asking', 'no point complaining',
];

const index = indexPatterns(
  SAFEGUARDING_TERMS.map((t) => compileTerm(t, true)).filter((p): p is TermPattern<boolean> => !!p),
);
const exclusions = indexPatterns(
  NOT_RISK.map((t) => compileTerm(t, false)).filter((p): p is TermPattern<boolean> => !!p),
);

export const matchRiskTerms = createTermMatcher(index);
export const matchNotRiskTerms = createTermMatcher(exclusions);
