// Receipt codes for tests: deterministic, distinct per seed, in the alphabet the page uses.
import { ALPHABET } from '../../server/access-codes.ts';

/** A well-formed receipt code (XXXX-XXXX-XXXX-XXXX-XXXX), a different one for each seed. */
export function receiptCode(seed: number): string {
  let state = (seed * 2654435761 + 12345) >>> 0;
  let code = '';
  for (let i = 0; i < 20; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    code += ALPHABET[(state >>> 16) & 31];
  }
  return (code.match(/.{4}/g) ?? []).join('-');
}
