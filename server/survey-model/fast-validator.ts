import type { ModelParts } from './compiled-version.ts';
import type { ValidationResult } from './validate-answers.ts';

export type FastValidator = (answers: Record<string, unknown>) => ValidationResult;

export function compileFastValidator(
  _json: Record<string, unknown>,
  _parts: ModelParts,
): { validator?: FastValidator; reason?: string } {
  return { reason: 'not compiled yet' };
}
