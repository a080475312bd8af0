import { Migration } from '@mikro-orm/migrations';

/** 客户查询 lists newest registration first: an index on (created_at, id) for its order and keyset paging. */
export class Migration20261206234334 extends Migration {
  override name = 'Migration20261206234334';

  override up(): void | Promise<void> {
    this.addSql(`create index "customer_created_at_id_idx" on "crm"."customer" ("created_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "crm"."customer_created_at_id_idx";`);
  }
}
