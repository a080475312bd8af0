import { Migration } from '@mikro-orm/migrations';

const H = 60;
/** the seeded limits in minutes, per stage: LOW, MEDIUM, HIGH, CRITICAL (complaint.time-limits.ts DEFAULT_LIMIT_MINUTES) */
const DEFAULTS: [string, number, number, number, number][] = [
  ['RECEIVED', 24 * H, 8 * H, 2 * H, 30],
  ['ONSITE', 72 * H, 48 * H, 24 * H, 4 * H],
  ['ESCALATED', 72 * H, 48 * H, 24 * H, 8 * H],
  ['CONFERENCE', 120 * H, 72 * H, 48 * H, 24 * H],
  ['RESOLUTION_PROPOSED', 48 * H, 48 * H, 24 * H, 8 * H],
  ['DIRECTOR_APPROVED', 72 * H, 72 * H, 48 * H, 24 * H],
  ['FINANCE_CONFIRMED', 48 * H, 48 * H, 24 * H, 8 * H],
];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/**
 * Complaint time limits (issue 19): the limits per stage and severity as data, seeded with the
 * documented defaults, and the clock on each complaint (when its stage began, when it ran over,
 * whom it was escalated to). An open complaint's stage is taken to have begun at its last status
 * change, or at its receipt.
 */
export class Migration20261206223000 extends Migration {
  override name = 'Migration20261206223000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."complaint_time_limit" ("stage" text not null, "severity" text not null, "limit_minutes" int not null, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("stage", "severity"));`,
    );
    this.addSql(
      `alter table "crm"."complaint_time_limit" add constraint "complaint_time_limit_minutes_check" check (limit_minutes between 1 and 43200);`,
    );
    const rows = DEFAULTS.flatMap(([stage, ...minutes]) => minutes.map((m, i) => `('${stage}', '${SEVERITIES[i]}', ${m}, now())`));
    this.addSql(`insert into "crm"."complaint_time_limit" ("stage", "severity", "limit_minutes", "updated_at") values ${rows.join(', ')};`);

    this.addSql(
      `alter table "crm"."complaint" add column "stage_entered_at" timestamptz null, add column "overdue_at" timestamptz null, add column "overdue_count" int not null default 0, add column "first_overdue_at" timestamptz null, add column "escalated_to" text null, add column "escalated_at" timestamptz null;`,
    );
    this.addSql(
      `update "crm"."complaint" c set "stage_entered_at" = coalesce((select max(s."at") from "crm"."complaint_step" s where s."complaint_id" = c."id" and s."to_status" = c."status" and s."from_status" is distinct from s."to_status"), c."received_at");`,
    );
    this.addSql(`alter table "crm"."complaint" alter column "stage_entered_at" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "crm"."complaint" drop column "stage_entered_at", drop column "overdue_at", drop column "overdue_count", drop column "first_overdue_at", drop column "escalated_to", drop column "escalated_at";`,
    );
    this.addSql(`drop table if exists "crm"."complaint_time_limit" cascade;`);
  }
}
