import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kitEnvSchema, parseEnv, serviceEnvSchema } from '../env.js';
import { eventBusConfig } from '../events/bus-config.js';

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

  it('defaults to the pg-boss bus and names EVENT_BUS when it is neither pg-boss nor nats', () => {
    expect(parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem' }).EVENT_BUS).toBe('pg-boss');
    expect(parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem', EVENT_BUS: 'nats' }).EVENT_BUS).toBe('nats');
    expect(() => parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem', EVENT_BUS: 'kafka' })).toThrowError(/EVENT_BUS/);
  });

  it('refuses EVENT_BUS=nats without NATS_URL, naming it', () => {
    const env = parseEnv(serviceEnvSchema, { GATEWAY_PUBLIC_KEY: 'pem', EVENT_BUS: 'nats' });
    expect(() => eventBusConfig(env)).toThrowError(/NATS_URL/);
    expect(eventBusConfig({ ...env, NATS_URL: 'nats://a:4222, nats://b:4222' }).natsServers).toEqual(['nats://a:4222', 'nats://b:4222']);
  });

  it('reads CI and REQUIRE_NATS as set unless empty, 0 or false', () => {
    expect(parseEnv(kitEnvSchema, {})).toMatchObject({ CI: false, REQUIRE_NATS: false });
    expect(parseEnv(kitEnvSchema, { CI: 'true', REQUIRE_NATS: '1' })).toMatchObject({ CI: true, REQUIRE_NATS: true });
    expect(parseEnv(kitEnvSchema, { CI: 'false', REQUIRE_NATS: '0' })).toMatchObject({ CI: false, REQUIRE_NATS: false });
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
      REQUIRE_NATS: false,
      CI: false,
      EVENT_BUS: 'pg-boss',
      NATS_URL: undefined,
      NATS_STREAM: 'CARELINE_EVENTS',
      NATS_SUBJECT_PREFIX: 'careline.events',
      NATS_STREAM_MAX_AGE_HOURS: 168,
      EVENT_BUS_LEASE_SECONDS: 20,
      EVENT_BUS_SUPERVISE_SECONDS: 10,
      EVENT_BUS_STOP_TIMEOUT_MS: 5000,
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
