import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133031 extends Migration {
  override name = 'Migration20261204133031';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."ma_activity_daily" ("day" date not null, "activity_kind" text not null, "registrations" int not null default 0, "attendances" int not null default 0, primary key ("day", "activity_kind"));`,
    );

    this.addSql(
      `create table "analytics"."ma_activity_registration" ("registration_id" uuid not null, "activity_id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "activity_kind" text null, "registered_day" date null, "attended_day" date null, primary key ("registration_id"));`,
    );

    this.addSql(
      `create table "analytics"."ma_consultation" ("consultation_id" uuid not null, "customer_id" uuid null, "disease_type" text null, "day" date null, primary key ("consultation_id"));`,
    );

    this.addSql(
      `create table "analytics"."ma_consumption" ("receipt_number" text not null, "customer_id" uuid not null, "membership_id" uuid null, "amount_fen" bigint not null, "occurred_at" timestamptz not null, "day" date not null, "source" text null, "department_code" text null, "staff_id" uuid null, "recorded" boolean not null default false, "refunded_at" timestamptz null, "refund_day" date null, primary key ("receipt_number"));`,
    );
    this.addSql(`create index "ma_consumption_customer_idx" on "analytics"."ma_consumption" ("customer_id");`);

    this.addSql(
      `create table "analytics"."ma_customer" ("customer_id" uuid not null, "key_account_id" uuid null, "key_account_since" timestamptz not null, primary key ("customer_id"));`,
    );
    this.addSql(`create index "ma_customer_key_account_idx" on "analytics"."ma_customer" ("key_account_id");`);

    this.addSql(
      `create table "analytics"."ma_customer_daily" ("customer_id" uuid not null, "day" date not null, "visits" int not null default 0, "consumptions" int not null default 0, "spend_fen" bigint not null default '0', "member_consumptions" int not null default 0, "member_spend_fen" bigint not null default '0', "refunds" int not null default 0, "refunded_fen" bigint not null default '0', "satisfaction_sum" int not null default 0, "satisfaction_count" int not null default 0, "satisfied_count" int not null default 0, "activities_attended" int not null default 0, "redemptions" int not null default 0, primary key ("customer_id", "day"));`,
    );
    this.addSql(`create index "ma_customer_daily_day_idx" on "analytics"."ma_customer_daily" ("day");`);

    this.addSql(
      `create table "analytics"."ma_customer_department_daily" ("customer_id" uuid not null, "day" date not null, "department_code" text not null, "consumptions" int not null default 0, "spend_fen" bigint not null default '0', "member_consumptions" int not null default 0, "member_spend_fen" bigint not null default '0', primary key ("customer_id", "day", "department_code"));`,
    );
    this.addSql(
      `create index "ma_customer_department_daily_day_idx" on "analytics"."ma_customer_department_daily" ("day", "department_code");`,
    );

    this.addSql(
      `create table "analytics"."ma_customer_disease_daily" ("customer_id" uuid not null, "day" date not null, "disease_type" text not null, "consultations" int not null default 0, primary key ("customer_id", "day", "disease_type"));`,
    );

    this.addSql(
      `create table "analytics"."ma_customer_staff_daily" ("customer_id" uuid not null, "day" date not null, "staff_key" text not null, "consumptions" int not null default 0, "spend_fen" bigint not null default '0', "member_consumptions" int not null default 0, "member_spend_fen" bigint not null default '0', primary key ("customer_id", "day", "staff_key"));`,
    );
    this.addSql(`create index "ma_customer_staff_daily_day_idx" on "analytics"."ma_customer_staff_daily" ("day", "staff_key");`);

    this.addSql(
      `create table "analytics"."ma_follow_up" ("task_id" uuid not null, "customer_id" uuid null, "satisfaction" smallint null, "day" date not null, primary key ("task_id"));`,
    );

    this.addSql(`create table "analytics"."ma_gift" ("gift_id" uuid not null, "name" text not null, primary key ("gift_id"));`);

    this.addSql(
      `create table "analytics"."ma_gift_daily" ("day" date not null, "gift_id" uuid not null, "redemptions" int not null default 0, "quantity" int not null default 0, "points" bigint not null default '0', "cost_fen" bigint not null default '0', "uncosted_quantity" int not null default 0, primary key ("day", "gift_id"));`,
    );

    this.addSql(
      `create table "analytics"."ma_member" ("membership_id" uuid not null, "customer_id" uuid not null, "joined_at" timestamptz null, "joined_day" date null, "enrol_tier" text null, "tier" text null, "cancelled_day" date null, primary key ("membership_id"));`,
    );
    this.addSql(`create index "ma_member_joined_day_idx" on "analytics"."ma_member" ("joined_day");`);
    this.addSql(`create index "ma_member_customer_idx" on "analytics"."ma_member" ("customer_id");`);

    this.addSql(
      `create table "analytics"."ma_member_points" ("membership_id" uuid not null, "customer_id" uuid not null, "balance" bigint not null default '0', primary key ("membership_id"));`,
    );
    this.addSql(`create index "ma_member_points_customer_idx" on "analytics"."ma_member_points" ("customer_id");`);

    this.addSql(
      `create table "analytics"."ma_points_daily" ("day" date not null, "kind" text not null, "points" bigint not null default '0', primary key ("day", "kind"));`,
    );

    this.addSql(
      `create table "analytics"."ma_points_entry" ("entry_id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "delta" int not null, "kind" text not null, "day" date not null, primary key ("entry_id"));`,
    );

    this.addSql(
      `create table "analytics"."ma_redemption" ("redemption_id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "gift_id" uuid not null, "gift_name" text null, "quantity" int not null, "points" int not null, "unit_cost_fen" bigint null, "redeemed_day" date not null, "cancelled_at" timestamptz null, primary key ("redemption_id"));`,
    );

    this.addSql(
      `create table "analytics"."ma_status_change" ("membership_id" uuid not null, "at" timestamptz not null, "to_status" text not null, "from_status" text not null, "kind" text not null, primary key ("membership_id", "at", "to_status"));`,
    );

    this.addSql(
      `create table "analytics"."ma_tier_change" ("membership_id" uuid not null, "at" timestamptz not null, "from_tier" text not null, "to_tier" text not null, primary key ("membership_id", "at"));`,
    );

    this.addSql(
      `create table "analytics"."ma_tier_daily" ("day" date not null, "tier" text not null, "delta" int not null default 0, primary key ("day", "tier"));`,
    );

    this.addSql(
      `create table "analytics"."ma_visit" ("visit_id" uuid not null, "customer_id" uuid not null, "day" date not null, primary key ("visit_id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."ma_activity_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_activity_registration" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_consultation" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_consumption" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_customer" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_customer_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_customer_department_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_customer_disease_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_customer_staff_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_follow_up" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_gift" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_gift_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_member" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_member_points" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_points_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_points_entry" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_redemption" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_status_change" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_tier_change" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_tier_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."ma_visit" cascade;`);
  }
}
