import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111956 extends Migration {
  override name = 'Migration20261124111956';

  override up(): void | Promise<void> {
    this.addSql(`alter table "members"."known_customer" add "key_account_id" uuid null;`);
    this.addSql(`create index "known_customer_key_account_id_idx" on "members"."known_customer" ("key_account_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "members"."known_customer_key_account_id_idx";`);
    this.addSql(`alter table "members"."known_customer" drop column "key_account_id";`);
  }
}
