import { Migration } from '@mikro-orm/migrations';

/**
 * Messages that are sent (docs/messaging.md): THROTTLED (retried at next_attempt_at, with what the
 * retry needs in retry_payload until it is settled) and REJECTED deliveries, the attempt count, and
 * the carrier's delivery receipt.
 */
export class Migration20261207013647 extends Migration {
  override name = 'Migration20261207013647';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."message_delivery" drop constraint "message_delivery_status_check";`);
    this.addSql(
      `alter table "crm"."message_delivery" add "attempts" int not null default 1, add "next_attempt_at" timestamptz null, add "retry_payload" jsonb null, add "receipt" text null, add "receipt_error" text null, add "receipt_at" timestamptz null;`,
    );
    this.addSql(`create index "message_delivery_next_attempt_at_idx" on "crm"."message_delivery" ("next_attempt_at");`);
    this.addSql(
      `alter table "crm"."message_delivery" add constraint "message_delivery_receipt_check" check ("receipt" in ('RECEIVED', 'NOT_RECEIVED'));`,
    );
    this.addSql(
      `alter table "crm"."message_delivery" add constraint "message_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED', 'THROTTLED', 'REJECTED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "crm"."message_delivery_next_attempt_at_idx";`);
    this.addSql(`alter table "crm"."message_delivery" drop constraint "message_delivery_receipt_check";`);
    this.addSql(`alter table "crm"."message_delivery" drop constraint "message_delivery_status_check";`);
    this.addSql(
      `alter table "crm"."message_delivery" drop column "attempts", drop column "next_attempt_at", drop column "retry_payload", drop column "receipt", drop column "receipt_error", drop column "receipt_at";`,
    );
    this.addSql(
      `alter table "crm"."message_delivery" add constraint "message_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED'));`,
    );
  }
}
