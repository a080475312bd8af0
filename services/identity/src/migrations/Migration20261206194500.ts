import { Migration } from '@mikro-orm/migrations';

/**
 * Retention of the audit log (docs/audit.md). The log stays append-only for everyone; the one way
 * to remove an entry is `identity.purge_audit_entries(keep_days, max_rows)`, which removes entries
 * older than `keep_days` (never fewer than 180 days: the Cybersecurity Law's six months for network
 * logs), oldest first. It runs as the function's owner (SECURITY DEFINER), so the service's runtime
 * role needs no DELETE on the table, and it raises a transaction-local flag the trigger checks: a
 * DELETE without the flag, or of an entry younger than 180 days, is refused as before.
 */
export class Migration20261206194500 extends Migration {
  override name = 'Migration20261206194500';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "identity"."audit_entry_append_only"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'DELETE' then
          if current_setting('careline.audit_purge', true) = 'on' and old.at < now() - interval '180 days' then
            return old;
          end if;
        end if;
        raise exception 'audit entries are append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end
    $fn$;`);
    this.addSql(`create or replace function "identity"."purge_audit_entries"(keep_days int, max_rows int) returns int
      language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
      declare
        removed int;
      begin
        if keep_days is null or keep_days < 180 then
          raise exception 'audit entries are kept at least 180 days (asked for %)', keep_days using errcode = 'invalid_parameter_value';
        end if;
        perform set_config('careline.audit_purge', 'on', true);
        delete from "identity"."audit_entry" where id in (
          select id from "identity"."audit_entry" where at < now() - make_interval(days => keep_days) order by at limit max_rows
        );
        get diagnostics removed = row_count;
        perform set_config('careline.audit_purge', 'off', true);
        return removed;
      end
    $fn$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "identity"."purge_audit_entries"(int, int);`);
    this.addSql(`create or replace function "identity"."audit_entry_append_only"() returns trigger language plpgsql as $fn$
      begin
        raise exception 'audit entries are append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end
    $fn$;`);
  }
}
