import { Migration } from '@mikro-orm/migrations';

export class Migration20261124105059 extends Migration {
  override name = 'Migration20261124105059';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "analytics";`);
    this.addSql(
      `create table "analytics"."customer_fact" ("customer_id" uuid not null, "channel" text not null, "region" text null, "registered_at" timestamptz not null, "registered_day" date not null, primary key ("customer_id"));`,
    );
    this.addSql(`create index "customer_fact_registered_day_idx" on "analytics"."customer_fact" ("registered_day");`);

    this.addSql(
      `create table "analytics"."daily_new_customers" ("day" date not null, "channel" text not null, "new_customers" int not null default 0, "new_members" int not null default 0, primary key ("day", "channel"));`,
    );

    this.addSql(
      `create table "analytics"."membership_fact" ("membership_id" uuid not null, "customer_id" uuid not null, "tier" text not null, "joined_at" timestamptz not null, "joined_day" date not null, "channel" text null, primary key ("membership_id"));`,
    );
    this.addSql(`create index "membership_fact_customer_id_idx" on "analytics"."membership_fact" ("customer_id");`);

    this.addSql(
      `create table "analytics"."processed_event" ("event_id" uuid not null, "event_type" text not null, "processed_at" timestamptz not null default now(), primary key ("event_id"));`,
    );
  }
}
