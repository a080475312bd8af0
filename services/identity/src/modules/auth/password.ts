import { hash, verify, type Options } from '@node-rs/argon2';

/** argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane). */
const OPTIONS: Options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 takes any length; the cap keeps one request from costing much */
export const PASSWORD_MAX_LENGTH = 200;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Verifies against a throw-away hash: an unknown username then costs as long as a wrong password,
 * so response times do not tell which usernames exist.
 */
export async function verifyNothing(password: string): Promise<void> {
  dummy ??= hash('careline-no-such-user', OPTIONS);
  await verifyPassword(await dummy, password);
}
