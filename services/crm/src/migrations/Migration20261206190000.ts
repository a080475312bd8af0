import { Migration } from '@mikro-orm/migrations';

export class Migration20261206190000 extends Migration {
  override name = 'Migration20261206190000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."personal_data_request" ("id" uuid not null, "kind" text not null, "customer_id" uuid not null, "status" text not null default 'PROPOSED', "reason" text not null, "proposed_by" uuid not null, "proposed_by_name" text null, "proposed_at" timestamptz not null, "decided_by" uuid null, "decided_by_name" text null, "decided_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_request_customer_id_idx" on "crm"."personal_data_request" ("customer_id");`);
    this.addSql(
      `alter table "crm"."personal_data_request" add constraint "personal_data_request_kind_check" check ("kind" in ('EXPORT', 'ERASURE'));`,
    );
    this.addSql(
      `alter table "crm"."personal_data_request" add constraint "personal_data_request_status_check" check ("status" in ('PROPOSED', 'APPROVED', 'REJECTED'));`,
    );
    // one open request per person and kind (a double submit is CONFLICT, not a second request) …
    this.addSql(
      `create unique index "personal_data_request_open_key" on "crm"."personal_data_request" ("customer_id", "kind") where "status" = 'PROPOSED';`,
    );
    // … and one carried-out erasure per person
    this.addSql(
      `create unique index "personal_data_request_erased_key" on "crm"."personal_data_request" ("customer_id") where "kind" = 'ERASURE' and "status" = 'APPROVED';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."personal_data_request" cascade;`);
  }
}
