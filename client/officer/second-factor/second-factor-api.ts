// Calls of signing in in steps (password, then a code or setting one up) and of setting up a
// second factor. After a session starts, loadSession() fetches its CSRF token into officer-api.
import { z } from 'zod';
import { call, loadSession, type Result } from '../officer-api.ts';

const stepSchema = z.object({
  next: z.enum(['second_factor', 'enrol']),
  pendingToken: z.string(),
});
const signedInSchema = z.object({ user: z.object({ id: z.string() }) });
const setupSchema = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export type SecondFactorSetup = z.infer<typeof setupSchema>;
const codesSchema = z.object({ recoveryCodes: z.array(z.string()) });
const statusSchema = z.object({
  enrolled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number(),
});

export type PasswordStep = z.infer<typeof stepSchema> | { next: 'signed_in' };

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

export function signInWithPassword(email: string, password: string) {
  return call(
    '/api/session',
    (b): PasswordStep | undefined =>
      stepSchema.safeParse(b).data ??
      (signedInSchema.safeParse(b).success ? { next: 'signed_in' } : undefined),
    post({ email, password }),
  );
}

/** The session's user and CSRF token, once a step has started it. */
async function sessionAfter<T>(result: Result<T>) {
  if (!result.ok) return result;
  const session = await loadSession();
  return session.ok ? { ...session, value: { user: session.value, extra: result.value } } : session;
}

export const sendCode = async (pendingToken: string, code: string) =>
  sessionAfter(
    await call(
      '/api/session/second-factor',
      (b) => signedInSchema.safeParse(b).data,
      post({ pendingToken, code }),
    ),
  );

export const startPendingSetup = (pendingToken: string) =>
  call('/api/session/enrolment', (b) => setupSchema.safeParse(b).data, post({ pendingToken }));

export const confirmPendingSetup = async (pendingToken: string, code: string) =>
  sessionAfter(
    await call(
      '/api/session/enrolment/confirm',
      (b) => codesSchema.safeParse(b).data,
      post({ pendingToken, code }),
    ),
  );

export const fetchOwnSecondFactor = () =>
  call('/api/session/own-second-factor', (b) => statusSchema.safeParse(b).data);

export const startOwnSetup = () =>
  call('/api/session/own-second-factor', (b) => setupSchema.safeParse(b).data, { method: 'POST' });

export const confirmOwnSetup = (code: string) =>
  call(
    '/api/session/own-second-factor/confirm',
    (b) => codesSchema.safeParse(b).data,
    post({ code }),
  );

export const fetchSignInOptions = () =>
  call(
    '/api/session/options',
    (b) => z.object({ organisationSignIn: z.boolean() }).safeParse(b).data,
  );
