import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A monthly target set by the operations director: hospital ('' / ''), a department, or a staff member. */
@Entity({ tableName: 'monthly_target' })
export class MonthlyTargetRow {
  [PrimaryKeyProp]?: ['month', 'metric', 'departmentCode', 'staffId'];

  /** YYYY-MM */
  @PrimaryKey({ type: 'text' })
  month: string;

  /** REVENUE, MEMBER_SPEND or PHONE_TO_SALE (TargetMetric of the KPI registry) */
  @PrimaryKey({ type: 'text' })
  metric: string;

  /** '' for the hospital's own target */
  @PrimaryKey({ type: 'text' })
  departmentCode: string;

  /** '' unless the target is a staff member's */
  @PrimaryKey({ type: 'text' })
  staffId: string;

  @Property({ type: 'bigint' })
  amountFen: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
