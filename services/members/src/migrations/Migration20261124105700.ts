import { Migration } from '@mikro-orm/migrations';
import { processedEventTableSql } from '@careline/service-kit';

/**
 * What the entity diff cannot generate, so written by hand: the consumer's processed_event table
 * (idempotent event handling, see consumeOnce) and the card-number sequence. A sequence never
 * hands a number out twice, even when the enrolment that drew it rolls back; 8 digits, no cycle.
 */
export class Migration20261124105700 extends Migration {
  override name = 'Migration20261124105700';

  override up(): void | Promise<void> {
    this.addSql(processedEventTableSql('members'));
    this.addSql(
      `create sequence if not exists "members"."membership_card_number_seq" as bigint start with 1 minvalue 1 maxvalue 99999999 no cycle;`,
    );
  }
}
