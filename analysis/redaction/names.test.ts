// Names: cues, titles, known first names, unknown capitalised words, and the capitals that are
// not names (sentence starts, Title Case, shouting, domain words).
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, WORD_NAMES } from './first-names.ts';
import { redact } from './redact.ts';

describe('names after cues', () => {
  it.each([
    ['my son Will is 6', 'my son [NAME] is 6'],
    ['our daughter, Grace, loves Makaton', 'our daughter, [NAME], loves Makaton'],
    ['my daughter May started in May', 'my daughter [NAME] started in May'],
    ['my husband Dele does the calls', 'my husband [NAME] does the calls'],
    ['a girl named Precious', 'a girl named [NAME]'],
    ['the SENCO Okonjo left', 'the SENCO [NAME] left'],
    ['his teacher Hughes', 'his teacher [NAME]'],
    ['my son kwabena is 9', 'my son [NAME] is 9'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('does not take the next ordinary word for a name', () => {
    expect(redact('my son has ADHD and my daughter is autistic')).toBe(
      'my son has ADHD and my daughter is autistic',
    );
    expect(redact('I called the council and the SENCO Team')).toBe(
      'I called the council and the SENCO Team',
    );
  });
});

describe('titles', () => {
  it.each([
    ['Mr and Mrs Smith', '[NAME] and [NAME]'],
    ['Dr J. Smith and Mrs Brown', '[NAME] and [NAME]'],
    ['mrs brown never replied', '[NAME] never replied'],
    ['The Head (Mr Jones) refused', 'The Head ([NAME]) refused'],
    ['Prof Okafor-Ndukwe', '[NAME]'],
    ['MRS PATEL IGNORED US', '[NAME] IGNORED US'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'the dr said wait',
    'I miss the old SENCO',
    'Thank you Miss',
    'I Miss School',
    'yes sir',
  ])('reads %j as ordinary words', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('known first names and surnames', () => {
  it.each([
    ['jack has autism', '[NAME] has autism'],
    ["Freddie's EHCP is late", "[NAME]'s EHCP is late"],
    ['Aoife’s TA is great', '[NAME]’s TA is great'],
    ['Sarah-Jane at IASK', '[NAME] at IASK'],
    ['Siân Williams and Zoë Adeyemi', '[NAME] and [NAME]'],
    ['JACK HAS AUTISM', '[NAME] HAS AUTISM'],
    ['thanks Lisa 😊 Amelia loves it', 'thanks [NAME] 😊 [NAME] loves it'],
    ['we saw Okafor last week', 'we saw [NAME] last week'],
    ["O'Brien said no", '[NAME] said no'],
    ['Kwabena has been waiting', '[NAME] has been waiting'],
    ['Contact Jo Bloggs on the number below', 'Contact [NAME] on the number below'],
    ['Kind regards, Ngozi Okonkwo', 'Kind regards, [NAME]'],
    ['Thanks for listening\n- Becca', 'Thanks for listening\n- [NAME]'],
    ['Our SENCO (Mrs Gill) is fab', 'Our SENCO ([NAME]) is fab'],
    ['The school nurse, Wendy, has been brilliant', 'The school nurse, [NAME], has been brilliant'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('takes everyday-word names in mid-sentence but not at the start of a sentence', () => {
    expect(redact('we asked if Grace could have a TA')).toBe('we asked if [NAME] could have a TA');
    expect(redact('Hope is all we have left')).toBe('[NAME] is all we have left');
    expect(redact('Will anyone help? Grace under pressure is hard')).toBe(
      'Will anyone help? Grace under pressure is hard',
    );
  });
});

describe('capitals that are not names', () => {
  it.each([
    'We Hope Things Will Improve Soon',
    'The Education Health and Care Plan is Not Worth The Paper It Is Written On',
    'NOBODY LISTENS AND NOBODY CARES',
    'the Disabled Facilities Grant took a year',
    'Camhs, Senco, Ehcp: all useless',
    'and I Will keep fighting',
    'Dont know what else to do. Thankyou for asking',
    'The Speech and Language Therapist and the Paediatrician',
    'Autism Outreach and Portage were brilliant',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('first-name data', () => {
  it('is lower-case, free of duplicates and apart from the word-like names', () => {
    const first = new Set(FIRST_NAMES);
    expect(first.size).toBe(FIRST_NAMES.length);
    expect(FIRST_NAMES.length).toBeGreaterThanOrEqual(500);
    for (const name of [...FIRST_NAMES, ...WORD_NAMES]) expect(name).toBe(name.toLowerCase());
    expect(WORD_NAMES.filter((name) => first.has(name))).toEqual([]);
  });

  it('spans the cultures of UK families', () => {
    for (const name of ['oliver', 'aisha', 'priya', 'kwame', 'zofia', 'niamh', 'dafydd', 'yusuf']) {
      expect(FIRST_NAMES).toContain(name);
    }
  });
});
