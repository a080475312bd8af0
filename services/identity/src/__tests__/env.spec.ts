import { describe, expect, it } from 'vitest';
import { EnvError, generateSigningKeys, parseEnv } from '@careline/service-kit';
import { identityEnvSchema } from '../env.js';

describe('identity environment', () => {
  it('reads the token key from PKCS8 PEM, with \\n escapes as one-line env files write them', () => {
    const keys = generateSigningKeys();
    const env = parseEnv(identityEnvSchema, { IDENTITY_TOKEN_PRIVATE_KEY: keys.privatePem.replace(/\n/g, '\\n') });
    expect(env.IDENTITY_TOKEN_PRIVATE_KEY?.asymmetricKeyType).toBe('ed25519');
    expect(env.BOOTSTRAP_DEMO).toBe(false);
    expect(env.HOSPITAL_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('needs the token key in production, and reports it with every other problem at once', () => {
    expect(() => parseEnv(identityEnvSchema, { NODE_ENV: 'production', BOOTSTRAP_DEMO: 'yes' })).toThrow(EnvError);
    try {
      parseEnv(identityEnvSchema, { NODE_ENV: 'production', BOOTSTRAP_DEMO: 'yes' });
    } catch (error) {
      expect((error as Error).message).toMatch(/IDENTITY_TOKEN_PRIVATE_KEY: is required in production/);
      expect((error as Error).message).toMatch(/BOOTSTRAP_DEMO/);
    }
    expect(parseEnv(identityEnvSchema, { NODE_ENV: 'development' }).IDENTITY_TOKEN_PRIVATE_KEY).toBeUndefined();
  });

  it('refuses a key that is not an Ed25519 private key', () => {
    expect(() => parseEnv(identityEnvSchema, { IDENTITY_TOKEN_PRIVATE_KEY: 'not a key' })).toThrow(/Ed25519 private key/);
    expect(() => parseEnv(identityEnvSchema, { IDENTITY_TOKEN_PRIVATE_KEY: generateSigningKeys().publicPem })).toThrow(
      /Ed25519 private key/,
    );
  });

  it('turns BOOTSTRAP_DEMO=true on and checks the demo API key’s form', () => {
    expect(parseEnv(identityEnvSchema, { BOOTSTRAP_DEMO: 'true', DEMO_PARTNER_API_KEY: `clk_${'a'.repeat(43)}` })).toMatchObject({
      BOOTSTRAP_DEMO: true,
      DEMO_PARTNER_API_KEY: `clk_${'a'.repeat(43)}`,
    });
    expect(() => parseEnv(identityEnvSchema, { DEMO_PARTNER_API_KEY: 'secret' })).toThrow(/DEMO_PARTNER_API_KEY/);
  });
});
