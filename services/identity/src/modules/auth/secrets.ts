import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: refresh tokens and API key secrets. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/**
 * Hex sha256. Refresh tokens and API keys are 256-bit random values, so a fast hash cannot be
 * brute-forced and keeps authentication one indexed lookup (argon2 is for passwords people choose).
 */
export const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

export const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
