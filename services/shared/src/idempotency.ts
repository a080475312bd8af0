import { createHash } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from './errors.js';
import { sql } from './sql.js';
import type { ServiceContext } from './context.js';
import type { FeatureModule } from './service.js';

// Idempotency keys: a client that may send a create twice (a timeout, a double click, a partner's
// retry) sends one key per intended request; the service stores the key with the first answer in
// the create's own transaction. Each service keeps its own `idempotency_key` table in its own
// schema (created by its migrations); the code is this one. See docs/input-and-retries.md.

/**
 * The first answer to a mutation called with an idempotency key. Inserted first in the
 * mutation's own transaction: a concurrent repeat waits on the key, then finds the committed
 * answer; a failed first attempt rolls the key back with everything else, so it can be retried.
 */
@Entity({ tableName: 'idempotency_key' })
@Check({ name: 'idempotency_key_key_check', expression: 'length(key) between 1 and 200' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'text' })
  key: string;

  /** e.g. `mutation redeemGift` */
  @Property({ type: 'text' })
  operation: string;

  /** sha256 of the operation and its normalised arguments */
  @Property({ type: 'text' })
  requestHash: string;

  @Property({ type: 'text', nullable: true })
  callerId: string | null = null;

  /** the ids the first call answered with */
  @Property({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;
}

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

/** the `idempotency_key` table of the schema `em` works in (each service's own) */
const table = (em: EntityManager) => `"${em.config.get('schema') ?? 'public'}"."idempotency_key"`;

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
    `insert into ${table(em)} (key, operation, request_hash, caller_id, created_at) values (?, ?, ?, ?, now()) on conflict (key) do nothing returning key`,
    [key, request.operation, hash, request.callerId ?? null],
  );
  if (inserted.length === 0) {
    const [stored] = await sql<{ request_hash: string; operation: string; result: R | null }>(
      em,
      `select request_hash, operation, result from ${table(em)} where key = ?`,
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
  await sql(em, `update ${table(em)} set result = ?::jsonb where key = ?`, [JSON.stringify(result), key]);
  return { result, replayed: false };
}

/**
 * A create a client may retry, made idempotent around the service's own create: with a key, the
 * key and everything `create` writes commit in one transaction (`create` gets the context with
 * this transaction's EntityManager, so the service's own `em.transactional` nests in it as a
 * savepoint), a repeat with the same input answers what the first call created (`replay` loads it
 * from what `remember` kept), and the key reused for another input is CONFLICT. Without a key the
 * create runs as before. The caller is part of the request: another caller's key is not theirs.
 */
export async function idempotentCreate<C extends Pick<ServiceContext<unknown>, 'em' | 'caller'>, T>(
  ctx: C,
  request: { operation: string; input: { idempotencyKey?: string | null } & object },
  steps: {
    create: (ctx: C) => Promise<T>;
    remember: (created: T) => Record<string, unknown>;
    replay: (remembered: Record<string, unknown>) => Promise<T>;
  },
): Promise<T> {
  const { idempotencyKey, ...args } = request.input;
  if (idempotencyKey === undefined || idempotencyKey === null) return steps.create(ctx);
  let created: T | undefined;
  const { result, replayed } = await ctx.em.transactional((em) =>
    idempotent(
      em,
      { key: idempotencyKey, operation: request.operation, args: { ...args, caller: ctx.caller.id ?? null }, callerId: ctx.caller.id },
      async () => {
        created = await steps.create({ ...ctx, em });
        return steps.remember(created);
      },
    ),
  );
  return replayed ? steps.replay(result) : (created as T);
}

/** The description of every create's optional `idempotencyKey` input field. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  'One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED';

/** Lists the key table among a service's entities; the service's migrations create it in its schema. */
export const idempotencyModule: FeatureModule = { name: 'idempotency', entities: [IdempotencyKey] };
