import { Migration } from '@mikro-orm/migrations';

/**
 * 开发人 (issue 20): a member's developing specialist (analytics credits member spend to them) and the
 * history kind DEVELOPER_CHANGED for its changes.
 */
export class Migration20261207052500 extends Migration {
  override name = 'Migration20261207052500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "members"."membership" add column "developer_id" uuid null;`);
    this.addSql(`alter table "members"."membership_event" drop constraint if exists "membership_event_kind_check";`);
    this.addSql(
      `alter table "members"."membership_event" add constraint "membership_event_kind_check" check ("kind" in ('ENROLLED', 'CARD_ISSUED', 'CARD_ACTIVATED', 'CARD_REPORTED_LOST', 'CARD_REPLACED', 'FROZEN', 'UNFROZEN', 'CANCELLED', 'TIER_CHANGED', 'KEY_CUSTOMER_SET', 'KEY_CUSTOMER_CLEARED', 'MERGED_FROM', 'MERGED_INTO', 'CUSTOMER_CHANGED', 'DEVELOPER_CHANGED'));`,
    );
  }
}
