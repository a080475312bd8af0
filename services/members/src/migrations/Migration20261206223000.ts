import { Migration } from '@mikro-orm/migrations';

/**
 * 老带新 (issue 19): the referral reward rule (one row, seeded: 500 points per referred customer's
 * first deal, at most 10 rewards per referrer and calendar month; the member centre's admin edits
 * it) and one referral row per referred customer.
 */
export class Migration20261206223000 extends Migration {
  override name = 'Migration20261206223000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "members"."referral_rule" ("id" smallint not null, "enabled" boolean not null, "points_per_referral" int not null, "cap_per_period" int null, "cap_period" text check ("cap_period" in ('MONTH', 'QUARTER', 'YEAR')) not null, "updated_at" timestamptz null, "updated_by" uuid null, primary key ("id"), constraint referral_rule_single_row_check check (id = 1), constraint referral_rule_points_check check (points_per_referral > 0), constraint referral_rule_cap_check check (cap_per_period is null or cap_per_period > 0));`,
    );
    this.addSql(
      `insert into "members"."referral_rule" (id, enabled, points_per_referral, cap_per_period, cap_period) values (1, true, 500, 10, 'MONTH') on conflict do nothing;`,
    );
    this.addSql(
      `create table "members"."referral" ("referred_customer_id" uuid not null, "referrer_customer_id" uuid not null, "referred_at" timestamptz not null, "status" text check ("status" in ('PENDING', 'REWARDED', 'REVERSED', 'DECLINED')) not null default 'PENDING', "decline_reason" text check ("decline_reason" in ('SELF_REFERRAL', 'DUPLICATE', 'CAP_REACHED', 'RULE_DISABLED', 'REFERRER_NOT_MEMBER', 'EXISTING_CUSTOMER', 'DEAL_REFUNDED')) null, "consumption_id" uuid null, "receipt_number" text null, "membership_id" uuid null, "points" int not null default 0, "reward_entry_id" uuid null, "rewarded_at" timestamptz null, "points_reversed" int not null default 0, "reversal_entry_id" uuid null, "reversed_at" timestamptz null, "updated_at" timestamptz not null, primary key ("referred_customer_id"));`,
    );
    this.addSql(`create index "referral_referrer_idx" on "members"."referral" ("referrer_customer_id", "referred_at");`);
    this.addSql(`create index "referral_membership_rewarded_idx" on "members"."referral" ("membership_id", "rewarded_at");`);
    this.addSql(`create index "referral_consumption_idx" on "members"."referral" ("consumption_id");`);
  }
}
