import { describe, expect, it } from 'vitest';
import { ALLOW_LIST, redact, redactDetailed } from './redact.ts';

describe('redact: the examples the engagement team gave', () => {
  it.each([
    ['my son Jack has autism', 'my son [NAME] has autism'],
    ['Jack has autism', '[NAME] has autism'],
    ['Mrs Patel the SENCO was brilliant', '[NAME] the SENCO was brilliant'],
    ['Dr. Okafor said he would refer us', '[NAME] said he would refer us'],
    ['Miss Hughes went above and beyond', '[NAME] went above and beyond'],
    ['Sarah Jones from the council never rang back', '[NAME] from the council never rang back'],
    ['my daughter emily is non verbal', 'my daughter [NAME] is non verbal'],
    ["Jack's TA left in October", "[NAME]'s TA left in October"],
    ['email me on jo.bloggs+send@gmail.com', 'email me on [EMAIL]'],
    ['ring 07700 900123 any time', 'ring [PHONE] any time'],
    ['we are in SW1A 1AA', 'we are in [POSTCODE]'],
    ['his NHS number is 943 476 5919', 'his NHS number is [NHS_NUMBER]'],
    ['Flat 3, 45 High Street', '[ADDRESS]'],
    ['see www.example.org for the forms', 'see [URL] for the forms'],
    ['born 12/03/2015', 'born [DATE]'],
    ["St Mary's Primary were amazing", '[SCHOOL] were amazing'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: answers written as parents write them', () => {
  it('handles a long rambling answer with several kinds of detail', () => {
    const answer =
      'honestly where do i start. my son Alfie (8) was diagnosed with ASD by Dr Shah at the CDC in ' +
      '2021 and we STILL havent got an EHCP!!! his teacher Miss Kowalczyk is lovely but the SENCO ' +
      'wont return calls. Ive emailed senco@oakfield.sch.uk about 20 times. we live at 14a Church ' +
      'Lane, B33 8TH so the nearest special school is miles away 😭 ring me 0121 496 0000';
    const out = redact(answer);
    for (const secret of [
      'Alfie',
      'Shah',
      'Kowalczyk',
      'oakfield.sch',
      'Church Lane',
      'B33',
      '0121',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('my son [NAME] (8) was diagnosed with ASD by [NAME] at the CDC');
    expect(out).toContain('his teacher [NAME] is lovely but the SENCO');
    expect(out).toContain('we live at [ADDRESS], [POSTCODE] so the nearest special school');
    expect(out).toContain('😭 ring me [PHONE]');
  });

  it.each([
    ['ds Harrison and dd Poppy are both autistic', ['Harrison', 'Poppy']],
    ['My son, Muhammad, is 9 and has been out of school since September', ['Muhammad']],
    ['a boy called jayden bullied him every day', ['jayden']],
    ['the senco ms okonkwo is rude and wont listen', ['okonkwo']],
    ['His name is Kwabena and he loves trains', ['Kwabena']],
    ['we saw Dr Adebayo-Smith and Mr J. Thompson at the review', ['Adebayo', 'Thompson']],
    ['Okafor the SENCO told us to go private', ['Okafor']],
    ['MY DAUGHTER AMELIA HAS WAITED 2 YEARS', ['AMELIA']],
    ['Thank you Lisa at IASK 💜 you saved us', ['Lisa']],
    ['freya has been excluded 4 times this term', ['freya']],
    ['The TA, Zainab, is the only one who gets him', ['Zainab']],
    ['Sarah Brown and Tom Smith from the SEN team', ['Sarah', 'Brown', 'Tom', 'Smith']],
  ])('leaks nothing from %j', (input, secrets) => {
    const out = redact(input);
    for (const secret of secrets) expect(out).not.toContain(secret);
    expect(out).toContain('[NAME]');
  });

  it.each([
    'The Local Offer website is useless',
    'I Am So Tired',
    'Nothing. Absolutely NOTHING works.',
    'Please just answer the phone.',
    'The school NEVER listens to parents',
    'SENDIASS and IASK helped with the Tribunal, CAMHS did not',
    'Early Help and the Educational Psychologist were good, the Council was not',
    'We waited from January to June for Portage and SALT',
    'ADHD, ASD, PDA and OCD are not the same thing',
    'Will they ever listen? May I suggest they read the EHCP',
    'I hope grace and patience are enough',
    'My Mum and Nan do the school run on Monday',
    'The Paediatrician and the Behaviour Support Team were excellent',
    'we have waited 2 years down the road for a place',
    "Covid made everything worse, Zoom and Teams meetings don't work for him",
    'special school is great, mainstream school failed him',
    'He is in Y6 2nd term and the SATs are in May',
    'Ofsted and the CQC found nine areas of weakness in England',
    'Christmas and Easter holidays are the hardest',
    'I miss the old SENCO so much',
  ])('keeps %j intact', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('leaves answers with nothing to redact exactly as typed, spacing and emoji included', () => {
    const input = 'nothing works  \n\n- no replies\n- no plan 😡😡\ttbh';
    expect(redact(input)).toBe(input);
  });

  it('is stable when run on its own output', () => {
    const input = 'my son Jack (jack@x.com, 07700 900123) goes to Oakfield Academy';
    const once = redact(input);
    expect(redact(once)).toBe(once);
  });
});

describe('redactDetailed', () => {
  it('reports what it replaced and with which marker', () => {
    const result = redactDetailed('Mrs Patel emailed jo@school.org about 12 Elm Road');
    expect(result.text).toBe('[NAME] emailed [EMAIL] about [ADDRESS]');
    expect(result.found).toEqual(
      expect.arrayContaining([
        { kind: 'NAME', original: 'Mrs Patel' },
        { kind: 'EMAIL', original: 'jo@school.org' },
        { kind: 'ADDRESS', original: '12 Elm Road' },
      ]),
    );
    expect(result.found).toHaveLength(3);
  });

  it('finds nothing in an answer without identifying details', () => {
    expect(redactDetailed('The Local Offer is hard to use.').found).toEqual([]);
  });
});

describe('ALLOW_LIST', () => {
  it('holds the domain words the team listed', () => {
    for (const word of [
      'Local Offer',
      'SENCO',
      'SENDIASS',
      'IASK',
      'PACT',
      'CAMHS',
      'Portage',
      'EHCP',
    ]) {
      expect(ALLOW_LIST).toContain(word);
    }
  });
});
