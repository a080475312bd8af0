import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A customer as analytics saw it registered (from CustomerRegistered); one row per customer. */
@Entity({ tableName: 'customer_fact' })
export class CustomerFact {
  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  /** 来院渠道 code as crm published it */
  @Property({ type: 'text' })
  channel: string;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Property({ type: 'timestamptz' })
  registeredAt: Date;

  /** the registration's calendar day in the hospital time zone, 'YYYY-MM-DD' */
  @Property({ type: 'date' })
  @Index({ name: 'customer_fact_registered_day_idx' })
  registeredDay: string;
}
