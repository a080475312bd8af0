import { badInput, isDay } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { S, sql } from '../../common/sql.js';
import { hospitalTimeZone } from '../../common/calendar.js';
import { pointsConfig } from '../points/points.config.js';
import { Gift } from '../gifts/gift.entity.js';
import type { GiftCostReport, PointsLiability } from './dto/finance.types.js';

function parseDay(value: string, field: string): string {
  const day = value?.trim() ?? '';
  if (!isDay(day)) {
    throw badInput(`${field} must be a day like 2026-11-01`, field, 'DATE_INVALID');
  }
  return day;
}

export class FinanceService {
  constructor(private readonly ctx: MembersContext) {}

  /**
   * Gifts handed over from `from` to `to` (days in the hospital's time zone, both included) and not
   * cancelled since, costed at the unit cost finance had set when each was handed over.
   */
  async giftCostReport(fromDay: string, toDay: string): Promise<GiftCostReport> {
    const from = parseDay(fromDay, 'from');
    const to = parseDay(toDay, 'to');
    if (to < from) throw badInput('to must not be before from', 'to', 'PERIOD_INVALID');
    const tz = hospitalTimeZone();
    const rows = await sql<{ gift_id: string; quantity: number; cost_fen: string; uncosted: number }>(
      this.ctx.em,
      `select gift_id, sum(quantity)::int as quantity, coalesce(sum(quantity * unit_cost_fen), 0)::text as cost_fen,
              coalesce(sum(quantity) filter (where unit_cost_fen is null), 0)::int as uncosted
       from ${S('gift_redemption')}
       where status = 'REDEEMED' and redeemed_at >= (?::date)::timestamp at time zone ? and redeemed_at < (?::date + 1)::timestamp at time zone ?
       group by gift_id order by gift_id`,
      [from, tz, to, tz],
    );
    const gifts = rows.length ? await this.ctx.em.find(Gift, { id: { $in: rows.map((r) => r.gift_id) } }) : [];
    const byId = new Map(gifts.map((g) => [g.id, g]));
    const total = rows.reduce((sum, r) => sum + Number(r.cost_fen), 0);
    return {
      from,
      to,
      lines: rows
        .map((r) => ({
          gift: byId.get(r.gift_id)!,
          quantity: r.quantity,
          costFen: Number(r.cost_fen),
          uncostedQuantity: r.uncosted,
        }))
        .sort((a, b) => a.gift.name.localeCompare(b.gift.name, 'zh-CN')),
      totalQuantity: rows.reduce((sum, r) => sum + r.quantity, 0),
      totalCostFen: total,
    };
  }

  /** Every member's balance added up, valued at POINTS_VALUE_FEN per point. */
  async pointsLiability(): Promise<PointsLiability> {
    const valueFen = pointsConfig().valueFen;
    const [row] = await sql<{ points: string; members: number }>(
      this.ctx.em,
      `select coalesce(sum(balance), 0)::text as points, count(*) filter (where balance > 0)::int as members from ${S('points_account')}`,
    );
    const points = Number(row!.points);
    return {
      outstandingPoints: points,
      valueFen: points * valueFen,
      valuePerPointFen: valueFen,
      members: row!.members,
      asOf: new Date(),
    };
  }
}
