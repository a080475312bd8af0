import { Migration } from '@mikro-orm/migrations';

/** 排班: one schedule per doctor (weekly hours, exceptions, slot length), docs/doctor-schedules.md. */
export class Migration20261207051000 extends Migration {
  override name = 'Migration20261207051000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."doctor_schedule" ("doctor_id" uuid not null, "department_code" text not null, "slot_minutes" int not null, "weekly" jsonb not null, "exceptions" jsonb not null, "updated_by" uuid null, "updated_at" timestamptz not null, constraint "doctor_schedule_pkey" primary key ("doctor_id"));`,
    );
    this.addSql(`create index "doctor_schedule_department_code_idx" on "crm"."doctor_schedule" ("department_code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."doctor_schedule" cascade;`);
  }
}
