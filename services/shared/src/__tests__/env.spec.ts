import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kitEnvSchema, parseEnv, serviceEnvSchema } from '../env.js';

describe('parseEnv', () => {
  it('reports every invalid variable at once, not only the first', () => {
    const schema = serviceEnvSchema.extend({ API_SECRET: z.string().min(32) });
    expect(() => parseEnv(schema, { PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' })).toThrowError(
      /PORT[\s\S]*LOG_LEVEL[\s\S]*DATABASE_URL[\s\S]*API_SECRET|PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*API_SECRET|DATABASE_URL[\s\S]*PORT/,
    );
    try {
      parseEnv(schema, { PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'API_SECRET']) expect(message).toContain(name);
    }
  });

  it('applies the defaults when only the required gateway key is set', () => {
    expect(parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem' })).toMatchObject({
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      HOSPITAL_TIME_ZONE: 'Asia/Shanghai',
    });
  });

  it('reads RUN_SCHEDULER as a flag, off unless it is "true"', () => {
    expect(parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem' }).RUN_SCHEDULER).toBe(false);
    expect(parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem', RUN_SCHEDULER: 'true' }).RUN_SCHEDULER).toBe(true);
    expect(() => parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem', RUN_SCHEDULER: 'yes' })).toThrowError(/RUN_SCHEDULER/);
  });
});

describe('kitEnvSchema (what the kit reads in any process)', () => {
  it('needs nothing: an empty environment gets the defaults', () => {
    expect(parseEnv(kitEnvSchema, {})).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: undefined,
      EMBEDDED_PG_PORT: 54329,
      TEST_PG_PORT: 54339,
      TEST_LOG_LEVEL: 'silent',
    });
  });

  it('takes an empty DATABASE_URL as unset, and refuses one that is not PostgreSQL or a port that is not one', () => {
    expect(parseEnv(kitEnvSchema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(parseEnv(kitEnvSchema, { DATABASE_URL: 'postgres://u:p@db:5432/careline' }).DATABASE_URL).toBe(
      'postgres://u:p@db:5432/careline',
    );
    expect(() => parseEnv(kitEnvSchema, { DATABASE_URL: 'mysql://x', EMBEDDED_PG_PORT: 'high' })).toThrowError(
      /DATABASE_URL[\s\S]*EMBEDDED_PG_PORT|EMBEDDED_PG_PORT[\s\S]*DATABASE_URL/,
    );
  });
});
