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
  /** The language the parent chose (a SurveyJS locale). */
  locale?: string;
  savedAt: string;
}

const keyFor = (slug: string) => `send-voice:draft:${slug}`;

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
      locale: typeof raw.locale === 'string' ? raw.locale : undefined,
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
 * Merges into the stored draft, keeping the idempotency key, access code and language unless the
 * patch says otherwise (null removes one).
 */
export function updateDraft(
  slug: string,
  patch: Omit<Draft, 'savedAt' | 'idempotencyKey' | 'accessCode'> & {
    idempotencyKey?: string | null;
    accessCode?: string | null;
  },
): Draft {
  const previous = loadDraft(slug);
  const idempotencyKey =
    patch.idempotencyKey === null ? undefined : (patch.idempotencyKey ?? previous?.idempotencyKey);
  const accessCode =
    patch.accessCode === null ? undefined : (patch.accessCode ?? previous?.accessCode);
  const next = {
    version: patch.version,
    data: patch.data,
    pageNo: patch.pageNo,
    idempotencyKey,
    accessCode,
    locale: patch.locale ?? previous?.locale,
  };
  saveDraft(slug, next);
  return { ...next, savedAt: new Date().toISOString() };
}

export function clearDraft(slug: string): void {
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
