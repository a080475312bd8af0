import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv, serviceEnvSchema } from '../env.js';

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
});
