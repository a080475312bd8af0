import { Migration } from '@mikro-orm/migrations';

/**
 * What the entity diff cannot generate, so written by hand: the audit log is append-only. A trigger
 * refuses UPDATE and DELETE of any row, and TRUNCATE of the table, whoever asks (this service
 * included), so an entry once written cannot be rewritten or removed through the application.
 */
export class Migration20261124111910 extends Migration {
  override name = 'Migration20261124111910';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "identity"."audit_entry_append_only"() returns trigger language plpgsql as $fn$
      begin
        raise exception 'audit entries are append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end
    $fn$;`);
    this.addSql(
      `create trigger "audit_entry_no_update_or_delete" before update or delete on "identity"."audit_entry" for each row execute function "identity"."audit_entry_append_only"();`,
    );
    this.addSql(
      `create trigger "audit_entry_no_truncate" before truncate on "identity"."audit_entry" for each statement execute function "identity"."audit_entry_append_only"();`,
    );
  }
}
