import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@careline/service-kit';
import { crmEnvSchema } from '../env.js';

describe('crm environment', () => {
  it('defaults to Asia/Shanghai, 3 deals for a loyal customer, a year of sent message bodies and a reminder run every minute', () => {
    expect(parseEnv(crmEnvSchema, {})).toEqual({
      HOSPITAL_TIME_ZONE: 'Asia/Shanghai',
      CRM_LOYAL_DEALS: 3,
      MESSAGE_BODY_RETENTION_DAYS: 365,
      REMINDER_CRON: '* * * * *',
      ALIYUN_SMS_ENDPOINT: 'https://dysmsapi.aliyuncs.com',
      ALIYUN_SMS_REGION: 'cn-hangzhou',
      ALIYUN_SMS_TEMPLATES: {},
      WECOM_API_BASE: 'https://qyapi.weixin.qq.com',
    });
  });

  it('a carrier chosen without its credentials, or a template map that is not JSON, is refused at start', () => {
    expect(() => parseEnv(crmEnvSchema, { SMS_PROVIDER: 'aliyun', ALIYUN_SMS_ACCESS_KEY_ID: 'id' })).toThrow(
      /ALIYUN_SMS_ACCESS_KEY_SECRET: is required when SMS_PROVIDER=aliyun/,
    );
    expect(() => parseEnv(crmEnvSchema, { WECHAT_PROVIDER: 'wecom' })).toThrow(/WECOM_AGENT_ID: is required when WECHAT_PROVIDER=wecom/);
    expect(() => parseEnv(crmEnvSchema, { ALIYUN_SMS_TEMPLATES: 'SMS_1' })).toThrow(/ALIYUN_SMS_TEMPLATES: must be a JSON object/);
    const env = parseEnv(crmEnvSchema, {
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'id',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
      ALIYUN_SMS_SIGN_NAME: '康线医院',
      ALIYUN_SMS_TEMPLATES: '{"APPOINTMENT_REMINDER":"SMS_100"}',
    });
    expect(env.ALIYUN_SMS_TEMPLATES).toEqual({ APPOINTMENT_REMINDER: 'SMS_100' });
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
