import { describe, expect, it } from 'vitest';
import { approvedWords, excerptOf } from './quote-excerpt.ts';

const answer =
  'The new caseworker rang back the same day, which never happened before. [NAME] finally has a ' +
  'plan that names the help he needs.\nStill waiting on speech therapy though.';

describe('shortened quotes', () => {
  it('accepts one excerpt, or several in order joined by an ellipsis', () => {
    expect(excerptOf('The new caseworker rang back the same day', answer)).toBe(
      'The new caseworker rang back the same day',
    );
    expect(
      excerptOf('The new caseworker rang back the same day … [NAME] finally has a plan', answer),
    ).toBe('The new caseworker rang back the same day … [NAME] finally has a plan');
  });

  it('takes three dots for the ellipsis and ignores line breaks and extra spaces', () => {
    expect(excerptOf('rang  back...Still waiting on speech therapy', answer)).toBe(
      'rang back … Still waiting on speech therapy',
    );
    expect(excerptOf('he needs. Still waiting', answer)).toBe('he needs. Still waiting');
  });

  it('refuses words the parent did not write', () => {
    expect(excerptOf('The new caseworker rang back', answer)).not.toBeNull();
    expect(excerptOf('The new caseworker never rang back', answer)).toBeNull();
    expect(excerptOf('The council was brilliant', answer)).toBeNull();
  });

  it('refuses parts out of order, cut words and cut markers', () => {
    expect(excerptOf('Still waiting … The new caseworker', answer)).toBeNull();
    expect(excerptOf('happened', answer)).not.toBeNull();
    expect(excerptOf('appened before', answer)).toBeNull();
    expect(excerptOf('the same d', answer)).toBeNull();
    expect(excerptOf('NAME] finally has a plan', answer)).toBeNull();
    expect(excerptOf('[NAM', answer)).toBeNull();
  });

  it('refuses an empty quote', () => {
    expect(excerptOf(' … ', answer)).toBeNull();
    expect(excerptOf('', answer)).toBeNull();
  });
});

describe('the words a report publishes', () => {
  it('is the excerpt while the answer still holds it, else nothing', () => {
    expect(approvedWords(answer, undefined)).toBe(answer);
    expect(approvedWords(answer, 'Still waiting on speech therapy')).toBe(
      'Still waiting on speech therapy',
    );
    // Redacted afresh, the answer now masks a word the excerpt kept: nobody approved the new words.
    const again = answer.replace('speech therapy', '[NAME] therapy');
    expect(approvedWords(again, 'Still waiting on speech therapy')).toBeNull();
  });
});
