import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: answers of the whole-membership analyses (RFM, cohort retention) for days and months
 * in the past are kept (ma_report_cache) with the snapshot they were computed in, and every
 * transaction that writes a past day of the rows they read is recorded (ma_report_change) by
 * statement triggers on ma_customer_daily and ma_member, so a kept answer is served only while no
 * change it did not see has committed (report-cache.entity.ts).
 *
 * "Past" is two days before today in UTC: in any time zone that is before the hospital's today, so
 * the day's own events (today, yesterday during the night) never mark; the readers keep only
 * answers three or more UTC days old. No time zone to configure.
 */
export class Migration20261207180000 extends Migration {
  override name = 'Migration20261207180000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."ma_report_change" ("xid" bigint not null, "changed_at" timestamptz not null default now(), constraint "ma_report_change_pkey" primary key ("xid"));`,
    );
    this.addSql(
      `create table "analytics"."ma_report_cache" ("report" text not null, "key" text not null, "snapshot" text not null, "value" jsonb not null, "computed_at" timestamptz not null default now(), constraint "ma_report_cache_pkey" primary key ("report", "key"));`,
    );
    for (const [table, past] of [
      ['ma_customer_daily', 'r.day <= horizon'],
      ['ma_member', 'least(r.joined_day, r.cancelled_day) <= horizon'],
    ] as const) {
      this.addSql(
        `create function "analytics"."${table}_mark_past"() returns trigger language plpgsql as $$
         declare
           horizon date := (clock_timestamp() at time zone 'UTC')::date - 2;
           touched boolean := tg_op = 'TRUNCATE';
         begin
           if not touched and tg_op in ('INSERT', 'UPDATE') then
             touched := exists (select 1 from new_rows r where ${past});
           end if;
           if not touched and tg_op in ('UPDATE', 'DELETE') then
             touched := exists (select 1 from old_rows r where ${past});
           end if;
           if touched then
             insert into "analytics"."ma_report_change" (xid) values (pg_current_xact_id()::text::bigint) on conflict do nothing;
           end if;
           return null;
         end $$;`,
      );
      const mark = `execute function "analytics"."${table}_mark_past"()`;
      this.addSql(
        `create trigger "${table}_mark_past_insert" after insert on "analytics"."${table}" referencing new table as new_rows for each statement ${mark};`,
      );
      this.addSql(
        `create trigger "${table}_mark_past_update" after update on "analytics"."${table}" referencing old table as old_rows new table as new_rows for each statement ${mark};`,
      );
      this.addSql(
        `create trigger "${table}_mark_past_delete" after delete on "analytics"."${table}" referencing old table as old_rows for each statement ${mark};`,
      );
      this.addSql(`create trigger "${table}_mark_past_truncate" after truncate on "analytics"."${table}" for each statement ${mark};`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['ma_customer_daily', 'ma_member']) {
      for (const op of ['insert', 'update', 'delete', 'truncate'])
        this.addSql(`drop trigger "${table}_mark_past_${op}" on "analytics"."${table}";`);
      this.addSql(`drop function "analytics"."${table}_mark_past"();`);
    }
    this.addSql(`drop table "analytics"."ma_report_cache";`);
    this.addSql(`drop table "analytics"."ma_report_change";`);
  }
}
