import { Migration } from '@mikro-orm/migrations';

/**
 * Data, not schema (so written by hand, unlike the generated migrations): the hospital's
 * departments. `on conflict do nothing` keeps it safe on a database that already has them.
 */
export class Migration20261124105100 extends Migration {
  override name = 'Migration20261124105100';

  override up(): void | Promise<void> {
    this.addSql(`insert into "identity"."department" ("code", "name", "name_en", "sort_order") values
      ('CUSTOMER_SERVICE', '客服部', 'Customer Service', 10),
      ('MEMBER_CENTRE', '会员中心', 'Member Centre', 20),
      ('CONSULTATION', '咨询中心', 'Consultation Centre', 30),
      ('ONSITE', '现场咨询', 'On-site Consultation', 40),
      ('GUIDE', '导医', 'Guides', 50),
      ('KEY_ACCOUNT', '大客户部', 'Key Accounts', 60),
      ('FINANCE', '财务科', 'Finance', 70),
      ('OPERATIONS', '运营管理部', 'Operations', 80)
      on conflict do nothing;`);
  }
}
