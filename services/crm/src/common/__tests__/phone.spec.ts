import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone } from '../phone.js';

describe('normalisePhone', () => {
  it('reduces every way of writing a mainland mobile to its 11 digits', () => {
    for (const input of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 13800138000', '008613800138000']) {
      expect(normalisePhone(input)).toBe('13800138000');
    }
  });
  it('rejects what is not a phone number', () => {
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('abc')).toBeNull();
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
