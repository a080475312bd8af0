import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@careline/service-kit';
import { newId, type EventBus } from '@careline/service-kit';
import { S, sql } from '../../common/sql.js';
import { scheduleDailyJob } from '../../common/jobs.js';
import { pointsConfig, type PointsConfig } from './points.config.js';
import { MemberLedger } from './points.ledger.js';
import { systemAudit } from './points.policy.js';

export const EXPIRE_POINTS_QUEUE = 'members.expire-points';

export interface ExpiryResult {
  members: number;
  points: number;
}

/**
 * 积分过期: expires every lot whose expiry has come by `asOf`, one member per transaction (each
 * under the member's account lock, so a redemption running at the same moment either goes first
 * and spends the points, or comes after and finds them expired, never both). The scheduled job
 * and the tests call this same function.
 */
export async function expirePoints(
  rootEm: EntityManager,
  bus: EventBus,
  asOf: Date = new Date(),
  options: { config?: PointsConfig; batchSize?: number; log?: Logger } = {},
): Promise<ExpiryResult> {
  const config = options.config ?? pointsConfig();
  const batchSize = options.batchSize ?? 500;
  const result: ExpiryResult = { members: 0, points: 0 };
  const runId = newId();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const due = await sql<{ membership_id: string }>(
      rootEm,
      `select distinct membership_id from ${S('points_lot')} where remaining > 0 and expires_at <= ? and membership_id > ? order by membership_id limit ?`,
      [asOf, after, batchSize],
    );
    for (const { membership_id: membershipId } of due) {
      const expired = await rootEm.fork().transactional(async (em) => {
        const ledger = await MemberLedger.open({ em, bus, now: asOf, config }, membershipId);
        const entries = await ledger.close();
        if (entries.length) {
          await systemAudit(bus, runId, 'expire-points').change(em, {
            operation: 'job members.expire-points',
            targetType: 'PointsEntry',
            targetIds: entries.map((e) => e.id),
            fields: ['points', 'balanceAfter'],
            customerIds: [ledger.customerId],
          });
        }
        return entries.reduce((sum, e) => sum - e.points, 0);
      });
      if (expired > 0) {
        result.members++;
        result.points += expired;
      }
    }
    if (due.length < batchSize) break;
    after = due.at(-1)!.membership_id;
  }
  options.log?.info({ asOf: asOf.toISOString(), ...result }, 'points expired');
  return result;
}

/** Daily at 02:30 hospital time; a run missed while the service was down is made up once. */
export function scheduleExpiry(bus: EventBus, rootEm: EntityManager, log: Logger): Promise<void> {
  return scheduleDailyJob(bus, log, EXPIRE_POINTS_QUEUE, '30 2 * * *', () => expirePoints(rootEm, bus, new Date(), { log }));
}
