import { z } from 'zod';
import { isTimeZone, parseEnv } from '@careline/service-kit';

/** What crm reads beyond what runService already parses. */
/** `{"APPOINTMENT_REMINDER":"SMS_123"}`: our template code → the Aliyun template code approved for it */
const templateMap = z
  .string()
  .transform((text, ctx) => {
    try {
      const map = JSON.parse(text) as unknown;
      if (map && typeof map === 'object' && !Array.isArray(map) && Object.values(map).every((v) => typeof v === 'string'))
        return map as Record<string, string>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object of template code → Aliyun template code' });
    return z.NEVER;
  })
  .default({});

export const crmEnvSchema = z
  .object({
    /** day, week and month boundaries (follow-ups due, appointments of a day, the weekly opinion report) */
    HOSPITAL_TIME_ZONE: z
      .string()
      .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' })
      .default('Asia/Shanghai'),
    /** deals that make a customer loyal (忠实客户) */
    CRM_LOYAL_DEALS: z.coerce
      .number()
      .int('must be a whole number')
      .min(2, 'must be at least 2 (one deal makes an actual customer)')
      .default(3),
    /**
     * days a sent message's body (which names the person) is kept before it is replaced with [已删除];
     * 0 keeps bodies for ever (docs/personal-data-rights.md, Retention)
     */
    MESSAGE_BODY_RETENTION_DAYS: z.coerce.number().int('must be a whole number').min(0, 'must be 0 (keep) or more').default(365),
    /**
     * the SMS / WeChat provider's HTTP endpoint (docs/reminders.md); unset: messages are only recorded,
     * nothing is sent. Needs MESSAGE_PROVIDER_SECRET.
     */
    MESSAGE_PROVIDER_URL: z.url().optional(),
    /** shared secret: our requests to the provider and its callbacks to us are signed with it (HMAC-SHA256) */
    MESSAGE_PROVIDER_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** how often due appointment reminders are looked for (a pg-boss cron: at most once a minute) */
    REMINDER_CRON: z.string().default('* * * * *'),
    /**
     * who sends SMS (docs/messaging.md): recording (nothing is sent, the demo default), http (the
     * MESSAGE_PROVIDER_URL bridge) or aliyun; unset: http when MESSAGE_PROVIDER_URL is set, else recording
     */
    SMS_PROVIDER: z.enum(['recording', 'http', 'aliyun']).optional(),
    /** who sends WeChat messages: recording, http or wecom (企业微信 application messages); unset as SMS_PROVIDER */
    WECHAT_PROVIDER: z.enum(['recording', 'http', 'wecom']).optional(),
    ALIYUN_SMS_ENDPOINT: z.url().default('https://dysmsapi.aliyuncs.com'),
    ALIYUN_SMS_REGION: z.string().default('cn-hangzhou'),
    ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
    ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
    /** the approved SMS signature (签名), e.g. the hospital's name */
    ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
    ALIYUN_SMS_TEMPLATES: templateMap,
    WECOM_API_BASE: z.url().default('https://qyapi.weixin.qq.com'),
    WECOM_CORP_ID: z.string().min(1).optional(),
    WECOM_CORP_SECRET: z.string().min(1).optional(),
    WECOM_AGENT_ID: z.coerce.number().int('must be a whole number').positive().optional(),
  })
  .superRefine((env, ctx) => {
    const need = (when: boolean, names: (keyof typeof env)[], because: string) => {
      if (!when) return;
      for (const name of names)
        if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: `is required when ${because}` });
    };
    need(
      env.SMS_PROVIDER === 'aliyun',
      ['ALIYUN_SMS_ACCESS_KEY_ID', 'ALIYUN_SMS_ACCESS_KEY_SECRET', 'ALIYUN_SMS_SIGN_NAME'],
      'SMS_PROVIDER=aliyun',
    );
    need(env.WECHAT_PROVIDER === 'wecom', ['WECOM_CORP_ID', 'WECOM_CORP_SECRET', 'WECOM_AGENT_ID'], 'WECHAT_PROVIDER=wecom');
    const http = env.SMS_PROVIDER === 'http' || env.WECHAT_PROVIDER === 'http';
    need(http, ['MESSAGE_PROVIDER_URL', 'MESSAGE_PROVIDER_SECRET'], 'a provider is http');
  });
export type CrmEnv = z.infer<typeof crmEnvSchema>;

let parsed: CrmEnv | undefined;

/** Parsed once, on first use, so printing the schema or generating migrations needs no environment. */
export function crmEnv(): CrmEnv {
  parsed ??= parseEnv(crmEnvSchema);
  return parsed;
}
