// The /receipt page's calls. The code goes in the body of a POST only: an address would be kept
// in the browser's history and in logs along the way.
import { errorBodySchema } from '../../server/contracts.ts';
import {
  type ReceiptLookup,
  receiptLookupSchema,
  receiptWithdrawnSchema,
  type SiteInfo,
  siteInfoSchema,
} from '../../server/receipt-contracts.ts';
import { retryAfterSeconds } from './api.ts';

export type ReceiptProblem = 'not_found' | 'invalid' | 'busy' | 'failed';
export type ReceiptResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: ReceiptProblem; retryAfter?: number };

async function post<T>(path: string, code: string, read: (body: unknown) => T | undefined) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(20_000),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const value = read(body);
      return value === undefined
        ? ({ ok: false, problem: 'failed' } as const)
        : ({ ok: true, value } as const);
    }
    if (response.status === 429) {
      const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
      return { ok: false, problem: 'busy', retryAfter } as const;
    }
    const error = errorBodySchema.safeParse(body).data?.error.code;
    if (error === 'receipt_not_found') return { ok: false, problem: 'not_found' } as const;
    if (error === 'invalid_receipt' || error === 'invalid_request') {
      return { ok: false, problem: 'invalid' } as const;
    }
    return { ok: false, problem: 'failed' } as const;
  } catch {
    return { ok: false, problem: 'failed' } as const;
  }
}

export const lookUpReceipt = (code: string): Promise<ReceiptResult<ReceiptLookup>> =>
  post('/api/receipts/lookup', code, (b) => receiptLookupSchema.safeParse(b).data);

export const withdrawAnswers = (code: string): Promise<ReceiptResult<true>> =>
  post('/api/receipts/withdraw', code, (b) =>
    receiptWithdrawnSchema.safeParse(b).success ? true : undefined,
  );

let site: Promise<SiteInfo | undefined> | undefined;

/** Who runs the site, asked once per page load; undefined when the server cannot say. */
export function fetchSiteInfo(): Promise<SiteInfo | undefined> {
  site ??= fetch('/api/site', { headers: { Accept: 'application/json' } })
    .then(async (r) => (r.ok ? siteInfoSchema.safeParse(await r.json()).data : undefined))
    .catch(() => undefined);
  return site;
}
