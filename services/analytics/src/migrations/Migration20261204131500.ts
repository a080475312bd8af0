import { Migration } from '@mikro-orm/migrations';

export class Migration20261204131500 extends Migration {
  override name = 'Migration20261204131500';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."care_fact" ("kind" text not null, "fact_id" text not null, "subject" text not null, "link" text null, "pending_staff" uuid null, "data" jsonb not null, primary key ("kind", "fact_id"));`,
    );
    this.addSql(`create index "care_fact_subject_idx" on "analytics"."care_fact" ("subject");`);
    this.addSql(`create index "care_fact_link_idx" on "analytics"."care_fact" ("link");`);
    this.addSql(`create index "care_fact_pending_staff_idx" on "analytics"."care_fact" ("pending_staff");`);

    this.addSql(
      `create table "analytics"."event_log" ("event_id" uuid not null, "event_type" text not null, "occurred_at" timestamptz not null, "payload" jsonb not null, "received_at" timestamptz not null default now(), primary key ("event_id"));`,
    );
    this.addSql(`create index "event_log_replay_order_idx" on "analytics"."event_log" ("occurred_at", "event_id");`);

    this.addSql(
      `create table "analytics"."kpi_daily" ("metric" text not null, "day" date not null, "department" text not null, "dim" text not null, "dim_key" text not null, "value" bigint not null, primary key ("metric", "day", "department", "dim", "dim_key"));`,
    );
    this.addSql(`create index "kpi_daily_dim_key_idx" on "analytics"."kpi_daily" ("metric", "dim", "dim_key", "day");`);

    this.addSql(
      `create table "analytics"."monthly_target" ("month" text not null, "metric" text not null, "department_code" text not null, "staff_id" text not null, "amount_fen" bigint not null, "updated_at" timestamptz not null, "updated_by" uuid null, primary key ("month", "metric", "department_code", "staff_id"));`,
    );

    this.addSql(
      `create table "analytics"."staff_dim" ("staff_id" uuid not null, "name" text not null, "department_id" text not null, "department_code" text not null, "position_code" text not null, "role" text not null, "active" boolean not null, "changed_at" timestamptz not null, primary key ("staff_id"));`,
    );
    this.addSql(`create index "staff_dim_department_code_idx" on "analytics"."staff_dim" ("department_code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."care_fact" cascade;`);
    this.addSql(`drop table if exists "analytics"."event_log" cascade;`);
    this.addSql(`drop table if exists "analytics"."kpi_daily" cascade;`);
    this.addSql(`drop table if exists "analytics"."monthly_target" cascade;`);
    this.addSql(`drop table if exists "analytics"."staff_dim" cascade;`);
  }
}
