import { describe, expect, it } from 'vitest';
import { fenToYuan } from '../fen-to-yuan.js';
import { formatFen } from '../format-fen.js';
import { yuanToFen } from '../yuan-to-fen.js';

describe('formatFen', () => {
  it('shows integer fen as grouped yuan with two decimals', () => {
    expect(formatFen(128050)).toBe('¥1,280.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(100_000_000_00)).toBe('¥100,000,000.00');
  });

  it('puts the sign before ¥', () => {
    expect(formatFen(-128050)).toBe('-¥1,280.50');
  });

  it('shows every fen of the largest safe integer (no float on the way)', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('writes the number as the locale does', () => {
    expect(formatFen(128050, { locale: 'en' })).toBe('¥1,280.50');
    expect(formatFen(128050, { locale: 'zh-CN' })).toBe('¥1,280.50');
    expect(formatFen(123456789, { locale: 'de-DE' })).toBe('¥1.234.567,89');
  });

  it('shows the fallback for an amount that is not there, and a fraction of a fen as it came', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatFen(undefined, { fallback: 'n/a' })).toBe('n/a');
    expect(formatFen(12.5)).toBe('12.5');
  });
});

describe('fenToYuan', () => {
  it('writes fen as yuan text with two decimals', () => {
    expect(fenToYuan(128050)).toBe('1280.50');
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });
});

describe('yuanToFen', () => {
  it('reads typed yuan as exact fen', () => {
    expect(yuanToFen('1280')).toBe(128000);
    expect(yuanToFen('1280.5')).toBe(128050);
    expect(yuanToFen(' 1,280.50 ')).toBe(128050);
    expect(yuanToFen('¥0.07')).toBe(7);
    expect(yuanToFen('-0.05')).toBe(-5);
  });

  it('reads an InputNumber value without float error', () => {
    // 4.35 * 100 is 434.99999999999994, 1.1 * 100 is 110.00000000000001
    expect(yuanToFen(4.35)).toBe(435);
    expect(yuanToFen(1.1)).toBe(110);
    expect(yuanToFen(0.1 + 0.2)).toBeNull();
  });

  it('rounds nothing away: more than two decimals is not an amount', () => {
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('0.001')).toBeNull();
  });

  it('refuses what is not a number of yuan', () => {
    for (const text of ['', ' ', 'abc', '1.2.3', '.5', '1e3', '12元', '--1']) expect(yuanToFen(text)).toBeNull();
    expect(yuanToFen(null)).toBeNull();
    expect(yuanToFen(Number.NaN)).toBeNull();
    expect(yuanToFen(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('refuses an amount beyond a safe integer of fen', () => {
    expect(yuanToFen('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(yuanToFen('90071992547409.92')).toBeNull();
  });

  it('reads back what fenToYuan wrote', () => {
    for (const fen of [0, 1, 9, 10, 99, 100, 128050, 1_999_999_999, -3, Number.MAX_SAFE_INTEGER]) {
      expect(yuanToFen(fenToYuan(fen))).toBe(fen);
    }
  });
});
