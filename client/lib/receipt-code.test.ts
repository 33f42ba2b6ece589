import { describe, expect, it } from 'vitest';
import { formatReceipt, isReceiptCode, newReceiptCode, normaliseReceipt } from './receipt-code.ts';

describe('receipt codes', () => {
  it('are five groups of four from the alphabet without 0, O, 1 or I', () => {
    const codes = Array.from({ length: 200 }, () => newReceiptCode());
    for (const code of codes) {
      expect(code).toMatch(/^([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}$/);
      expect(isReceiptCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use every symbol of a byte evenly (low five bits)', () => {
    const code = newReceiptCode((n) => Uint8Array.from({ length: n }, (_, i) => i + 32));
    expect(normaliseReceipt(code)).toBe('ABCDEFGHJKLMNPQRSTUV');
  });

  it('ignore case, spaces and hyphens when typed', () => {
    expect(isReceiptCode(' abcd efgh-jklm npqr-stuv ')).toBe(true);
    expect(formatReceipt('abcdefghjklmnpqrstuv')).toBe('ABCD-EFGH-JKLM-NPQR-STUV');
    expect(isReceiptCode('ABCD-EFGH-JKLM-NPQR-STU0')).toBe(false);
    expect(isReceiptCode('ABCD')).toBe(false);
  });
});
