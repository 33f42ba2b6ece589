// Speed of redaction on typical answers (about 40 words), the figure the tagger's budget of
// 10,000 answers a second on one core depends on.
// Run: node --import tsx analysis/redaction/bench-redact.ts
const loadStarted = performance.now();
const { redact } = await import('./redact.ts');
const loadMs = performance.now() - loadStarted;

const ANSWERS = [
  'The school has been great this year, the SENCO actually listens and my son is finally settling ' +
    "in. Still waiting for speech and language therapy though, it's been over a year on the " +
    'waiting list and nobody can tell us when.',
  'nothing is working. we have been waiting 18 months for an ehcp assessment and nobody answers ' +
    'the phone. i have called 40 times and emailed the caseworker and heard nothing back at all, ' +
    'not even an automatic reply',
  'My daughter Emily (9) has ASD and ADHD. Mrs Patel the SENCO at Oakfield Academy tried her best ' +
    'but there is no funding for a TA. Call me on 07700 900123 if you want to know more about it.',
  "The Local Offer website is useless, you can't find anything on it and half the links are " +
    'broken. Please make it simpler for parents who are already exhausted and overwhelmed by ' +
    'everything else going on at home.',
  "CAMHS discharged him after one appointment. The GP says it's not his job. The paediatrician " +
    'has a two year wait. Where are we supposed to go? We are at breaking point honestly and ' +
    'nobody seems to care 😭',
  'Transport is a nightmare, the taxi is late most days and the escort keeps changing so he ' +
    'arrives at school in meltdown. We asked for a personal transport budget and were refused ' +
    'twice with no reason given.',
  'Our annual review was cancelled twice and the plan still says he needs "access to" speech ' +
    'therapy, which means nothing. IASK helped us appeal and we are now waiting for a Tribunal ' +
    'date next spring.',
  'Co-production is non-existent. PACT are consulted after decisions are made and parents are ' +
    'told what will happen. We want to be equal partners in this, not an afterthought at the ' +
    'very end.',
];

const words = ANSWERS.reduce((sum, a) => sum + a.split(/\s+/).length, 0) / ANSWERS.length;
let sink = 0;
for (let i = 0; i < 5_000; i++) sink += redact(ANSWERS[i % ANSWERS.length] ?? '').length;

// Batches, reported as best and median: on a shared machine other processes inflate some batches,
// and the best batch is the closest to what one free core does.
const BATCHES = 15;
const PER_BATCH = 4_000;
const batchUs: number[] = [];
for (let b = 0; b < BATCHES; b++) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < PER_BATCH; i++) sink += redact(ANSWERS[i % ANSWERS.length] ?? '').length;
  batchUs.push(Number(process.hrtime.bigint() - started) / 1000 / PER_BATCH);
}
batchUs.sort((x, y) => x - y);
const best = batchUs[0] ?? 0;
const median = batchUs[Math.floor(BATCHES / 2)] ?? 0;

console.log(`module load: ${loadMs.toFixed(0)} ms (word lists included)`);
console.log(
  `typical answer (${words.toFixed(0)} words): best ${best.toFixed(1)} µs, median ${median.toFixed(1)} µs`,
);
console.log(
  `throughput at the median: ${Math.round(1e6 / median).toLocaleString('en-GB')} answers/s`,
);
if (sink === 0) console.log('(nothing redacted)');
