import { describe, expect, it } from 'vitest';
import {
  documentFromForm,
  formFromDocument,
  formProblems,
  idFromLabel,
  newTheme,
} from './codebook-form.ts';

const document = {
  id: 'send-default',
  version: 3,
  name: 'SEND',
  themes: [{ id: 'waiting', label: 'Waiting', strong: ['wait*', 'delay'], weak: ['slow'] }],
};

describe('the codebook form', () => {
  it('turns keyword lists into lines and back without changing the document', () => {
    const form = formFromDocument(document);
    expect(form.themes[0]?.strong).toBe('wait*\ndelay');
    expect(documentFromForm(form)).toEqual({
      ...document,
      themes: [
        {
          id: 'waiting',
          label: 'Waiting',
          description: '',
          strong: ['wait*', 'delay'],
          weak: ['slow'],
          exclude: [],
          examples: [],
        },
      ],
    });
  });

  it('gives a new theme an id from its label that no other theme has', () => {
    const form = formFromDocument(document);
    const added = { ...newTheme(), label: 'Waiting', strong: '  queue \n\n' };
    const themes = documentFromForm({ ...form, themes: [...form.themes, added] }).themes as {
      id: string;
      strong: string[];
    }[];
    expect(themes[1]).toMatchObject({ id: 'waiting_2', strong: ['queue'] });
    expect(idFromLabel('Short breaks & respite!', new Set())).toBe('short_breaks_respite');
    expect(idFromLabel('2 schools', new Set())).toBe('schools');
  });

  it('names what to fix before a change is sent', () => {
    const form = formFromDocument(document);
    expect(formProblems(form)).toEqual([]);
    const unnamed = { ...newTheme(), strong: 'x'.repeat(121) };
    expect(formProblems({ ...form, themes: [...form.themes, unnamed] })).toEqual([
      'Theme number 2 needs a name.',
      'Theme number 2 has a strong words line longer than 120 characters.',
    ]);
  });
});

describe('keywords the tagger could not use', () => {
  it('are named one by one, with the theme, the list and what is wrong', () => {
    const form = formFromDocument(document);
    const waiting = form.themes[0];
    if (!waiting) throw new Error('theme missing');
    const bad = { ...waiting, strong: 'wait*\nth*\n"waiting list"', exclude: 'no wait\n#months' };
    expect(formProblems({ ...form, themes: [bad] })).toEqual([
      'Theme "Waiting", strong words, line ‘th*’: put at least 3 letters before *, or it matches too many words.',
      'Theme "Waiting", strong words, line ‘"waiting list"’: put double quotes round one word at a time.',
      'Theme "Waiting", words that cancel a match, line ‘#months’: # stands on its own for a number, as in "took # months".',
    ]);
  });
});
