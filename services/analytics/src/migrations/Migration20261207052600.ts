import { Migration } from '@mikro-orm/migrations';

/**
 * 开发人 (issue 20): a member's developing specialist, from members' MemberEnrolled and
 * MemberDeveloperChanged, and the view the member KPIs read: each customer's member spend by the
 * staff member it is credited to — the member's developer, else the staff member on the receipt
 * (docs/analytics-kpis.md). A view, not a rollup, so a changed developer re-credits at once and
 * no replay is needed.
 */
export class Migration20261207052600 extends Migration {
  override name = 'Migration20261207052600';

  override up(): void | Promise<void> {
    this.addSql(`alter table "analytics"."ma_member" add column "developer_id" uuid null, add column "developer_at" timestamptz null;`);
    this.addSql(
      `create or replace view "analytics"."ma_member_credit_daily" as
       select d.customer_id, d.day, coalesce(dev.developer_id::text, d.staff_key) as staff_key,
              d.consumptions, d.spend_fen, d.member_consumptions, d.member_spend_fen
       from "analytics"."ma_customer_staff_daily" d
       left join lateral (
         select m.developer_id from "analytics"."ma_member" m
         where m.customer_id = d.customer_id and m.developer_id is not null
         order by (m.cancelled_day is null) desc, m.joined_at desc nulls last
         limit 1
       ) dev on true;`,
    );
  }
}
