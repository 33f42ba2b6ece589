// Sign-in through the council's identity provider (OpenID Connect, authorization code flow with
// PKCE, state and nonce). The provider says who the person is; the app still decides what they
// may do: only an existing, enabled account with the same verified e-mail is signed in, with the
// role it has here. The provider is trusted for the second factor, so no TOTP code is asked for.
import * as client from 'openid-client';
import { audit } from '../../db/audit-repository.ts';
import {
  deleteExpiredSignIns,
  insertOidcSignIn,
  takeOidcSignIn,
} from '../../db/pending-sign-ins-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { findUserByEmail } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { OidcConfig } from '../config.ts';
import { newSecret, normaliseEmail, sha256Hex } from './secrets.ts';
import { type NewSessionTokens, startSession } from './session-start.ts';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

/** Time to sign in at the provider (perhaps with its own second factor) and come back. */
const FLOW_LIFETIME_MS = 10 * 60_000;

export type OidcProblem =
  | 'expired'
  | 'provider_unavailable'
  | 'provider_refused'
  | 'email_not_verified'
  | 'no_account';

export type OidcOutcome =
  | ({ kind: 'signed_in' } & NewSessionTokens)
  | { kind: 'refused'; problem: OidcProblem };

/** The provider's metadata, fetched once and again only after a failure. */
export function oidcClient(oidc: OidcConfig) {
  let configuration: Promise<client.Configuration> | undefined;
  return function configurationOf(): Promise<client.Configuration> {
    if (!configuration) {
      const issuer = new URL(oidc.issuer);
      const options =
        issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
      configuration = client.discovery(
        issuer,
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        options,
      );
      configuration.catch(() => {
        configuration = undefined;
      });
    }
    return configuration;
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;

/**
 * Stores the flow's checks under a hash of a new browser key (the caller puts the key in a
 * cookie, which ties the callback to the browser that started) and returns the provider's URL.
 */
export async function beginOidcSignIn(deps: Deps, oidc: OidcConfig, configuration: OidcClient) {
  const config = await configuration();
  const browserKey = newSecret();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const expiresAt = new Date(deps.now().getTime() + FLOW_LIFETIME_MS).toISOString();
  // Sites signing in only through their provider never run the password path's clean-up.
  await deleteExpiredSignIns(deps.db, deps.now().toISOString());
  await insertOidcSignIn(deps.db, {
    id: sha256Hex(browserKey),
    state,
    nonce,
    code_verifier: codeVerifier,
    expires_at: expiresAt,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUrl,
    scope: 'openid email',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { browserKey, url: url.href };
}

interface Identity {
  email?: unknown;
  email_verified?: unknown;
}

async function identityFrom(
  config: client.Configuration,
  callback: URL,
  checks: {
    state: string;
    nonce: string;
    codeVerifier: string;
  },
): Promise<Identity> {
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  if (claims.email !== undefined) {
    return { email: claims.email, email_verified: claims.email_verified };
  }
  // Many providers put the e-mail only in userinfo unless the ID token is asked to carry it.
  return client.fetchUserInfo(config, tokens.access_token, claims.sub);
}

/** `search` is the callback's query string; the URL checked is the configured redirect URL. */
export async function finishOidcSignIn(
  deps: Deps,
  oidc: OidcConfig,
  configuration: OidcClient,
  browserKey: string | undefined,
  search: string,
): Promise<OidcOutcome> {
  const now = deps.now();
  const refuse = async (problem: OidcProblem, email?: string) => {
    const actor = { id: null, email: email ?? '(identity provider)' };
    const details = { reason: problem, method: 'oidc' };
    await audit(deps.db, { actor, action: 'login.failure', details, at: now });
    return { kind: 'refused', problem } as const;
  };
  const flow =
    browserKey && (await takeOidcSignIn(deps.db, sha256Hex(browserKey), now.toISOString()));
  if (!flow) return refuse('expired');

  let config: client.Configuration;
  try {
    config = await configuration();
  } catch {
    return refuse('provider_unavailable');
  }
  const callback = new URL(oidc.redirectUrl);
  callback.search = search;
  let identity: Identity;
  try {
    const checks = { state: flow.state, nonce: flow.nonce, codeVerifier: flow.code_verifier };
    identity = await identityFrom(config, callback, checks);
  } catch {
    return refuse('provider_refused');
  }
  if (typeof identity.email !== 'string' || identity.email.length > 320) {
    return refuse('email_not_verified');
  }
  const email = normaliseEmail(identity.email);
  if (identity.email_verified !== true) return refuse('email_not_verified', email);
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.disabled === 1) return refuse('no_account', email);

  const actor = { id: user.id, email: user.email };
  const session = await inTransaction(deps.db, async (trx) => {
    const details = { method: 'oidc' };
    await audit(trx, { actor, action: 'login.success', target: user.id, details, at: now });
    return startSession(deps, trx, user, 'oidc');
  });
  return { kind: 'signed_in', ...session };
}
