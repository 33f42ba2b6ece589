// An unfinished questionnaire is kept in this browser only, so a parent who is interrupted can
// come back to it. Nothing here ever leaves the device until they press send.
export interface Draft {
  version: number;
  data: Record<string, unknown>;
  pageNo: number;
  /** Set just before the first send attempt, so every retry is recognised as the same answers. */
  idempotencyKey?: string;
  /** The access code the parent gave, for surveys that need one; sent with the answers. */
  accessCode?: string;
  /** The receipt code made with the idempotency key, so every retry sends the same one. */
  receipt?: string;
  /** The language the parent chose (a SurveyJS locale). */
  locale?: string;
  /**
   * When the draft was first created (the parent pressed Start), kept through every later save,
   * so the time sent with the answers counts resumed visits and offline retries too. Missing in
   * drafts saved before it existed, and then no time is sent at all.
   */
  startedAt?: string;
  savedAt: string;
}

const keyFor = (slug: string) => `send-voice:draft:${slug}`;

// When storage cannot be used, the start is still remembered for the life of the page: otherwise
// each save would start the clock again, and the answers would look sent in no time at all.
const startedInMemory = new Map<string, string>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDraft(text: string | null): Draft | undefined {
  if (!text) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || !isRecord(raw.data)) return undefined;
    if (typeof raw.version !== 'number' || typeof raw.pageNo !== 'number') return undefined;
    return {
      version: raw.version,
      data: raw.data,
      pageNo: Math.max(0, Math.floor(raw.pageNo)),
      idempotencyKey: typeof raw.idempotencyKey === 'string' ? raw.idempotencyKey : undefined,
      accessCode: typeof raw.accessCode === 'string' ? raw.accessCode : undefined,
      receipt: typeof raw.receipt === 'string' ? raw.receipt : undefined,
      locale: typeof raw.locale === 'string' ? raw.locale : undefined,
      startedAt: typeof raw.startedAt === 'string' ? raw.startedAt : undefined,
      savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
    };
  } catch {
    return undefined;
  }
}

// Storage can be missing or full (private browsing, strict settings); the questionnaire must
// still work then, it just cannot be resumed.
export function loadDraft(slug: string): Draft | undefined {
  try {
    return parseDraft(window.localStorage.getItem(keyFor(slug)));
  } catch {
    return undefined;
  }
}

export function saveDraft(slug: string, draft: Omit<Draft, 'savedAt'>): void {
  try {
    const stored: Draft = { ...draft, savedAt: new Date().toISOString() };
    window.localStorage.setItem(keyFor(slug), JSON.stringify(stored));
  } catch {
    // See loadDraft.
  }
}

/**
 * Merges into the stored draft, keeping the idempotency key, access code, receipt and language
 * unless the patch says otherwise (null removes one), and always keeping when it was started.
 */
export function updateDraft(
  slug: string,
  patch: Omit<Draft, 'savedAt' | 'idempotencyKey' | 'accessCode' | 'receipt' | 'startedAt'> & {
    idempotencyKey?: string | null;
    accessCode?: string | null;
    receipt?: string | null;
  },
): Draft {
  const previous = loadDraft(slug);
  const idempotencyKey =
    patch.idempotencyKey === null ? undefined : (patch.idempotencyKey ?? previous?.idempotencyKey);
  const accessCode =
    patch.accessCode === null ? undefined : (patch.accessCode ?? previous?.accessCode);
  const receipt = patch.receipt === null ? undefined : (patch.receipt ?? previous?.receipt);
  const next = {
    version: patch.version,
    data: patch.data,
    pageNo: patch.pageNo,
    idempotencyKey,
    accessCode,
    receipt,
    locale: patch.locale ?? previous?.locale,
    // A draft from before startedAt existed stays without one: starting the clock now would
    // make a parent who answered yesterday look too fast today.
    startedAt: previous ? previous.startedAt : startedAt(slug),
  };
  saveDraft(slug, next);
  return { ...next, savedAt: new Date().toISOString() };
}

function startedAt(slug: string): string {
  const started = startedInMemory.get(slug) ?? new Date().toISOString();
  startedInMemory.set(slug, started);
  return started;
}

export function clearDraft(slug: string): void {
  startedInMemory.delete(slug);
  try {
    window.localStorage.removeItem(keyFor(slug));
  } catch {
    // See loadDraft.
  }
}

/** A draft is worth offering back only if the parent got somewhere with it. */
export function hasProgress(draft: Draft | undefined): draft is Draft {
  return !!draft && (Object.keys(draft.data).length > 0 || draft.pageNo > 0);
}

/**
 * Whole seconds since the draft was started, for the bot rule; undefined when that is not known
 * or the device's clock went back (a wrong time must never make a parent look like a bot).
 */
export function elapsedSeconds(draft: Pick<Draft, 'startedAt'>, now = Date.now()) {
  if (!draft.startedAt) return undefined;
  const started = Date.parse(draft.startedAt);
  if (Number.isNaN(started) || now < started) return undefined;
  return Math.floor((now - started) / 1000);
}
