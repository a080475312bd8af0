import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { newId } from '@careline/service-kit';
import { Staff } from '../staff/staff.entity.js';

/**
 * One sign-in: lives 7 days from login, holds the sha256 of its current refresh token (the token
 * itself is never stored) and ends early on logout, on reuse of a rotated token, on a password reset
 * or when the staff member is deactivated. Access tokens name it (`sid`), so ending it ends them.
 */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'revokedReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Staff, { mapToPk: true, joinColumn: 'staff_id', index: 'session_staff_id_idx' })
  staffId: string;

  /** hex sha256 of the current refresh token */
  @Property({ type: 'text', unique: 'session_refresh_token_hash_unique' })
  refreshTokenHash: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** LOGOUT, REFRESH_TOKEN_REUSED, PASSWORD_RESET, STAFF_DEACTIVATED */
  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;
}

/**
 * A refresh token that has been exchanged for a new one. Presenting it again means it was copied:
 * the whole session is ended (reuse detection).
 */
@Entity({ tableName: 'rotated_refresh_token' })
export class RotatedRefreshToken {
  [OptionalProps]?: 'rotatedAt';

  /** hex sha256 of the spent refresh token */
  @PrimaryKey({ type: 'text' })
  tokenHash: string;

  @ManyToOne(() => Session, {
    mapToPk: true,
    joinColumn: 'session_id',
    index: 'rotated_refresh_token_session_id_idx',
    deleteRule: 'cascade',
  })
  sessionId: string;

  @Property({ type: 'timestamptz' })
  rotatedAt: Date = new Date();
}
