import { Migration } from '@mikro-orm/migrations';

export class Migration20261204132150 extends Migration {
  override name = 'Migration20261204132150';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."complaint" add "refund_receipt_number" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "crm"."complaint" drop column "refund_receipt_number";`);
  }
}
