import { Migration } from '@mikro-orm/migrations';

export class Migration20261124105625 extends Migration {
  override name = 'Migration20261124105625';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "members";`);
    this.addSql(
      `create table "members"."known_customer" ("customer_id" uuid not null, "channel" text not null, "region" text null, "registered_at" timestamptz not null, "recorded_at" timestamptz not null, primary key ("customer_id"));`,
    );

    this.addSql(
      `create table "members"."membership" ("id" uuid not null, "customer_id" uuid not null, "card_number" text not null, "tier" text not null default 'ORDINARY', "status" text not null default 'ACTIVE', "joined_at" timestamptz not null, "enrolled_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "members"."membership" add constraint "membership_customer_id_key" unique ("customer_id");`);
    this.addSql(`alter table "members"."membership" add constraint "membership_card_number_key" unique ("card_number");`);
    this.addSql(
      `alter table "members"."membership" add constraint "membership_status_check" check ("status" in ('ACTIVE', 'FROZEN', 'LOST', 'CANCELLED'));`,
    );
  }
}
