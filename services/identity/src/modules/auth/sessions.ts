import type { EntityManager } from '@mikro-orm/postgresql';

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type RevokeReason = 'LOGOUT' | 'REFRESH_TOKEN_REUSED' | 'PASSWORD_RESET' | 'STAFF_DEACTIVATED';

/** Runs raw SQL in `em`'s transaction (when there is one). */
export function sql<T = Record<string, unknown>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}

/**
 * Tells every gateway that sessions or an API key were revoked (PostgreSQL NOTIFY, delivered when
 * `em`'s transaction commits, never for a rolled-back one), so they drop what they cached at once.
 */
export async function announceRevocation(em: EntityManager, revoked: { sessionIds?: string[]; apiKeyId?: string }): Promise<void> {
  await sql(em, `select pg_notify('careline_auth_revoked', ?)`, [JSON.stringify(revoked)]);
}

/** Ends every open session of a staff member; their access tokens stop working at once. */
export async function revokeSessionsOf(em: EntityManager, staffId: string, reason: RevokeReason): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    em,
    `update "identity"."session" set revoked_at = now(), revoked_reason = ? where staff_id = ? and revoked_at is null returning id`,
    [reason, staffId],
  );
  if (rows.length) await announceRevocation(em, { sessionIds: rows.map((row) => row.id) });
  return rows.map((row) => row.id);
}
