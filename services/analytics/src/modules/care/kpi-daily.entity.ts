import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The KPI rollup: one measure (metric) per hospital-local day, department and dimension value.
 * dim ALL (key '') is the department's total; STAFF, CHANNEL, REGION, CUSTOMER_CLASS and TIER rows
 * split the same total by that dimension. Maintained in the transaction of the fact that changes it.
 */
@Entity({ tableName: 'kpi_daily' })
@Index({ name: 'kpi_daily_dim_key_idx', properties: ['metric', 'dim', 'dimKey', 'day'] })
export class KpiDaily {
  [PrimaryKeyProp]?: ['metric', 'day', 'department', 'dim', 'dimKey'];

  @PrimaryKey({ type: 'text' })
  metric: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  department: string;

  @PrimaryKey({ type: 'text' })
  dim: string;

  @PrimaryKey({ type: 'text' })
  dimKey: string;

  @Property({ type: 'bigint' })
  value: string;
}
