import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditOutcome, Caller } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Staff } from '../staff/staff.entity.js';
import { normaliseUsername } from '../staff/staff.rules.js';
import { AuthErrors, LOCK_AFTER_FAILURES, LOCK_MINUTES } from './auth.exception.js';
import type { AuthPayload } from './dto/auth-payload.type.js';
import { verifyNothing, verifyPassword } from './password.js';
import { randomSecret, sha256 } from './secrets.js';
import { Session } from './session.entity.js';
import { SESSION_TTL_MS, announceRevocation, sql } from './sessions.js';

const LOGIN = 'mutation login';
const REFRESH = 'mutation refreshSession';
const LOGOUT = 'mutation logout';

/** The caller a staff member becomes once signed in (what the gateway is told for their token). */
export const staffCaller = (staff: Pick<Staff, 'id' | 'name' | 'role' | 'departmentCode'>, sessionId?: string): Caller => ({
  kind: 'staff',
  id: staff.id,
  name: staff.name,
  role: staff.role,
  department: staff.departmentCode,
  ...(sessionId ? { sessionId } : {}),
});

type Attempt = { outcome: AuditOutcome; reason: string; staffId?: string };

export class AuthService {
  constructor(private readonly ctx: IdentityContext) {}

  /**
   * Signs a staff member in. Every wrong password counts (an atomic UPDATE … RETURNING, so
   * concurrent attempts never under-count); the 5th in a row locks the account for 15 minutes,
   * during which even the right password is refused. Success resets the count.
   */
  async login(usernameInput: string, password: string): Promise<AuthPayload> {
    const username = normaliseUsername(usernameInput);
    const staff =
      username.length > 0 && username.length <= 64 ? await this.ctx.em.findOne(Staff, { username }, { populate: ['passwordHash'] }) : null;
    if (!staff) {
      await verifyNothing(password);
      await this.record({ outcome: 'FAILED', reason: 'UNKNOWN_USERNAME' });
      throw AuthErrors.wrongCredentials();
    }

    if (!(await verifyPassword(staff.passwordHash, password))) {
      const lockedUntil = await this.countFailure(staff.id);
      throw lockedUntil ? AuthErrors.locked(lockedUntil) : AuthErrors.wrongCredentials();
    }
    if (staff.lockedUntil && staff.lockedUntil > new Date()) return this.refuseLocked(staff.id, staff.lockedUntil);
    if (!staff.active) {
      await this.record({ outcome: 'FAILED', reason: 'ACCOUNT_INACTIVE', staffId: staff.id });
      throw AuthErrors.inactive();
    }

    const refreshToken = randomSecret();
    const session = await this.ctx.em.fork().transactional(async (em) => {
      // the lock may have been set by a concurrent wrong attempt since we read the row
      const reset = await sql(
        em,
        `update "identity"."staff" set failed_logins = 0, locked_until = null, last_login_at = now()
          where id = ? and (locked_until is null or locked_until <= now()) returning id`,
        [staff.id],
      );
      if (!reset.length) return undefined;
      const created = em.create(Session, {
        staffId: staff.id,
        refreshTokenHash: sha256(refreshToken),
        expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      });
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: LOGIN,
        targetType: 'Staff',
        targetIds: [staff.id],
        fields: [],
        actor: staffCaller(staff, created.id),
      });
      return created;
    });
    if (!session) {
      const current = await this.ctx.em.fork().findOneOrFail(Staff, staff.id);
      return this.refuseLocked(staff.id, current.lockedUntil ?? new Date(Date.now() + LOCK_MINUTES * 60_000));
    }
    staff.failedLogins = 0;
    staff.lockedUntil = null;
    return this.payload(staff, session, refreshToken);
  }

  /**
   * Exchanges a refresh token for a new pair. The old token is kept (hashed) as spent: presenting
   * it again means someone copied it, and the whole session ends (reuse detection).
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    if (!refreshToken || refreshToken.length > 200) throw AuthErrors.sessionEnded();
    const spent = sha256(refreshToken);
    const next = randomSecret();
    const result = await this.ctx.em.fork().transactional(async (em) => {
      // one statement rotates: a concurrent exchange of the same token waits on the row, then finds it gone
      const [rotated] = await sql<{ id: string; staff_id: string }>(
        em,
        `update "identity"."session" s set refresh_token_hash = ?, last_used_at = now()
           from "identity"."staff" st
          where s.refresh_token_hash = ? and s.revoked_at is null and s.expires_at > now() and st.id = s.staff_id and st.active
          returning s.id, s.staff_id`,
        [sha256(next), spent],
      );
      if (rotated) {
        await sql(em, `insert into "identity"."rotated_refresh_token" (token_hash, session_id, rotated_at) values (?, ?, now())`, [
          spent,
          rotated.id,
        ]);
        const staff = await em.findOneOrFail(Staff, rotated.staff_id);
        await this.ctx.audit.change(em, {
          operation: REFRESH,
          targetType: 'Session',
          targetIds: [rotated.id],
          fields: [],
          actor: staffCaller(staff, rotated.id),
        });
        return { kind: 'rotated' as const, staff, sessionId: rotated.id };
      }
      const [reused] = await sql<{ session_id: string }>(
        em,
        `select session_id from "identity"."rotated_refresh_token" where token_hash = ?`,
        [spent],
      );
      if (!reused) return { kind: 'invalid' as const };
      await sql(
        em,
        `update "identity"."session" set revoked_at = now(), revoked_reason = 'REFRESH_TOKEN_REUSED' where id = ? and revoked_at is null`,
        [reused.session_id],
      );
      await announceRevocation(em, { sessionIds: [reused.session_id] });
      await this.ctx.audit.change(em, {
        operation: REFRESH,
        targetType: 'Session',
        targetIds: [reused.session_id],
        fields: [],
        outcome: 'DENIED',
        reason: 'REFRESH_TOKEN_REUSED: a spent refresh token was presented again; the session is ended',
      });
      return { kind: 'reused' as const };
    });
    if (result.kind === 'reused') throw AuthErrors.refreshTokenReused();
    if (result.kind === 'invalid') throw AuthErrors.sessionEnded();
    const session = await this.ctx.em.fork().findOneOrFail(Session, result.sessionId);
    return this.payload(result.staff, session, next);
  }

  /** Ends the caller's session; false when there is none to end (already ended, or not a staff sign-in). */
  async logout(): Promise<boolean> {
    const { caller } = this.ctx;
    if (caller.kind !== 'staff' || !caller.id || !caller.sessionId) return false;
    return this.ctx.em.fork().transactional(async (em) => {
      const rows = await sql(
        em,
        `update "identity"."session" set revoked_at = now(), revoked_reason = 'LOGOUT' where id = ? and staff_id = ? and revoked_at is null returning id`,
        [caller.sessionId, caller.id],
      );
      if (!rows.length) return false;
      await announceRevocation(em, { sessionIds: [caller.sessionId!] });
      await this.ctx.audit.change(em, { operation: LOGOUT, targetType: 'Session', targetIds: [caller.sessionId!], fields: [] });
      return true;
    });
  }

  private async payload(staff: Staff, session: Session, refreshToken: string): Promise<AuthPayload> {
    const { token, expiresAt } = await this.ctx.loaders.runtime.tokens.issue({ staffId: staff.id, sessionId: session.id });
    return { accessToken: token, expiresAt, refreshToken, refreshExpiresAt: session.expiresAt, staff };
  }

  /**
   * Counts one wrong password in one UPDATE … RETURNING (concurrent attempts queue on the row, so
   * none is lost) and records it in the same transaction. A lock that has run out starts the count
   * again; the attempt that reaches exactly 5 sets the lock, so concurrent attempts lock once.
   * @returns the lock's end when the account is locked now, else null
   */
  private async countFailure(staffId: string): Promise<Date | null> {
    const restart = `locked_until is not null and locked_until <= now()`;
    const failuresSql = `case when ${restart} then 1 else failed_logins + 1 end`;
    return this.ctx.em.fork().transactional(async (em) => {
      const [row] = await sql<{ failed_logins: number; locked_until: Date | null }>(
        em,
        `update "identity"."staff" set
           failed_logins = ${failuresSql},
           locked_until = case
             when ${failuresSql} = ${LOCK_AFTER_FAILURES} then now() + interval '${LOCK_MINUTES} minutes'
             when ${restart} then null
             else locked_until end
          where id = ?
          returning failed_logins, locked_until`,
        [staffId],
      );
      const failures = Number(row!.failed_logins);
      const lockedUntil = row!.locked_until ? new Date(row!.locked_until) : null;
      const locked = lockedUntil !== null && lockedUntil > new Date();
      const alreadyLocked = locked && failures > LOCK_AFTER_FAILURES;
      await this.recordIn(em, {
        outcome: 'FAILED',
        reason: alreadyLocked ? `REFUSED_WHILE_LOCKED: wrong password, ${failures} in a row` : `WRONG_PASSWORD: ${failures} in a row`,
        staffId,
      });
      if (failures === LOCK_AFTER_FAILURES) {
        await this.recordIn(em, {
          outcome: 'FAILED',
          reason: `ACCOUNT_LOCKED: ${failures} failed sign-ins in a row; locked until ${lockedUntil?.toISOString()}`,
          staffId,
        });
      }
      return locked ? lockedUntil : null;
    });
  }

  private async refuseLocked(staffId: string, lockedUntil: Date): Promise<never> {
    await this.record({ outcome: 'FAILED', reason: 'REFUSED_WHILE_LOCKED: right password', staffId });
    throw AuthErrors.locked(lockedUntil);
  }

  /** A failed attempt is recorded in a small transaction of its own: nothing else is written. */
  private async record(attempt: Attempt): Promise<void> {
    await this.ctx.em.fork().transactional((em) => this.recordIn(em, attempt));
  }

  private recordIn(em: EntityManager, attempt: Attempt): Promise<void> {
    return this.ctx.audit.change(em, {
      operation: LOGIN,
      targetType: 'Staff',
      targetIds: attempt.staffId ? [attempt.staffId] : [],
      fields: [],
      outcome: attempt.outcome,
      reason: attempt.reason,
    });
  }
}
