// Made-up patient-feedback comments at the scale of the real multi-label set the classifier is
// judged on (about 7,400 comments, 44 themes), for timing training and prediction ONLY.
// Accuracy on this data is not evidence of anything: the generator's themes are word lists, far
// easier to separate than what people write. Nothing here comes from the real data set.
import { seededRandom } from '../../analysis/classifier/random.ts';

export interface SyntheticComment {
  text: string;
  labels: string[];
}

// Theme id, then words and phrases that tend to signal it. Many words recur across themes.
const THEMES: [string, string][] = [
  ['waiting', 'waiting wait waited weeks months list queue delay delayed hours appointment late'],
  ['staff_attitude', 'rude friendly kind staff attitude caring polite dismissive smiled respect'],
  ['communication', 'told explained informed letter phone call update nobody contact kept'],
  ['food', 'food meals lunch cold tasty menu dinner breakfast hungry drinks'],
  ['parking', 'parking car park spaces expensive ticket drive pay machine'],
  ['medication', 'medication tablets prescription pharmacy dose drugs medicine pills'],
  ['cleanliness', 'clean dirty toilets ward hygiene spotless smell floors bins'],
  ['discharge', 'discharge discharged home sent went leave paperwork transport waited'],
  ['pain', 'pain painkillers relief hurting sore managed agony comfortable'],
  ['nursing', 'nurses nurse nursing care ward night busy buzzer responded'],
  ['doctors', 'doctor doctors consultant registrar gp listened examined diagnosis'],
  ['privacy', 'privacy dignity curtains overheard private respect exposed'],
  ['environment', 'noise noisy ward bed lights temperature hot cold sleep comfortable'],
  ['reception', 'reception receptionist desk front checked greeted phone queue'],
  ['booking', 'booking appointment online system phone cancelled rebooked slot letter'],
  ['accessibility', 'wheelchair access ramp lift disabled steps accessible signs'],
  ['mental_health', 'mental health anxiety depression crisis support therapist worried'],
  ['family_involvement', 'family relatives visiting husband wife mum son daughter involved'],
  ['visiting', 'visiting hours visitors visit allowed restricted times'],
  ['information', 'information leaflet explained understand advice website told clear'],
  ['continuity', 'same different doctor each time continuity repeat story again'],
  ['test_results', 'results test blood scan xray waiting chased phoned heard'],
  ['referral', 'referral referred specialist gp letter lost months waiting'],
  ['language', 'interpreter english language translation understand spoke'],
  ['equipment', 'equipment broken machine wheelchair bed hoist aids'],
  ['emergency', 'emergency a&e ambulance urgent triage hours corridor trolley'],
  ['telephone', 'phone telephone line engaged answered hold rang voicemail'],
  ['respect', 'respect respected listened treated person human dignity patronised'],
  ['safety', 'safety unsafe fall mistake error wrong risk incident'],
  ['complaints', 'complaint complained pals response ignored apology letter'],
  ['costs', 'cost paid pay charge expensive money free prescription'],
  ['transport', 'transport bus taxi ambulance journey travel lift hospital'],
  ['children', 'child children baby paediatric kids ward play parents'],
  ['maternity', 'maternity midwife birth labour baby pregnancy scan delivery'],
  ['physio', 'physio physiotherapy exercises therapy mobility walking rehab'],
  ['dental', 'dentist dental teeth tooth filling check'],
  ['surgery', 'operation surgery surgeon theatre anaesthetic procedure recovery'],
  ['caring_staff', 'caring compassionate wonderful amazing lovely thank staff team'],
  ['staffing', 'short staffed understaffed busy overworked agency shortage staff'],
  ['follow_up', 'follow up followup check review appointment after call back'],
  ['carers', 'carer carers support respite caring home help'],
  ['dementia', 'dementia confused memory elderly mum dad care'],
  ['end_of_life', 'end life palliative hospice dying comfort family peaceful'],
  ['coordination', 'departments talk each other joined lost notes records repeat'],
];

const SHARED =
  'hospital care service staff time felt really very good bad poor great experience patient seen needed help'.split(
    ' ',
  );
