import { describe, expect, it } from 'vitest';
import { parseEnv } from '@careline/service-kit';
import { CustomerStage } from '../customer.entity.js';
import { normaliseTags, stageFor } from '../customer.rules.js';
import { isBirthDate } from '../../../common/birth-date.js';
import { crmEnvSchema } from '../../../env.js';
import { pinyinKeys } from '../pinyin.js';
import { readRow } from '../import/customer-import.service.js';

describe('customer rules', () => {
  it('moves potential → actual on the first deal and → loyal at the configured number of deals, never back', () => {
    expect(stageFor(CustomerStage.POTENTIAL, 0)).toBe(CustomerStage.POTENTIAL);
    expect(stageFor(CustomerStage.POTENTIAL, 1)).toBe(CustomerStage.ACTUAL);
    expect(stageFor(CustomerStage.ACTUAL, 2)).toBe(CustomerStage.ACTUAL);
    expect(stageFor(CustomerStage.ACTUAL, 3)).toBe(CustomerStage.LOYAL);
    expect(stageFor(CustomerStage.LOYAL, 1)).toBe(CustomerStage.LOYAL);
  });

  it('reads the loyal threshold from CRM_LOYAL_DEALS, default 3, and refuses one that is not a whole number of at least 2', () => {
    expect(parseEnv(crmEnvSchema, {}).CRM_LOYAL_DEALS).toBe(3);
    const loyal = parseEnv(crmEnvSchema, { CRM_LOYAL_DEALS: '5' }).CRM_LOYAL_DEALS;
    expect(loyal).toBe(5);
    expect(stageFor(CustomerStage.ACTUAL, 4, loyal)).toBe(CustomerStage.ACTUAL);
    expect(stageFor(CustomerStage.ACTUAL, 5, loyal)).toBe(CustomerStage.LOYAL);
    expect(() => parseEnv(crmEnvSchema, { CRM_LOYAL_DEALS: 'many' })).toThrow(/CRM_LOYAL_DEALS/);
    expect(() => parseEnv(crmEnvSchema, { CRM_LOYAL_DEALS: '1' })).toThrow(/CRM_LOYAL_DEALS: must be at least 2/);
  });

  it('keys names by full pinyin and initials, ü as v, latin kept', () => {
    expect(pinyinKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(pinyinKeys('吕小明')).toEqual({ full: 'lvxiaoming', initials: 'lxm' });
    expect(pinyinKeys('Anna')).toEqual({ full: 'anna', initials: 'a' });
    expect(pinyinKeys('曾小贤')).toEqual({ full: 'zengxiaoxian', initials: 'zxx' });
    expect(pinyinKeys('单田芳').full).toBe('shantianfang');
  });

  it('accepts past real birth dates only', () => {
    expect(isBirthDate('1990-02-28')).toBe(true);
    expect(isBirthDate('1990-02-30')).toBe(false);
    expect(isBirthDate('2999-01-01')).toBe(false);
    expect(isBirthDate('90-1-1')).toBe(false);
  });

  it('trims and de-duplicates tags and refuses over-long ones', () => {
    expect(normaliseTags([' a ', 'a', '', 'b'])).toEqual(['a', 'b']);
    expect(normaliseTags(['x'.repeat(21)])).toBeNull();
  });

  it('reads an import row with Chinese values, and reports the first bad field', () => {
    expect(
      readRow({
        row: 2,
        values: {
          name: '王五',
          phone: '+86 138 0013 8000',
          gender: '男',
          channel: '老带新',
          birthDate: '1990/1/2',
          marketingConsent: '是',
          tags: '甲，乙',
        },
      }),
    ).toEqual({
      name: '王五',
      phone: '13800138000',
      gender: 'MALE',
      channel: 'REFERRAL',
      birthDate: '1990-01-02',
      marketingConsent: true,
      tags: ['甲', '乙'],
    });
    expect(readRow({ row: 3, values: { name: '王五', phone: '13800138000', marketingConsent: '也许' } })).toMatchObject({
      row: 3,
      field: 'marketingConsent',
    });
  });
});
