import { Migration } from '@mikro-orm/migrations';

/** Overdue follow-ups are notified to their owner (docs/notifications.md): a notification kind of their own. */
export class Migration20261207052000 extends Migration {
  override name = 'Migration20261207052000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."notification" drop constraint "notification_kind_check";`);
    this.addSql(
      `alter table "identity"."notification" add constraint "notification_kind_check" check ("kind" in ('COMPLAINT_EMERGENCY', 'COMPLAINT_ANNOUNCED', 'KEY_ACCOUNT_RISK', 'COMPLAINT_OVERDUE', 'APPROVAL_WAITING', 'FOLLOW_UP_OVERDUE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "identity"."notification" where "kind" = 'FOLLOW_UP_OVERDUE';`);
    this.addSql(`alter table "identity"."notification" drop constraint "notification_kind_check";`);
    this.addSql(
      `alter table "identity"."notification" add constraint "notification_kind_check" check ("kind" in ('COMPLAINT_EMERGENCY', 'COMPLAINT_ANNOUNCED', 'KEY_ACCOUNT_RISK', 'COMPLAINT_OVERDUE', 'APPROVAL_WAITING'));`,
    );
  }
}
