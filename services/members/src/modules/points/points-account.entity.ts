import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A member's balance, kept in the same transaction as every entry. Every writer locks this row
 * first (insert … on conflict do update), so writers of one member run one at a time while
 * different members proceed in parallel; the check makes a negative balance impossible.
 */
@Entity({ tableName: 'points_account' })
@Check({ name: 'points_account_balance_check', expression: 'balance >= 0' })
@Check({ name: 'points_account_entries_check', expression: 'entries >= 0' })
export class PointsAccount {
  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'integer', default: 0 })
  balance: number = 0;

  /** how many entries the member's ledger has: the next entry's seq is entries + 1 */
  @Property({ type: 'integer', default: 0 })
  entries: number = 0;

  @Property({ type: 'timestamptz' })
  updatedAt: Date;
}
