import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@careline/service-kit';
import { crmEnvSchema } from '../env.js';

describe('crm environment', () => {
  it('defaults to Asia/Shanghai and 3 deals for a loyal customer', () => {
    expect(parseEnv(crmEnvSchema, {})).toEqual({ HOSPITAL_TIME_ZONE: 'Asia/Shanghai', CRM_LOYAL_DEALS: 3 });
  });

  it('reports every problem at once: an unknown time zone and a threshold that is not a number', () => {
    expect(() => parseEnv(crmEnvSchema, { HOSPITAL_TIME_ZONE: 'Mars/Olympus', CRM_LOYAL_DEALS: 'many' })).toThrow(EnvError);
    try {
      parseEnv(crmEnvSchema, { HOSPITAL_TIME_ZONE: 'Mars/Olympus', CRM_LOYAL_DEALS: 'many' });
    } catch (error) {
      expect((error as Error).message).toMatch(/HOSPITAL_TIME_ZONE: must be an IANA time zone/);
      expect((error as Error).message).toMatch(/CRM_LOYAL_DEALS/);
    }
  });
});
