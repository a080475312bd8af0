import { Migration } from '@mikro-orm/migrations';

/**
 * Appointment reminders and confirmations (docs/reminders.md): per-department rules, one reminder
 * per appointment (the primary key: a reminder is sent once), the customer's answer, the provider
 * callbacks seen (replay protection), and the APPOINTMENT_REMINDER template kind.
 */
export class Migration20261206230000 extends Migration {
  override name = 'Migration20261206230000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."message_template" drop constraint "message_template_kind_check";`);
    this.addSql(
      `alter table "crm"."message_template" add constraint "message_template_kind_check" check ("kind" in ('BIRTHDAY', 'HOLIDAY', 'CAMPAIGN', 'FOLLOW_UP_REMINDER', 'APPOINTMENT_REMINDER'));`,
    );
    this.addSql(
      `create table "crm"."reminder_rule" ("department_code" text not null, "enabled" boolean not null default true, "days_before" int not null default 1, "send_at" text not null default '18:00', "template_id" uuid not null, "channel" text not null default 'SMS', "quiet_start" text null, "quiet_end" text null, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("department_code"));`,
    );
    this.addSql(`alter table "crm"."reminder_rule" add constraint "reminder_rule_channel_check" check ("channel" in ('SMS', 'WECHAT'));`);
    this.addSql(
      `create table "crm"."appointment_reminder" ("appointment_id" uuid not null, "customer_id" uuid not null, "department_code" text not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "lease_until" timestamptz null, "provider_message_id" text null, "delivery_id" uuid null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("appointment_id"));`,
    );
    this.addSql(
      `alter table "crm"."appointment_reminder" add constraint "appointment_reminder_status_check" check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'GAVE_UP', 'NO_CONSENT', 'NOT_NEEDED'));`,
    );
    this.addSql(`create index "appointment_reminder_status_idx" on "crm"."appointment_reminder" ("status", "next_attempt_at");`);
    this.addSql(
      `alter table "crm"."appointment_reminder" add constraint "appointment_reminder_provider_message_id_key" unique ("provider_message_id");`,
    );
    this.addSql(
      `create table "crm"."appointment_confirmation" ("appointment_id" uuid not null, "state" text not null, "source" text not null, "recorded_by" uuid null, "at" timestamptz not null, primary key ("appointment_id"));`,
    );
    this.addSql(
      `alter table "crm"."appointment_confirmation" add constraint "appointment_confirmation_state_check" check ("state" in ('NOT_REMINDED', 'REMINDED', 'REMINDER_FAILED', 'NO_CONSENT', 'CONFIRMED', 'DECLINED'));`,
    );
    this.addSql(
      `alter table "crm"."appointment_confirmation" add constraint "appointment_confirmation_source_check" check ("source" in ('CUSTOMER_REPLY', 'STAFF'));`,
    );
    this.addSql(
      `create table "crm"."provider_callback" ("id" uuid not null, "digest" text not null, "received_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "crm"."provider_callback" add constraint "provider_callback_digest_key" unique ("digest");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."provider_callback" cascade;`);
    this.addSql(`drop table if exists "crm"."appointment_confirmation" cascade;`);
    this.addSql(`drop table if exists "crm"."appointment_reminder" cascade;`);
    this.addSql(`drop table if exists "crm"."reminder_rule" cascade;`);
    this.addSql(`alter table "crm"."message_template" drop constraint "message_template_kind_check";`);
    this.addSql(
      `alter table "crm"."message_template" add constraint "message_template_kind_check" check ("kind" in ('BIRTHDAY', 'HOLIDAY', 'CAMPAIGN', 'FOLLOW_UP_REMINDER'));`,
    );
  }
}
