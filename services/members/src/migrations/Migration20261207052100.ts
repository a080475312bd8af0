import { Migration } from '@mikro-orm/migrations';

/** Membership.pointsLots (issue 17): a member's lots, every one, paged newest first like the other child lists. */
export class Migration20261207052100 extends Migration {
  override name = 'Migration20261207052100';

  override up(): void | Promise<void> {
    this.addSql(`create index "points_lot_membership_id_idx" on "members"."points_lot" ("membership_id", "id");`);
  }
}
