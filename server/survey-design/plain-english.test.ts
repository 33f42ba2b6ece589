import { describe, expect, it } from 'vitest';
import { plainEnglishIssues, readingAge, sentencesOf } from './plain-english.ts';

const codes = (texts: string[]) =>
  plainEnglishIssues(texts.map((text) => ({ text, question: 'q' }))).issues.map((i) => i.code);

describe('plain-English hints', () => {
  it('flag sentences over 25 words, one warning per sentence', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    expect(codes([long])).toEqual(['long_sentence']);
    expect(codes([`${'word '.repeat(25).trim()}.`])).toEqual([]);
    expect(codes([`${long} Short one. ${long}`])).toEqual(['long_sentence', 'long_sentence']);
  });

  it('flag SEND acronyms until they are spelled out somewhere in the survey', () => {
    expect(codes(['Does your child have an EHCP?'])).toEqual(['unexplained_acronym']);
    expect(codes(['Does your child have an education, health and care plan (EHCP)?'])).toEqual([]);
    expect(
      codes(['Have you used CAMHS?', 'Child and adolescent mental health services help.']),
    ).toEqual([]);
    const send = 'Special educational needs and disabilities (SEND) matter.';
    expect(codes([send, 'Ask the SENCO: the person who leads on SEND in a school.'])).toEqual([]);
    expect(codes(['Ask the SENCO about SEND.'])).toEqual([
      'unexplained_acronym',
      'unexplained_acronym',
    ]);
  });

  it('accept an unknown acronym explained in brackets, and leave well-known ones alone', () => {
    expect(codes(['The short breaks team (SBT) can help. Call the SBT.'])).toEqual([]);
    expect(codes(['Call the SBT.'])).toEqual(['unexplained_acronym']);
    expect(codes(['Ask your GP or the NHS. Do NOT wait.'])).toEqual([]);
  });

  it('accept an acronym spelled out just before it, in the same brackets or sentence', () => {
    const acronyms = (texts: string[]) => codes(texts).filter((c) => c === 'unexplained_acronym');
    expect(acronyms(['Autism (autistic spectrum disorder, ASD)'])).toEqual([]);
    expect(
      acronyms(['Autism spectrum condition (ASC or ASD)', 'Waiting for an ASD diagnosis']),
    ).toEqual([]);
    expect(acronyms(['Help from speech and language therapy, SALT, at school'])).toEqual([]);
    expect(acronyms(['Autism (ASD)', 'Is your child waiting for ADHD tests?'])).toEqual([
      'unexplained_acronym',
    ]);
    expect(acronyms(['Does your child have ASD?'])).toEqual(['unexplained_acronym']);
  });

  it('report each acronym once, however often it appears', () => {
    expect(codes(['Do you have an EHCP?', 'Was the EHCP on time?'])).toEqual([
      'unexplained_acronym',
    ]);
  });

  it('suggest everyday words for jargon', () => {
    const { issues } = plainEnglishIssues([{ text: 'How good is the provision?', question: 'q' }]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'jargon', question: 'q', severity: 'warning' }),
    ]);
    expect(issues[0]?.message).toContain('support');
  });

  it('estimate a higher reading age for long words and sentences', () => {
    const simple = readingAge(['Is the bus on time? Do you like it?']);
    const hard = readingAge([
      'Notwithstanding multidisciplinary considerations, the authority’s statutory responsibilities necessitate comprehensive documentation.',
    ]);
    expect(simple).toBe(5);
    expect(hard).toBeGreaterThan(18);
    expect(readingAge([''])).toBeNull();
    expect(
      codes([
        'Notwithstanding multidisciplinary considerations, comprehensive documentation necessitates deliberation.',
      ]),
    ).toContain('reading_age');
  });

  it('split sentences at full stops and line breaks, ignoring HTML tags', () => {
    expect(sentencesOf('<p>One two.</p>\nThree four! Five?')).toEqual([
      'One two.',
      'Three four!',
      'Five?',
    ]);
  });
});
