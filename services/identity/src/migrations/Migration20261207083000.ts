import { Migration } from '@mikro-orm/migrations';

/** 补录 (docs/backdating.md): an audit entry of a record entered late keeps when the change happened beside `at`, when it was entered. */
export class Migration20261207083000 extends Migration {
  override name = 'Migration20261207083000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."audit_entry" add column "occurred_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."audit_entry" drop column "occurred_at";`);
  }
}
