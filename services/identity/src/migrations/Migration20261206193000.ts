import { Migration } from '@mikro-orm/migrations';

/**
 * Audit entries name the root fields an operation ran with their arguments, and carry the hash of
 * the operation document (issue 14). Rows written before have none: an empty list and null.
 */
export class Migration20261206193000 extends Migration {
  override name = 'Migration20261206193000';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "identity"."audit_entry" add column "root_fields" text[] not null default '{}', add column "operation_hash" text null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."audit_entry" drop column "root_fields", drop column "operation_hash";`);
  }
}
