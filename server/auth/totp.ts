// Time-based one-time passwords (RFC 6238, as authenticator apps expect: SHA-1, 6 digits, 30 s)
// through otpauth, and the one-time recovery codes given at enrolment.
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { sha256Hex } from './secrets.ts';

const ISSUER = 'SEND Voice';
const PERIOD_SECONDS = 30;
/** One step either side: a phone's clock a little off, or a code typed as it changed. */
const WINDOW = 1;

const totpFor = (secret: string, email: string) =>
  new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** 160 random bits, as RFC 4226 recommends, in base32. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export const otpauthUrl = (secret: string, email: string) => totpFor(secret, email).toString();

/** The 30-second step the code belongs to, or undefined when it is not a current code. */
export function matchingStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const timestamp = now.getTime();
  const delta = totpFor(secret, '').validate({ token, timestamp, window: WINDOW });
  if (delta === null) return undefined;
  return Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
}

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: the codes are read off paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** xxxxx-xxxxx: 10 characters from 31, about 50 bits each. */
export function newRecoveryCodes(): string[] {
  const one = () =>
    Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = one().join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Spaces, hyphens and case do not matter when a recovery code is typed. */
export const hashRecoveryCode = (code: string) =>
  sha256Hex(`recovery:${code.replace(/[\s-]+/g, '').toLowerCase()}`);

export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code.replace(/\s+/g, ''));
