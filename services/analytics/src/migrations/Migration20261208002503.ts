import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: the cancelled memberships by the day they were cancelled, which 会员再次开发率 takes off
 * the period's consuming customers (redevelopmentCounts) instead of reading every member.
 */
export class Migration20261208002503 extends Migration {
  override name = 'Migration20261208002503';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "ma_member_cancelled_day_idx" on "analytics"."ma_member" ("cancelled_day") include ("customer_id") where cancelled_day is not null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "analytics"."ma_member_cancelled_day_idx";`);
  }
}
