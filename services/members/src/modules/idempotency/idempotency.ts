import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '@careline/service-kit';
import { S, sql } from '../../common/sql.js';

export interface IdempotentRequest {
  key: string;
  /** e.g. `mutation recordConsumption` */
  operation: string;
  /** the normalised arguments, without the key */
  args: Record<string, unknown>;
  callerId?: string | null;
}

/** JSON with sorted keys, so equal arguments always hash the same */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export const requestHash = (operation: string, args: Record<string, unknown>) =>
  createHash('sha256').update(canonical({ operation, args })).digest('hex');

export function normaliseKey(key: string): string {
  const trimmed = key?.trim() ?? '';
  if (trimmed.length < 1 || trimmed.length > 200)
    throw badInput('idempotencyKey must be 1 to 200 characters', 'idempotencyKey', 'IDEMPOTENCY_KEY_INVALID');
  return trimmed;
}

/**
 * Runs `run` once per key, inside `em`'s transaction (call it first in the transaction). A repeat
 * with the same arguments gets the first call's stored result without running anything; the
 * same key with other arguments (or for another operation) is CONFLICT IDEMPOTENCY_KEY_REUSED.
 * Concurrent repeats wait on the key's insert until the first commits or rolls back.
 */
export async function idempotent<R extends Record<string, unknown>>(
  em: EntityManager,
  request: IdempotentRequest,
  run: () => Promise<R>,
): Promise<{ result: R; replayed: boolean }> {
  const key = normaliseKey(request.key);
  const hash = requestHash(request.operation, request.args);
  const inserted = await sql(
    em,
    `insert into ${S('idempotency_key')} (key, operation, request_hash, caller_id, created_at) values (?, ?, ?, ?, now()) on conflict (key) do nothing returning key`,
    [key, request.operation, hash, request.callerId ?? null],
  );
  if (inserted.length === 0) {
    const [stored] = await sql<{ request_hash: string; operation: string; result: R | null }>(
      em,
      `select request_hash, operation, result from ${S('idempotency_key')} where key = ?`,
      [key],
    );
    if (!stored || stored.request_hash !== hash || !stored.result) {
      throw new DomainError('CONFLICT', 'this idempotencyKey was already used for a different request; use a new key for a new request', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
      });
    }
    return { result: stored.result, replayed: true };
  }
  const result = await run();
  await sql(em, `update ${S('idempotency_key')} set result = ?::jsonb where key = ?`, [JSON.stringify(result), key]);
  return { result, replayed: false };
}
