import { Migration } from '@mikro-orm/migrations';

export class Migration20261207013332 extends Migration {
  override name = 'Migration20261207013332';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity"."notification" ("id" uuid not null, "event_id" uuid not null, "recipient_id" uuid not null, "kind" text not null, "params" jsonb not null, "link" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "notification_recipient_idx" on "identity"."notification" ("recipient_id", "id");`);
    this.addSql(
      `alter table "identity"."notification" add constraint "notification_event_recipient_unique" unique ("event_id", "recipient_id");`,
    );

    this.addSql(
      `alter table "identity"."notification" add constraint "notification_kind_check" check ("kind" in ('COMPLAINT_EMERGENCY', 'COMPLAINT_ANNOUNCED', 'KEY_ACCOUNT_RISK', 'COMPLAINT_OVERDUE', 'APPROVAL_WAITING'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."notification" cascade;`);
  }
}
