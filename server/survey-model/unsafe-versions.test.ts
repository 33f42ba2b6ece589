// Versions that could harm the server are closed or refused: a designer's pattern that can
// backtrack, a question named like a built-in; and a shared model left broken is rebuilt.
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

describe('a shared model left broken', () => {
  it('is rebuilt, so the next parent is checked against a clean model', async () => {
    const { referenceVerdict } = await import('./validate-answers.ts');
    const version = compileVersion({
      id: 'v2',
      version: 1,
      definition: JSON.stringify({
        elements: [
          { type: 'matrixdynamic', name: 'people', columns: [{ name: 'age', cellType: 'text' }] },
          { type: 'text', name: 'town', isRequired: true },
        ],
      }),
      settings: '{}',
    });
    expect(version.validatorPath).toBe('reference');
    const broken = version.model;
    Object.defineProperty(broken, 'data', {
      set() {
        throw new Error('model broken');
      },
    });
    expect(() => referenceVerdict(version, { town: 'Leeds' })).toThrow('model broken');
    expect(version.model).not.toBe(broken);
    expect(referenceVerdict(version, { town: 'Leeds' }).ok).toBe(true);
    expect(referenceVerdict(version, {}).ok).toBe(false);
    expect(version.model.data).toEqual({});
  });

  it('closes a stored version with a question named like a built-in', () => {
    const compiled = compileVersion({
      id: 'v3',
      version: 1,
      definition: JSON.stringify({ elements: [{ type: 'text', name: 'constructor' }] }),
      settings: '{}',
    });
    expect(compiled.unavailableReason).toContain('constructor');
  });
});
