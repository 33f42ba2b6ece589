// What an administrator relies on: stored hashes carry scrypt's cost and salt, never the password,
// and a cheaper hash is redone at the standard cost the next time its owner signs in.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import {
  costFor,
  FAST_COST,
  hashPassword,
  needsRehash,
  STANDARD_COST,
  verifyPassword,
} from './passwords.ts';

const PASSWORD = 'correct horse battery staple';

describe('password hashes', () => {
  it('are salted scrypt strings in the PHC format that verify only the right password', async () => {
    const [a, b] = await Promise.all([
      hashPassword(PASSWORD, FAST_COST),
      hashPassword(PASSWORD, FAST_COST),
    ]);
    expect(a).toMatch(/^\$scrypt\$ln=8,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'not a hash')).toBe(false);
  });

  it('use a memory-hard standard cost: N = 2^15, r = 8 (32 MiB)', async () => {
    const stored = await hashPassword(PASSWORD, STANDARD_COST);
    expect(stored.startsWith('$scrypt$ln=15,r=8,p=1$')).toBe(true);
    expect(128 * 2 ** STANDARD_COST.ln * STANDARD_COST.r).toBe(32 * 1024 * 1024);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });

  it('made at a cheaper cost are flagged for rehashing; standard ones are not', async () => {
    const cheap = await hashPassword(PASSWORD, FAST_COST);
    const standard = await hashPassword(PASSWORD, STANDARD_COST);
    expect(needsRehash(cheap, STANDARD_COST)).toBe(true);
    expect(needsRehash(standard, STANDARD_COST)).toBe(false);
    expect(needsRehash('garbage', STANDARD_COST)).toBe(true);
  });

  it('refuse a stored cost so large that one sign-in would exhaust memory', async () => {
    const huge = (await hashPassword(PASSWORD, FAST_COST)).replace('ln=8', 'ln=30');
    expect(await verifyPassword(PASSWORD, huge)).toBe(false);
  });
});

describe('the hashing setting', () => {
  it('is standard unless PASSWORD_HASHING or NODE_ENV=test asks for fast', () => {
    expect(costFor(loadConfig({}).passwordHashing)).toEqual(STANDARD_COST);
    expect(costFor(loadConfig({ NODE_ENV: 'production' }).passwordHashing)).toEqual(STANDARD_COST);
    expect(costFor(loadConfig({ NODE_ENV: 'test' }).passwordHashing)).toEqual(FAST_COST);
    expect(
      costFor(loadConfig({ NODE_ENV: 'test', PASSWORD_HASHING: 'standard' }).passwordHashing),
    ).toEqual(STANDARD_COST);
    expect(() => loadConfig({ PASSWORD_HASHING: 'none' })).toThrow(/PASSWORD_HASHING/);
  });
});
