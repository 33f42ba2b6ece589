// The only place that reads the environment. Every setting is documented in the README.
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The lowest SUPPRESSION_K start-up accepts. With 2, a figure about two families is published and
 * each can read the other's answers off it; below 5, people who know the families in a small
 * group (a special school's parents) can tell who said what. The default stays 10.
 */
export const SUPPRESSION_K_FLOOR = 5;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  SURVEYS_DIR: z.string().min(1).default('./surveys'),
  CLIENT_DIR: z.string().min(1).default('./client/dist'),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /** Longest single answer, in characters; long comments fit, a pasted book does not. */
  MAX_ANSWER_CHARS: z.coerce.number().int().min(100).max(200_000).default(20_000),
  /** Submissions per client per minute (0: no limit). Generous: a school, an office or a mobile
   * network may share one address. */
  RATE_LIMIT_SUBMISSIONS: z.coerce.number().int().min(0).default(120),
  /** Access-code checks (and anything else that guesses codes) per client per minute (0: none). */
  RATE_LIMIT_CODE_CHECKS: z.coerce.number().int().min(0).default(20),
  /** The server's secret (at least 32 characters); without it, one is kept in DATA_DIR. */
  APP_SECRET: z.string().min(32).optional(),
  /** Lets a scraper elsewhere than this machine read /metrics (at least 24 characters). */
  METRICS_TOKEN: z.string().min(24).optional(),
  /** How many reverse proxies in front of the app to believe about the client's address. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Responses older than this many months are deleted, hourly (none: kept until deleted). */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).optional(),
  /** thread: responses and tag results are written by a database thread; inline: on the app's. */
  DATABASE_WRITER: z.enum(['thread', 'inline']).default('thread'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  SUPPRESSION_K: z.coerce
    .number()
    .int()
    .min(SUPPRESSION_K_FLOOR, {
      message: `must be at least ${SUPPRESSION_K_FLOOR}: smaller figures would point at families`,
    })
    .max(1000)
    .default(10),
  /** The address parents use, for share links and QR codes (behind a proxy the request's own
   * origin may be an internal one). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Sites allowed to show the questionnaire in a frame, e.g. the Local Offer website. */
  EMBED_ORIGINS: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const origins = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!isOrigin(origin)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin such as https://www.example.org`,
          });
        }
      }
      return origins;
    }),
  /** fast exists for test suites; without the setting, fast only under NODE_ENV=test. */
  PASSWORD_HASHING: z.enum(['standard', 'fast']).optional(),
  NODE_ENV: z.string().optional(),
  /** Staff sign-in through the council's identity provider (OpenID Connect): all four or none. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Who runs the questionnaires (named on every report's title page and to parents), and how
   * parents reach them for a paper or telephone copy. */
  ORGANISATION_NAME: z.string().trim().min(1).max(200).optional(),
  ORGANISATION_CONTACT: z.string().trim().min(1).max(500).optional(),
});

export const OIDC_CALLBACK_PATH = '/api/session/oidc/callback';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This app's callback as the browser reaches it (ends in OIDC_CALLBACK_PATH). */
  redirectUrl: string;
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** Plain http only on this machine: anywhere else the client secret would cross the wire. */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | undefined {
  const values = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_REDIRECT_URL];
  if (values.every((v) => v === undefined)) return undefined;
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = e;
  const redirectUrl = e.OIDC_REDIRECT_URL;
  if (!issuer || !clientId || !clientSecret || !redirectUrl) {
    throw new ConfigError(
      'Invalid configuration: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL go together: set all four, or none to sign in with passwords only.',
    );
  }
  for (const [name, text] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URL', redirectUrl],
  ] as const) {
    const url = new URL(text);
    if (url.protocol !== 'https:' && !isLoopback(url)) {
      throw new ConfigError(`Invalid configuration: ${name} must start with https://`);
    }
  }
  if (new URL(redirectUrl).pathname !== OIDC_CALLBACK_PATH || new URL(redirectUrl).search) {
    throw new ConfigError(
      `Invalid configuration: OIDC_REDIRECT_URL must be this app's address followed by ${OIDC_CALLBACK_PATH}`,
    );
  }
  return { issuer, clientId, clientSecret, redirectUrl };
}

/** An origin is a scheme, host and optional port, with nothing after it. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  surveysDir: string;
  clientDir: string;
  maxBodyBytes: number;
  /** Longest single answer in characters (MAX_ANSWER_CHARS); longer gets 400 answer_too_long. */
  maxAnswerChars: number;
  /** Per client per minute; 0 turns the limit off. */
  rateLimitSubmissions: number;
  rateLimitCodeChecks: number;
  /** Number of reverse proxies whose X-Forwarded-For entry to believe (0: the socket's address). */
  trustProxy: number;
  /** APP_SECRET, when set; otherwise server/app-secret.ts keeps one in DATA_DIR. */
  appSecret?: string;
  /** METRICS_TOKEN: without it, /metrics answers only on loopback. */
  metricsToken?: string;
  /** RETENTION_MONTHS: responses older than this are deleted on a schedule. */
  retentionMonths?: number;
  /** DATABASE_WRITER: where responses and tag results are written (db/writer-client.ts). */
  databaseWriter: 'thread' | 'inline';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Mark the session cookie Secure even when the request looks like HTTP (TLS ends at a proxy). */
  secureCookies: boolean;
  /** A session ends this long after it was last used. */
  sessionTtlHours: number;
  /** Figures about fewer respondents are hidden; a request may raise it, never lower it. */
  suppressionK: number;
  /** fast: cheap scrypt so a test suite stays quick (PASSWORD_HASHING, or NODE_ENV=test). */
  passwordHashing: 'standard' | 'fast';
  /** The council (or forum) named on the title page of every report (ORGANISATION_NAME). */
  organisationName: string;
  /** Base of share links and QR codes; without it, the origin of the request. No trailing slash. */
  publicUrl?: string;
  /** Origins allowed to frame the embed page (CSP frame-ancestors); none by default. */
  embedOrigins: string[];
  /** Sign-in through the council's identity provider; absent when not configured. */
  oidc?: OidcConfig;
  /** Shown to parents whose browser runs no JavaScript (server/survey-page.ts). */
  organisation: { name: string; contact?: string };
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: join(dataDir, 'send-voice.sqlite'),
    surveysDir: resolve(e.SURVEYS_DIR),
    clientDir: resolve(e.CLIENT_DIR),
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxAnswerChars: e.MAX_ANSWER_CHARS,
    rateLimitSubmissions: e.RATE_LIMIT_SUBMISSIONS,
    rateLimitCodeChecks: e.RATE_LIMIT_CODE_CHECKS,
    trustProxy: e.TRUST_PROXY,
    appSecret: e.APP_SECRET,
    metricsToken: e.METRICS_TOKEN,
    retentionMonths: e.RETENTION_MONTHS,
    databaseWriter: e.DATABASE_WRITER,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.SECURE_COOKIES === 'true',
    sessionTtlHours: e.SESSION_TTL_HOURS,
    suppressionK: e.SUPPRESSION_K,
    passwordHashing: e.PASSWORD_HASHING ?? (e.NODE_ENV === 'test' ? 'fast' : 'standard'),
    organisationName: e.ORGANISATION_NAME ?? 'Your council',
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    embedOrigins: e.EMBED_ORIGINS,
    oidc: oidcConfig(e),
    organisation: {
      name: e.ORGANISATION_NAME ?? 'the team that sent you the link',
      contact: e.ORGANISATION_CONTACT,
    },
  };
}
