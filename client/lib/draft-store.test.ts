import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, elapsedSeconds, loadDraft, updateDraft } from './draft-store.ts';

const T0 = new Date('2026-12-07T09:00:00.000Z').getTime();
const store = new Map<string, string>();
let broken = false;
const localStorage = {
  getItem: (k: string) => {
    if (broken) throw new Error('SecurityError');
    return store.get(k) ?? null;
  },
  setItem: (k: string, v: string) => {
    if (broken) throw new Error('QuotaExceededError');
    store.set(k, v);
  },
  removeItem: (k: string) => void store.delete(k),
};

beforeEach(() => {
  store.clear();
  broken = false;
  vi.stubGlobal('window', { localStorage });
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  clearDraft('s');
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const save = (data: Record<string, unknown>) => updateDraft('s', { version: 1, data, pageNo: 0 });

describe('the time a draft was started', () => {
  it('is set when the draft is created and kept through saves, reloads and sends', () => {
    save({});
    vi.advanceTimersByTime(60_000);
    save({ a: 1 });
    vi.advanceTimersByTime(3 * 24 * 3600_000);
    const resumed = loadDraft('s');
    expect(resumed?.startedAt).toBe(new Date(T0).toISOString());
    const sending = updateDraft('s', {
      version: 1,
      data: { a: 1 },
      pageNo: 0,
      idempotencyKey: 'k',
    });
    expect(elapsedSeconds(sending)).toBe(60 + 3 * 24 * 3600);
  });

  it('starts again after the parent clears their answers', () => {
    save({ a: 1 });
    vi.advanceTimersByTime(5_000);
    clearDraft('s');
    expect(save({}).startedAt).toBe(new Date(T0 + 5_000).toISOString());
  });

  it('is not made up for a draft saved before it was recorded', () => {
    store.set('send-voice:draft:s', JSON.stringify({ version: 1, data: { a: 1 }, pageNo: 2 }));
    const draft = save({ a: 1, b: 2 });
    expect(draft.startedAt).toBeUndefined();
    expect(elapsedSeconds(draft)).toBeUndefined();
  });

  it('is remembered for the page when the browser keeps no storage', () => {
    broken = true;
    save({});
    vi.advanceTimersByTime(90_000);
    expect(elapsedSeconds(save({ a: 1 }))).toBe(90);
  });

  it('gives no time at all when the device clock went back', () => {
    const draft = save({});
    expect(elapsedSeconds(draft, T0 - 1000)).toBeUndefined();
    expect(elapsedSeconds({ startedAt: 'yesterday' })).toBeUndefined();
  });
});

describe('the receipt code in a draft', () => {
  const base = { version: 1, data: { a: 1 }, pageNo: 0 };

  it('is kept through saves and reloads, so every retry sends the same code', () => {
    updateDraft('s', { ...base, idempotencyKey: 'key-12345', receipt: 'ABCD-EFGH-JKLM-NPQR-STUV' });
    updateDraft('s', { ...base, data: { a: 2 } });
    expect(loadDraft('s')).toMatchObject({
      idempotencyKey: 'key-12345',
      receipt: 'ABCD-EFGH-JKLM-NPQR-STUV',
    });
  });

  it('goes with its key when the answers are changed after a refusal', () => {
    updateDraft('s', { ...base, idempotencyKey: 'key-12345', receipt: 'ABCD-EFGH-JKLM-NPQR-STUV' });
    updateDraft('s', { ...base, idempotencyKey: null, receipt: null });
    expect(loadDraft('s')?.receipt).toBeUndefined();
  });
});
