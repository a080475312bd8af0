import { Migration } from '@mikro-orm/migrations';

export class Migration20261124115232 extends Migration {
  override name = 'Migration20261124115232';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."customer_class_change" ("id" uuid not null, "customer_id" uuid not null, "from_class" text null, "to_class" text not null, "reason" text not null, "changed_by" uuid null, "changed_by_name" text null, "changed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_class_change_customer_id_idx" on "crm"."customer_class_change" ("customer_id");`);

    this.addSql(
      `create table "crm"."customer_deal" ("receipt_number" text not null, "customer_id" uuid not null, "visit_id" uuid not null, "amount_fen" bigint not null, "occurred_at" timestamptz not null, primary key ("receipt_number"));`,
    );
    this.addSql(`create index "customer_deal_customer_id_idx" on "crm"."customer_deal" ("customer_id");`);

    this.addSql(
      `create table "crm"."customer_import" ("id" uuid not null, "filename" text not null, "dry_run" boolean not null, "content" bytea not null, "status" text not null default 'QUEUED', "total" int not null default 0, "processed" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "row_errors" jsonb not null, "changes" jsonb not null, "failure" text null, "created_by" uuid null, "created_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`,
    );

    this.addSql(
      `create table "crm"."customer_merge" ("id" uuid not null, "survivor_id" uuid not null, "merged_id" uuid not null, "merged_snapshot" jsonb not null, "moved_rows" jsonb not null, "reason" text null, "merged_by" uuid null, "merged_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_merge_survivor_id_idx" on "crm"."customer_merge" ("survivor_id");`);
    this.addSql(`alter table "crm"."customer_merge" add constraint "customer_merge_merged_id_key" unique ("merged_id");`);

    this.addSql(
      `create table "crm"."key_account" ("id" uuid not null, "name" text not null, "kind" text not null, "account_manager_id" uuid null, "service_plan" jsonb not null, "contacts" jsonb not null, "score" int null, "risk_score" int null, "risk_level" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "key_account_manager_id_idx" on "crm"."key_account" ("account_manager_id");`);

    this.addSql(
      `create table "crm"."key_account_meeting" ("id" uuid not null, "key_account_id" uuid not null, "kind" text not null, "held_at" timestamptz not null, "attendees" text null, "summary" text not null, "recorded_by" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "key_account_meeting_key_account_id_idx" on "crm"."key_account_meeting" ("key_account_id");`);

    this.addSql(
      `create table "crm"."key_account_risk" ("id" uuid not null, "key_account_id" uuid not null, "financial_status" int not null, "operating_stability" int not null, "cooperation_history" int not null, "score" int not null, "level" text not null, "previous_level" text null, "warning_raised" boolean not null, "note" text null, "assessed_by" uuid null, "assessed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "key_account_risk_key_account_id_idx" on "crm"."key_account_risk" ("key_account_id");`);

    this.addSql(
      `create table "crm"."key_account_score" ("id" uuid not null, "key_account_id" uuid not null, "demand_volume" int not null, "spending_power" int not null, "influence" int not null, "cooperation_potential" int not null, "total" int not null, "scored_on" date not null, "scored_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "key_account_score_key_account_id_idx" on "crm"."key_account_score" ("key_account_id");`);

    this.addSql(
      `create table "crm"."message_delivery" ("id" uuid not null, "send_id" uuid null, "template_id" uuid not null, "customer_id" uuid not null, "channel" text not null, "body" text not null, "status" text not null default 'PENDING', "provider" text not null, "provider_message_id" text null, "error" text null, "dedupe_key" text null, "created_at" timestamptz not null, "delivered_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "message_delivery_send_id_idx" on "crm"."message_delivery" ("send_id");`);
    this.addSql(`create index "message_delivery_customer_id_idx" on "crm"."message_delivery" ("customer_id");`);
    this.addSql(`alter table "crm"."message_delivery" add constraint "message_delivery_dedupe_key" unique ("dedupe_key");`);

    this.addSql(
      `create table "crm"."message_send" ("id" uuid not null, "template_id" uuid not null, "segment" jsonb not null, "variables" jsonb not null, "scheduled_at" timestamptz not null, "status" text not null default 'SCHEDULED', "sent" int not null default 0, "skipped_no_consent" int not null default 0, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "crm"."message_template" ("id" uuid not null, "code" text not null, "kind" text not null, "channel" text not null default 'SMS', "title" text not null, "body" text not null, "holiday_date" text null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "crm"."message_template" add constraint "message_template_code_key" unique ("code");`);

    this.addSql(
      `alter table "crm"."customer" add "name_pinyin" text not null default '', add "name_initials" text not null default '', add "birth_date" date null, add "wechat_id" text null, add "address" text null, add "referrer_id" uuid null, add "consultant_id" uuid null, add "tags" text[] not null default '{}', add "marketing_consent" boolean not null default false, add "stage" text not null default 'POTENTIAL', add "deal_count" int not null default 0, add "customer_class" text null, add "hidden_needs" text null, add "created_by" uuid null, add "updated_at" timestamptz null;`,
    );
    this.addSql(`create index "customer_name_pinyin_idx" on "crm"."customer" ("name_pinyin");`);
    this.addSql(`create index "customer_name_initials_idx" on "crm"."customer" ("name_initials");`);
    this.addSql(`create index "customer_referrer_id_idx" on "crm"."customer" ("referrer_id");`);
    this.addSql(`create index "customer_consultant_id_idx" on "crm"."customer" ("consultant_id");`);
    this.addSql(`create index "customer_stage_idx" on "crm"."customer" ("stage");`);
    this.addSql(`create index "customer_class_idx" on "crm"."customer" ("customer_class");`);
    this.addSql(`alter table "crm"."customer" add constraint "customer_stage_check" check ("stage" in ('POTENTIAL', 'ACTUAL', 'LOYAL'));`);
    this.addSql(`alter table "crm"."customer" add constraint "customer_customer_class_check" check ("customer_class" in ('A', 'B', 'C'));`);

    this.addSql(
      `alter table "crm"."customer_class_change" add constraint "customer_class_change_from_class_check" check ("from_class" in ('A', 'B', 'C'));`,
    );
    this.addSql(
      `alter table "crm"."customer_class_change" add constraint "customer_class_change_to_class_check" check ("to_class" in ('A', 'B', 'C'));`,
    );

    this.addSql(
      `alter table "crm"."customer_import" add constraint "customer_import_status_check" check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));`,
    );

    this.addSql(`alter table "crm"."key_account" add constraint "key_account_kind_check" check ("kind" in ('INSTITUTION', 'VIP'));`);
    this.addSql(
      `alter table "crm"."key_account" add constraint "key_account_risk_level_check" check ("risk_level" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));`,
    );

    this.addSql(
      `alter table "crm"."key_account_meeting" add constraint "key_account_meeting_kind_check" check ("kind" in ('MONTHLY', 'QUARTERLY', 'OTHER'));`,
    );

    this.addSql(
      `alter table "crm"."key_account_risk" add constraint "key_account_risk_level_check" check ("level" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));`,
    );
    this.addSql(
      `alter table "crm"."key_account_risk" add constraint "key_account_risk_previous_level_check" check ("previous_level" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));`,
    );

    this.addSql(
      `alter table "crm"."message_delivery" add constraint "message_delivery_channel_check" check ("channel" in ('SMS', 'WECHAT'));`,
    );
    this.addSql(
      `alter table "crm"."message_delivery" add constraint "message_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED'));`,
    );

    this.addSql(
      `alter table "crm"."message_send" add constraint "message_send_status_check" check ("status" in ('SCHEDULED', 'SENDING', 'DONE', 'FAILED'));`,
    );

    this.addSql(
      `alter table "crm"."message_template" add constraint "message_template_kind_check" check ("kind" in ('BIRTHDAY', 'HOLIDAY', 'CAMPAIGN', 'FOLLOW_UP_REMINDER'));`,
    );
    this.addSql(
      `alter table "crm"."message_template" add constraint "message_template_channel_check" check ("channel" in ('SMS', 'WECHAT'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."customer_class_change" cascade;`);
    this.addSql(`drop table if exists "crm"."customer_deal" cascade;`);
    this.addSql(`drop table if exists "crm"."customer_import" cascade;`);
    this.addSql(`drop table if exists "crm"."customer_merge" cascade;`);
    this.addSql(`drop table if exists "crm"."key_account" cascade;`);
    this.addSql(`drop table if exists "crm"."key_account_meeting" cascade;`);
    this.addSql(`drop table if exists "crm"."key_account_risk" cascade;`);
    this.addSql(`drop table if exists "crm"."key_account_score" cascade;`);
    this.addSql(`drop table if exists "crm"."message_delivery" cascade;`);
    this.addSql(`drop table if exists "crm"."message_send" cascade;`);
    this.addSql(`drop table if exists "crm"."message_template" cascade;`);

    this.addSql(`drop index "crm"."customer_name_pinyin_idx";`);
    this.addSql(`drop index "crm"."customer_name_initials_idx";`);
    this.addSql(`drop index "crm"."customer_referrer_id_idx";`);
    this.addSql(`drop index "crm"."customer_consultant_id_idx";`);
    this.addSql(`drop index "crm"."customer_stage_idx";`);
    this.addSql(`drop index "crm"."customer_class_idx";`);
    this.addSql(`alter table "crm"."customer" drop constraint "customer_stage_check";`);
    this.addSql(`alter table "crm"."customer" drop constraint "customer_customer_class_check";`);
    this.addSql(
      `alter table "crm"."customer" drop column "name_pinyin", drop column "name_initials", drop column "birth_date", drop column "wechat_id", drop column "address", drop column "referrer_id", drop column "consultant_id", drop column "tags", drop column "marketing_consent", drop column "stage", drop column "deal_count", drop column "customer_class", drop column "hidden_needs", drop column "created_by", drop column "updated_at";`,
    );
  }
}
