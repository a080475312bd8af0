import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';

/**
 * members' own copy of the customers crm has registered (from CustomerRegistered): enrolment
 * checks the customer exists here, never in crm's tables. Not exposed over GraphQL.
 */
@Entity({ tableName: 'known_customer' })
export class KnownCustomer {
  [OptionalProps]?: 'recordedAt' | 'keyAccountId' | 'birthDate';

  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'text' })
  channel: string;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Property({ type: 'timestamptz' })
  registeredAt: Date;

  /** the key account (partner organisation) the customer belongs to: a partner sees only these members */
  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'known_customer_key_account_id_idx' })
  keyAccountId: string | null = null;

  /** YYYY-MM-DD when crm sent one: the birthday month earns bonus points */
  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
