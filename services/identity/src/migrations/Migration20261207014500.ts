import { Migration } from '@mikro-orm/migrations';

/**
 * Data, not schema (so written by hand): the operations manager 运营经理 (SCHMG-02, the operating
 * unit's manager under the operations director, docs/domain.md §6), whose scorecard template
 * analytics seeds (issue 20). `on conflict do nothing` keeps it safe to run again.
 */
export class Migration20261207014500 extends Migration {
  override name = 'Migration20261207014500';

  override up(): void | Promise<void> {
    this.addSql(`insert into "identity"."position" ("code", "name", "name_en", "sort_order") values
      ('OPS_MANAGER', '运营经理', 'Operations Manager', 15)
      on conflict do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "identity"."position" where "code" = 'OPS_MANAGER';`);
  }
}
