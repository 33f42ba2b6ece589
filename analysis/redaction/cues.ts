// Words around a name that tell us it is one. They let us redact names no list knows ("my son
// Kwabena", "Okafor the SENCO said") and everyday-word names ("my daughter Grace") without
// redacting every capitalised word. All lower-case.

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Titles: the next word is a name and the title goes with it ("Mrs Patel" → "[NAME]"). */
export const TITLES = words('mr mrs ms miss mx dr prof sir dame mister');

/** Titles that are also ordinary lower-case words ("I miss school", "the dr said"). */
export const WORDLIKE_TITLES = words('miss dr sir dame prof');

/** Words before "miss" that make it the verb: "I Miss School", "we really miss Grandad". */
export const BEFORE_MISS_VERB = words(`
  i we you they he she it really still so do don't didn't will would can could also just all
  i'll we'll they'll i'd we'd
`);

/** People a parent names next: "my son Jack", "our daughter, emily", "ds Alfie". */
export const FAMILY_CUES = words(`
  son sons daughter daughters child children boy girl kid kids twin twins baby toddler
  youngest eldest oldest husband wife partner ex brother brothers sister sisters sibling
  grandson granddaughter nephew niece stepson stepdaughter cousin boyfriend girlfriend fiance
  ds dd ds1 ds2 dd1 dd2 dc
`);

/** Words followed by a name: "called Jack", "named after", "known as". */
export const NAMING_CUES = words('called named nicknamed aka');

/** Roles: "SENCO Sarah", "teacher Hughes", and after a name: "Okafor the SENCO". */
export const ROLE_CUES = words(`
  senco sendco teacher teachers headteacher head headmaster headmistress principal deputy ta
  lsa hlta tutor caseworker worker keyworker officer manager coordinator paediatrician
  consultant therapist physio nurse doctor gp psychologist psychiatrist ep salt ot counsellor
  mentor advocate solicitor lawyer councillor cllr mp
`);

/** Words between a name and its role: "Okafor the SENCO", "Okafor, our teacher". */
export const ROLE_LINKS = words('the our his her their my a');

/**
 * Verbs and adverbs that follow a person (or a school) at the start of a sentence: "Kwabena has",
 * "Grace loves", "Oakfield were". Used for words that would otherwise be left alone there.
 */
export const PERSON_VERBS = words(`
  has had is was loves loved likes liked needs needed gets got goes went attends attended started
  starts struggles struggled can't cannot couldn't won't wouldn't doesn't didn't isn't wasn't
  hates hated said says told finds found feels felt wants wanted refuses refused became does did
  were are have will would could should also never always now still really just and
`);

/** Words that end a name run: a capitalised function word after a name is not a surname. */
export const FUNCTION_WORDS = words(`
  the a an and or but nor so yet if then than that this these those there here where when why
  how what which who whom whose is was are were be been being am has have had do does did done
  will would shall should can could may might must not no yes all any some every each both
  either neither in on at to from with without for of by as about after before because while
  until again still even never always now just only too very also he she they we you it i me him
  her them us my your his its our their said says told asked said thanks thank please sorry
`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words('mr mrs ms mx dr prof st eg ie etc vs approx no');

/**
 * The verbs of PERSON_VERBS that need a person (or a named thing) before them. Everyday words open
 * sentences before the rest ("Hope and patience", "Transport will"), so a capitalised dictionary
 * word or a lone letter counts as a name only before one of these.
 */
export const STRONG_PERSON_VERBS = words(`
  has had is was loves loved likes liked needs needed gets got goes went attends attended started
  starts struggles struggled can't cannot couldn't won't wouldn't doesn't didn't isn't wasn't
  hates hated said says told finds found feels felt wants wanted refuses refused became
`);

/** Modal verbs that are also names ("my son will have to wait" against "my son Will"). */
export const MODAL_NAMES = words('will may');

/** Words before a capital letter that make it a label, not a child: "Plan B", "Section F". */
export const LETTER_LABELS = words(`
  plan option year section part key stage type grade level vitamin appendix class group room
  block category tier wave form box column row step phase point page question item route
`);

/** Words before a capitalised word that make it a thing rather than a person: "the Transport". */
export const DETERMINERS = words('the a an this that these those your its each every any some no');
