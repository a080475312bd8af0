import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, normaliseKey, requestHash, type IdempotentRequest } from '@careline/service-kit';
import { S, sql } from './sql.js';

// The kit's `idempotent` (docs/input-and-retries.md) for a list of requests in one transaction:
// the same table, the same hash and the same answers, with one INSERT … ON CONFLICT for every key
// instead of one per request. A key stored by one path is honoured by the other.

export interface ClaimedKey {
  key: string;
  /** this request is new: run it, then store its result (storeKeyResults) */
  run: boolean;
  /** the result a committed earlier request with this key stored */
  stored?: Record<string, unknown>;
  /** the index of the earlier request in this list with the same key (and arguments) */
  sameAs?: number;
}

const reused = () =>
  new DomainError('CONFLICT', 'this idempotencyKey was already used for a different request; use a new key for a new request', {
    reason: 'IDEMPOTENCY_KEY_REUSED',
    field: 'idempotencyKey',
  });

/**
 * Claims every key of `requests` (call first in the transaction). Keys are inserted in sorted
 * order, so two lists sharing keys wait for each other instead of deadlocking; a key held by a
 * transaction still running waits for it, as with `idempotent`. A key already stored with other
 * arguments, or used twice in the list with different arguments, is CONFLICT IDEMPOTENCY_KEY_REUSED.
 */
export async function claimKeys(em: EntityManager, requests: readonly IdempotentRequest[]): Promise<ClaimedKey[]> {
  const firstOf = new Map<string, { index: number; hash: string }>();
  const claims: ClaimedKey[] = [];
  const rows: { key: string; operation: string; request_hash: string; caller_id: string | null }[] = [];
  requests.forEach((request, index) => {
    const key = normaliseKey(request.key);
    const hash = requestHash(request.operation, request.args);
    const first = firstOf.get(key);
    if (first) {
      if (first.hash !== hash) throw reused();
      claims.push({ key, run: false, sameAs: first.index });
      return;
    }
    firstOf.set(key, { index, hash });
    claims.push({ key, run: true });
    rows.push({ key, operation: request.operation, request_hash: hash, caller_id: request.callerId ?? null });
  });
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const inserted = await sql<{ key: string }>(
    em,
    `insert into ${S('idempotency_key')} (key, operation, request_hash, caller_id, created_at)
     select x.key, x.operation, x.request_hash, x.caller_id, now()
     from jsonb_to_recordset(?::jsonb) as x(key text, operation text, request_hash text, caller_id text) order by x.key
     on conflict (key) do nothing returning key`,
    [JSON.stringify(rows)],
  );
  if (inserted.length === rows.length) return claims;
  const fresh = new Set(inserted.map((r) => r.key));
  const taken = rows.filter((r) => !fresh.has(r.key));
  const stored = await sql<{ key: string; request_hash: string; result: Record<string, unknown> | null }>(
    em,
    `select key, request_hash, result from ${S('idempotency_key')} where key in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(taken.map((r) => r.key))],
  );
  const storedOf = new Map(stored.map((s) => [s.key, s]));
  for (const claim of claims) {
    if (!claim.run || fresh.has(claim.key)) continue;
    const row = storedOf.get(claim.key);
    if (!row || row.request_hash !== firstOf.get(claim.key)!.hash || !row.result) throw reused();
    claim.run = false;
    claim.stored = row.result;
  }
  return claims;
}

/** Stores the answers of the requests claimKeys let run, in the same transaction. */
export async function storeKeyResults(
  em: EntityManager,
  results: readonly { key: string; result: Record<string, unknown> }[],
): Promise<void> {
  if (!results.length) return;
  await sql(
    em,
    `update ${S('idempotency_key')} as k set result = x.result from jsonb_to_recordset(?::jsonb) as x(key text, result jsonb) where k.key = x.key`,
    [JSON.stringify(results)],
  );
}
