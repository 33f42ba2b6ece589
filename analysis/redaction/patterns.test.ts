// Contact details, addresses, dates and schools: each format parents use, and the look-alikes
// (years, times, year groups, distances) that must survive.
import { describe, expect, it } from 'vitest';
import { redact } from './redact.ts';

const only = (kind: string, inputs: string[]) =>
  inputs.map((value) => [value, `call [${kind}] today`, `call ${value} today`] as const);

describe('phone numbers', () => {
  it.each(
    only('PHONE', [
      '07700 900123',
      '07700900123',
      '07700 900 123',
      '07700-900-123',
      '+44 7700 900123',
      '+447700900123',
      '+44 (0)7700 900123',
      '0044 7700 900123',
      '(01632) 960000',
      '01632 960000',
      '020 7946 0000',
      '0161 496 0000',
      '0800 123 4567',
      '077 009 00123',
      '07700 90 01 23',
    ]),
  )('redacts %s', (_value, expected, input) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'we waited from 2019 to 2023',
    'ages 0 to 25',
    'he is 07 years old',
    'pick up at 3.15pm',
    'it cost £1,250 a term',
    'plan issued 01/02/2023',
    'sessions at 09.30 10.30 11.30 and 13.30',
  ])('leaves %j alone', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('NHS numbers', () => {
  it.each(['943 476 5919', '943-476-5919', '9434765919'])('redacts %s', (value) => {
    expect(redact(`NHS no ${value} on the letter`)).toBe('NHS no [NHS_NUMBER] on the letter');
  });

  it('leaves shorter and longer numbers', () => {
    expect(redact('ref 123456789 and 12345678901')).toBe('ref 123456789 and 12345678901');
  });
});

describe('postcodes', () => {
  it.each(['SW1A 1AA', 'm1 1ae', 'B33 8TH', 'B338TH', 'CR2 6XH', 'sw1a1aa', 'EH1 2NG'])(
    'redacts %s',
    (value) => {
      expect(redact(`we are in ${value}.`)).toBe('we are in [POSTCODE].');
    },
  );

  it.each([
    'he is in Y6 2nd term',
    'KS2 SATs',
    'Year 6 4pm pickup',
    'Covid19 lockdown',
    'B12 injections',
  ])('leaves %j alone', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('emails and web addresses', () => {
  it.each([
    ['write to sarah_smith@hotmail.co.uk.', 'write to [EMAIL].'],
    ['SENCO@Oakfield.sch.uk never replies', '[EMAIL] never replies'],
    ['see https://www.example.gov.uk/send?x=1, page 3', 'see [URL], page 3'],
    ['(http://example.org/a/b)', '([URL])'],
    ['join facebook.com/groups/sendparents for help', 'join [URL] for help'],
    ['the site is localoffer.example.org', 'the site is [URL]'],
    ['message me @jackmum_2015 on insta', 'message me [URL] on insta'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'nobody replied.Then they closed the case',
    'e.g. the EHCP, i.e. the plan',
    'about 2.5 hours',
  ])('leaves %j alone', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('street addresses', () => {
  it.each([
    ['we live at 12 Elm Road now', 'we live at [ADDRESS] now'],
    ['Flat 3, 45 High Street', '[ADDRESS]'],
    ['14a Church Lane, B33 8TH', '[ADDRESS], [POSTCODE]'],
    ['at 7 the crescent', 'at 7 the crescent'],
    ['send it to 221 baker street', 'send it to [ADDRESS]'],
    ['we live on Elm Road, by the park', 'we live on [ADDRESS], by the park'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'we waited 2 years down the road for help',
    'a 20 minute drive each way',
    'all 3 schools close at 3',
    'it is a 2 way street, they need to listen',
    'he walks 2 miles up the lane',
  ])('leaves %j alone', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('dates of birth', () => {
  it.each([
    ['born 12/03/2015', 'born [DATE]'],
    ['DOB 12.3.15', 'DOB [DATE]'],
    ['he was born on the 4th of July 2016', 'he was born on the [DATE]'],
    ['date of birth: 3 March 2014', 'date of birth: [DATE]'],
    ['born in March 2015', 'born in [DATE]'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('keeps a year on its own and dates that are not birthdays', () => {
    const input = 'born in 2015, the plan was due 12/03/2023';
    expect(redact(input)).toBe(input);
  });
});

describe('schools', () => {
  it.each([
    ["he went to St Mary's Primary", 'he went to [SCHOOL]'],
    ["St Mary's CE Primary School", '[SCHOOL]'],
    ['Oakfield Academy excluded him', '[SCHOOL] excluded him'],
    ['moved to Greenfields School in Y4', 'moved to [SCHOOL] in Y4'],
    ['my son loves oakfield primary', 'my son loves [SCHOOL]'],
    ['Thornbury High was a disaster', '[SCHOOL] was a disaster'],
    ['The Meadows Academy', 'The [SCHOOL]'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'special school is great, mainstream school failed',
    'A Special School place took 2 years',
    'the local primary was fine',
    'Forest school is lovely',
    'no ASD school near us',
    'I Miss School',
    'his needs are very high',
    'Sixth Form College said no',
  ])('leaves %j alone', (input) => {
    expect(redact(input)).toBe(input);
  });
});
