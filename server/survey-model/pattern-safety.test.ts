// A designer's pattern that can backtrack never runs on answers: refused at import and in survey
// files, and a version stored before the check existed is closed to answers instead.
import { describe, expect, it } from 'vitest';
import { createTestApp, writeSurveysDir } from '../../tests/support/test-app.ts';
import { compileVersion } from './compiled-version.ts';
import { findPatterns, unsafePatterns } from './pattern-safety.ts';

const withPattern = (regex: string) => ({
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'text', name: 'ok', validators: [{ type: 'regex', regex: '^[0-9]{5}$' }] },
        {
          type: 'matrixdropdown',
          name: 'grid',
          rows: ['a'],
          columns: [{ name: 'cell', cellType: 'text', validators: [{ type: 'regex', regex }] }],
        },
      ],
    },
  ],
});

describe('regular expressions in definitions', () => {
  it('finds patterns at any depth, named after their nearest element', () => {
    expect(findPatterns(withPattern('^x$')).map((p) => p.question)).toEqual(['ok', 'cell']);
  });

  it('refuses nested quantifiers and accepts simple patterns', () => {
    expect(unsafePatterns(withPattern('^(a+)+$')).map((p) => p.question)).toEqual(['cell']);
    expect(unsafePatterns(withPattern('^(a|a)*$'))).toHaveLength(1);
    expect(unsafePatterns(withPattern('^[a-z]+$'))).toEqual([]);
  });

  it('closes a stored version whose pattern is unsafe, naming the question', () => {
    const compiled = compileVersion({
      id: 'v1',
      version: 1,
      definition: JSON.stringify(withPattern('^(a+)+$')),
      settings: '{}',
    });
    expect(compiled.unavailableReason).toContain('"cell"');
  });

  it('stops start-up on a survey file with an unsafe pattern, naming file and question', async () => {
    const dir = writeSurveysDir([
      { slug: 'risky', title: 'Risky', status: 'open', json: withPattern('^(a+)+$') },
    ]);
    await expect(createTestApp({ surveysDir: dir })).rejects.toThrow(/risky\.json.*"cell"/);
  });
});
