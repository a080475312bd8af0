import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111732 extends Migration {
  override name = 'Migration20261124111732';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."customer" add "key_account_id" uuid null;`);
    this.addSql(`create index "customer_key_account_id_idx" on "crm"."customer" ("key_account_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "crm"."customer_key_account_id_idx";`);
    this.addSql(`alter table "crm"."customer" drop column "key_account_id";`);
  }
}
