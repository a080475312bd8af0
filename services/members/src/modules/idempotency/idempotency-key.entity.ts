import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The first answer to a mutation called with an idempotency key. Inserted first in the
 * mutation's own transaction: a concurrent repeat waits on the key, then finds the committed
 * answer; a failed first attempt rolls the key back with everything else, so it can be retried.
 */
@Entity({ tableName: 'idempotency_key' })
@Check({ name: 'idempotency_key_key_check', expression: 'length(key) between 1 and 200' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'text' })
  key: string;

  /** e.g. `mutation redeemGift` */
  @Property({ type: 'text' })
  operation: string;

  /** sha256 of the operation and its normalised arguments */
  @Property({ type: 'text' })
  requestHash: string;

  @Property({ type: 'text', nullable: true })
  callerId: string | null = null;

  /** the ids the first call answered with */
  @Property({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;
}
