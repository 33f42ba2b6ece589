// Password hashing with scrypt (memory-hard, in node:crypto). The stored string carries its own
// salt and cost, so the cost can be raised later: older hashes still verify and are upgraded at
// the person's next sign-in.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N, scrypt's CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** About 32 MiB and 0.1 to 0.2 s per hash on the 2-core server. */
export const STANDARD_COST: ScryptCost = { ln: 15, r: 8, p: 1 };
/** For the test suite only (NODE_ENV=test): a few milliseconds. */
export const FAST_COST: ScryptCost = { ln: 8, r: 8, p: 1 };

export const costFor = (hashing: 'standard' | 'fast') =>
  hashing === 'fast' ? FAST_COST : STANDARD_COST;

const KEY_BYTES = 32;
const FORMAT =
  /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function derive(password: string, salt: Buffer, cost: ScryptCost, bytes: number): Promise<Buffer> {
  const N = 2 ** cost.ln;
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128 * N * r or Node refuses the standard cost.
    const options = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
    scrypt(password.normalize('NFC'), salt, bytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (unpadded base64, as in the PHC string format). */
export async function hashPassword(password: string, cost: ScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(key)}`;
}

function parse(stored: string) {
  const m = FORMAT.exec(stored);
  if (!m) return undefined;
  const cost = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // A corrupted row must not make one sign-in allocate gigabytes.
  if (cost.ln < 1 || cost.ln > 20 || cost.r < 1 || cost.p < 1) return undefined;
  return { cost, salt: Buffer.from(m[4] ?? '', 'base64'), key: Buffer.from(m[5] ?? '', 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash is cheaper than the current cost and should be redone. */
export function needsRehash(stored: string, cost: ScryptCost): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const work = (c: ScryptCost) => 2 ** c.ln * c.r * c.p;
  return work(parsed.cost) < work(cost);
}

const MIN_LENGTH = 12;
const MAX_LENGTH = 1000;

/**
 * NCSC-style: long enough, no composition rules. Returns the reason a password is refused, or
 * undefined when it is acceptable.
 */
export function passwordProblem(password: string, email: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_LENGTH) return `The password must be at least ${MIN_LENGTH} characters long.`;
  if (length > MAX_LENGTH) return `The password must be at most ${MAX_LENGTH} characters long.`;
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return 'The password must not be the e-mail address.';
  }
  return undefined;
}
