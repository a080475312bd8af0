import type { EntityManager } from '@mikro-orm/postgresql';

const T = (name: string) => `"analytics"."${name}"`;

/**
 * The members-analytics rollups recomputed from the facts alone (the equality test and any
 * audit of the incremental path): each query answers what the rollup table should hold, rows
 * with only zeros left out, in a stable order.
 */
export const RECOMPUTE: Record<string, { rollup: string; facts: string }> = {
  customerDaily: {
    rollup: `select customer_id::text, day::text, visits, consumptions, spend_fen::text, member_consumptions, member_spend_fen::text, refunds, refunded_fen::text,
                    satisfaction_sum, satisfaction_count, satisfied_count, activities_attended, redemptions
             from ${T('ma_customer_daily')}
             where (visits, consumptions, spend_fen, member_consumptions, member_spend_fen, refunds, refunded_fen, satisfaction_sum, satisfaction_count,
                    satisfied_count, activities_attended, redemptions) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
             order by 1, 2`,
    facts: `with parts as (
               select customer_id, day, 1 as visits, 0 as consumptions, 0::bigint as spend_fen, 0 as member_consumptions, 0::bigint as member_spend_fen,
                      0 as refunds, 0::bigint as refunded_fen, 0 as satisfaction_sum, 0 as satisfaction_count, 0 as satisfied_count, 0 as activities_attended, 0 as redemptions
               from ${T('ma_visit')}
               union all
               select customer_id, day, 0, 1, amount_fen, case when membership_id is null then 0 else 1 end, case when membership_id is null then 0 else amount_fen end,
                      0, 0, 0, 0, 0, 0, 0
               from ${T('ma_consumption')} where recorded and refund_day is null
               union all
               select customer_id, refund_day, 0, 0, 0, 0, 0, 1, amount_fen, 0, 0, 0, 0, 0 from ${T('ma_consumption')} where refund_day is not null
               union all
               select customer_id, day, 0, 0, 0, 0, 0, 0, 0, satisfaction, 1, case when satisfaction >= 4 then 1 else 0 end, 0, 0
               from ${T('ma_follow_up')} where customer_id is not null and satisfaction is not null
               union all
               select customer_id, attended_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 from ${T('ma_activity_registration')} where attended_day is not null
               union all
               select customer_id, redeemed_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 from ${T('ma_redemption')} where cancelled_at is null
             )
             select customer_id::text, day::text, sum(visits)::int as visits, sum(consumptions)::int as consumptions, sum(spend_fen)::text as spend_fen,
                    sum(member_consumptions)::int as member_consumptions, sum(member_spend_fen)::text as member_spend_fen, sum(refunds)::int as refunds,
                    sum(refunded_fen)::text as refunded_fen, sum(satisfaction_sum)::int as satisfaction_sum, sum(satisfaction_count)::int as satisfaction_count,
                    sum(satisfied_count)::int as satisfied_count, sum(activities_attended)::int as activities_attended, sum(redemptions)::int as redemptions
             from parts group by 1, 2 order by 1, 2`,
  },
  customerStaffDaily: {
    rollup: `select customer_id::text, day::text, staff_key, consumptions, spend_fen::text, member_consumptions, member_spend_fen::text
             from ${T('ma_customer_staff_daily')} where (consumptions, spend_fen) <> (0, 0) order by 1, 2, 3`,
    facts: `select customer_id::text, day::text, coalesce(staff_id::text, '') as staff_key, count(*)::int as consumptions, sum(amount_fen)::text as spend_fen,
                   count(membership_id)::int as member_consumptions, coalesce(sum(amount_fen) filter (where membership_id is not null), 0)::text as member_spend_fen
            from ${T('ma_consumption')} where recorded and refund_day is null group by 1, 2, 3 order by 1, 2, 3`,
  },
  customerDiseaseDaily: {
    rollup: `select customer_id::text, day::text, disease_type, consultations from ${T('ma_customer_disease_daily')} where consultations <> 0 order by 1, 2, 3`,
    facts: `select customer_id::text, day::text, disease_type, count(*)::int as consultations from ${T('ma_consultation')}
            where customer_id is not null and disease_type is not null and day is not null group by 1, 2, 3 order by 1, 2, 3`,
  },
  pointsDaily: {
    rollup: `select day::text, kind, points::text from ${T('ma_points_daily')} where points <> 0 order by 1, 2`,
    facts: `select day::text, kind, sum(delta)::text as points from ${T('ma_points_entry')} group by 1, 2 having sum(delta) <> 0 order by 1, 2`,
  },
  memberPoints: {
    rollup: `select membership_id::text, balance::text from ${T('ma_member_points')} order by 1`,
    facts: `select membership_id::text, sum(delta)::text as balance from ${T('ma_points_entry')} group by 1 order by 1`,
  },
  giftDaily: {
    rollup: `select day::text, gift_id::text, redemptions, quantity, points::text, cost_fen::text, uncosted_quantity from ${T('ma_gift_daily')}
             where redemptions <> 0 order by 1, 2`,
    facts: `select redeemed_day::text as day, gift_id::text, count(*)::int as redemptions, sum(quantity)::int as quantity, sum(points)::text as points,
                   coalesce(sum(quantity * unit_cost_fen), 0)::text as cost_fen, coalesce(sum(quantity) filter (where unit_cost_fen is null), 0)::int as uncosted_quantity
            from ${T('ma_redemption')} where cancelled_at is null group by 1, 2 order by 1, 2`,
  },
};

/**
 * Members per tier at the end of `day`, from the facts: each enrolled membership's latest tier
 * change up to then (else its enrolment tier), unless its latest status change up to then is a
 * cancellation.
 */
export const TIERS_ON_DAY_FROM_FACTS = `
  with cutoff as (select ((?::date + 1)::timestamp at time zone ?) as before),
  state as (
    select m.membership_id,
           coalesce((select t.to_tier from ${T('ma_tier_change')} t where t.membership_id = m.membership_id and t.at < (select before from cutoff) order by t.at desc limit 1), m.enrol_tier) as tier,
           (select s.to_status from ${T('ma_status_change')} s where s.membership_id = m.membership_id and s.at < (select before from cutoff) order by s.at desc, s.to_status desc limit 1) as status
    from ${T('ma_member')} m where m.joined_at is not null and m.joined_at < (select before from cutoff)
  )
  select tier, count(*)::int as members from state where status is distinct from 'CANCELLED' group by tier order by tier`;

export const TIERS_ON_DAY_FROM_ROLLUP = `select tier, sum(delta)::int as members from ${T('ma_tier_daily')} where day <= ?::date group by tier having sum(delta) <> 0 order by tier`;

export async function compareWithFacts(em: EntityManager): Promise<Record<string, { rollup: unknown[]; facts: unknown[] }>> {
  const out: Record<string, { rollup: unknown[]; facts: unknown[] }> = {};
  for (const [name, q] of Object.entries(RECOMPUTE)) out[name] = { rollup: await em.execute(q.rollup), facts: await em.execute(q.facts) };
  return out;
}