const FILLER =
  'the a and was were i my we it to of in for that this but so not very had have been with on at all'.split(
    ' ',
  );
const OPENERS = ['', '', 'Overall', 'Honestly', 'When I came in', 'On the ward', 'Last visit'];
const TEMPLATES = [
  (w: string[]) => `the ${w[0]} was ${w[1]} and ${w[2]}`,
  (w: string[]) => `I felt the ${w[0]} ${w[1]} could be better, ${w[2]} ${w[3]}`,
  (w: string[]) => `${w[0]} ${w[1]} ${w[2]} every time we ${w[3]}`,
  (w: string[]) => `nobody ${w[0]} about ${w[1]} so ${w[2]} was ${w[3]}`,
  (w: string[]) => `really ${w[0]} with ${w[1]} ${w[2]}`,
];

const SYLLABLES =
  'ba be bi bo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to'.split(
    ' ',
  );
const LEXICON_SIZE = 20_000;

/**
 * Everyday words unrelated to any theme, as made-up words drawn with Zipf-like frequencies (the
 * r-th commonest with probability about 1/r), so that the vocabulary grows as real text's does.
 */
function lexicon(random: () => number): string {
  let rank = Math.floor(Math.exp(random() * Math.log(LEXICON_SIZE + 1))) - 1;
  let word = '';
  do {
    word += SYLLABLES[rank % SYLLABLES.length];
    rank = Math.floor(rank / SYLLABLES.length);
  } while (rank > 0);
  return `${word}n`;
}

function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 0.4) return word.slice(0, i) + word.slice(i + 1); // dropped letter
  if (kind < 0.8) return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1); // swap
  return word.slice(0, i) + word[i] + word.slice(i); // doubled letter
}

export function syntheticFeedback(count = 7400, labelCount = 44, seed = 1): SyntheticComment[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Beyond the written themes, extra labels mix two themes' words: overlapping on purpose.
  const themes = Array.from({ length: labelCount }, (_, i) => {
    const [id, words] = THEMES[i % THEMES.length] as [string, string];
    if (i < THEMES.length) return { id, words: words.split(' ') };
    const [, other] = THEMES[(i * 7 + 3) % THEMES.length] as [string, string];
    return { id: `${id}_${Math.floor(i / THEMES.length)}`, words: `${words} ${other}`.split(' ') };
  });
  // Zipf-like: theme k is chosen in proportion to 1 / (k + 1)^1.2, so the rarest few have only
  // a dozen or so examples, as in real coded sets.
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < themes.length; k++) {
    total += 1 / (k + 1) ** 1.2;
    cumulative.push(total);
  }
  const drawTheme = () => {
    const u = random() * total;
    return cumulative.findIndex((c) => c >= u);
  };
  return Array.from({ length: count }, () => {
    const labelSize = 1 + Math.floor(random() ** 2 * 3); // mostly 1, sometimes 2 or 3
    const chosen = new Set<number>();
    while (chosen.size < labelSize) chosen.add(drawTheme());
    const clauses = [...chosen].map((k) => {
      const words = Array.from({ length: 4 }, () => {
        const u = random();
        return u < 0.6 ? pick(themes[k]?.words ?? SHARED) : u < 0.85 ? pick(SHARED) : pick(FILLER);
      });
      return pick(TEMPLATES)(words);
    });
    // Answer lengths are skewed: many short ones, a long tail; about 40 words on average.
    const noise = Array.from({ length: Math.floor(random() ** 1.5 * 70) }, () => {
      const u = random();
      return u < 0.5 ? pick(FILLER) : u < 0.65 ? pick(SHARED) : lexicon(random);
    });
    const words = [pick(OPENERS), ...clauses, noise.join(' ')]
      .join(' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (random() < 0.03 ? typo(w, random) : w));
    // Coders disagree: a label is sometimes missed (never the first), as in any human-coded set.
    const kept = [...chosen].filter((_, i) => i === 0 || random() > 0.05);
    return { text: `${words.join(' ')}.`, labels: kept.map((k) => themes[k]?.id as string) };
  });
}
