import { Migration } from '@mikro-orm/migrations';

export class Migration20261124104436 extends Migration {
  override name = 'Migration20261124104436';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "crm";`);
    this.addSql(
      `create table "crm"."customer" ("id" uuid not null, "name" text not null, "phone" text not null, "gender" text not null default 'UNKNOWN', "channel" text not null, "region" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_name_idx" on "crm"."customer" ("name");`);
    this.addSql(`alter table "crm"."customer" add constraint "customer_phone_key" unique ("phone");`);
    this.addSql(`create index "customer_channel_idx" on "crm"."customer" ("channel");`);
    this.addSql(`alter table "crm"."customer" add constraint "customer_gender_check" check ("gender" in ('FEMALE', 'MALE', 'UNKNOWN'));`);
    this.addSql(
      `alter table "crm"."customer" add constraint "customer_channel_check" check ("channel" in ('PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'));`,
    );
  }
}
