import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The channel members are counted under while their customer's registration has not arrived. */
export const UNKNOWN_CHANNEL = 'UNKNOWN';

/**
 * Rollup the dashboards read: new customers and new members per hospital-local day and channel,
 * kept in the same transaction as the fact that changes it (never recomputed at query time).
 */
@Entity({ tableName: 'daily_new_customers' })
export class DailyNewCustomers {
  [PrimaryKeyProp]?: ['day', 'channel'];

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  channel: string;

  @Property({ type: 'integer', default: 0 })
  newCustomers: number = 0;

  @Property({ type: 'integer', default: 0 })
  newMembers: number = 0;
}
