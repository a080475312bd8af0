import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar, YearMonthScalar } from '@careline/service-kit';
import { PeriodKind } from '../kpi-period.js';
import { KPI_REGISTRY, KpiCode, KpiCredit, KpiDepartmentOf, KpiDimension, KpiDirection, KpiUnit, TargetMetric } from '../kpi-registry.js';
import type { KpiScope } from '../kpi.service.js';
import type { ResolvedPeriod } from '../kpi-period.js';

registerEnumType(KpiCode, {
  name: 'KpiCode',
  description: 'The KPIs of the registry (docs/domain.md §6), each defined once in analytics’ kpi-registry',
  valuesConfig: Object.fromEntries(KPI_REGISTRY.map((e) => [e.code, { description: `${e.nameZh} ${e.nameEn}` }])),
});
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  valuesConfig: {
    PERCENT: { description: 'a share 0..1' },
    COUNT: { description: 'a whole number' },
    FEN: { description: 'money, fen' },
    SCORE: { description: 'a mean score (satisfaction 1–5)' },
  },
});
registerEnumType(KpiDirection, { name: 'KpiDirection' });
registerEnumType(KpiCredit, {
  name: 'KpiCredit',
  description: 'Whose work a KPI’s staff figure credits (docs/domain.md §6)',
  valuesConfig: {
    CONSULTANT: { description: 'the consultant who took the consultation' },
    BOOKING_PHONE_CONSULTANT: { description: 'the phone consultant who booked the visit' },
    BOOKING_AND_ONSITE_CONSULTANT: { description: 'the phone consultant who booked and the on-site consultant it was handed to' },
    CLOSING_ONSITE_CONSULTANT: { description: 'the on-site consultant who received the customer and closed' },
    MEMBER_DEVELOPER: { description: '开发人: the member’s developing specialist (without one: the staff member on the receipt)' },
    FOLLOW_UP_OWNER: { description: 'the follow-up task’s owner' },
    COMPLAINT_STAFF: { description: 'the staff member the complaint concerns' },
    FRONT_DESK_TEAM: { description: 'a team figure: per front-desk guide' },
    HOSPITAL: { description: 'the hospital’s figure' },
  },
});
registerEnumType(KpiDepartmentOf, {
  name: 'KpiDepartmentOf',
  description: 'Which department a KPI figure belongs to on a scorecard',
  valuesConfig: {
    STAFF_DEPARTMENT: { description: 'the credited staff member’s own department (the clinical department is the DEPARTMENT breakdown)' },
    HOSPITAL: { description: 'the hospital’s, whatever the scope' },
  },
});
registerEnumType(KpiDimension, {
  name: 'KpiDimension',
  description: 'What a KPI can be broken down by; each KPI lists those its data carries (KpiDefinition.dimensions)',
});
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  valuesConfig: {
    DAY: { description: 'one hospital-local day' },
    WEEK: { description: 'the ISO week (Monday–Sunday) of the date' },
    MONTH: { description: 'the calendar month of the date' },
    CUSTOM: { description: 'from date to `to`, both included, at most 366 days' },
  },
});
registerEnumType(TargetMetric, {
  name: 'TargetMetric',
  valuesConfig: {
    REVENUE: { description: '营业收入目标 (REVENUE_COMPLETION)' },
    MEMBER_SPEND: { description: '会员消费额目标 (MEMBER_SPEND_COMPLETION)' },
    PHONE_TO_SALE: { description: '电转销售目标 (PHONE_TO_SALE_ACHIEVEMENT)' },
  },
});

@InputType({ description: 'A KPI period in the hospital time zone: the day, ISO week or month of `date`, or CUSTOM from `date` to `to`' })
export class KpiPeriodInput {
  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => LocalDateScalar, { description: 'any day of the period (CUSTOM: the first day)' })
  date: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'CUSTOM only: the last day (at most 366 days in all); ignored for the other kinds',
  })
  to?: string | null;
}

@ObjectType({ description: 'The days a KPI figure covers (YYYY-MM-DD, both included, hospital time zone)' })
export class KpiPeriod {
  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String, { description: '2026-12-04, 2026-W49, 2026-12 or 2026-12-01~2026-12-10' })
  label: string;
}

@ObjectType('KpiDefinition', { description: 'One KPI of the registry: its definition as the hospital’s documents write it' })
export class KpiDefinitionType {
  @Field(() => KpiCode)
  code: KpiCode;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => String, { description: 'what is counted, and the base measures' })
  numerator: string;

  @Field(() => String, { nullable: true, description: 'null: the KPI is a count (the numerator itself)' })
  denominator: string | null;

  @Field(() => KpiUnit)
  unit: KpiUnit;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field(() => [KpiDimension])
  dimensions: KpiDimension[];

  @Field(() => Float, {
    nullable: true,
    description:
      'what the value is held against without a monthly target (completion KPIs: 1 = 100 %; SATISFACTION: the share of scores ≥ 4)',
  })
  defaultTarget: number | null;

  @Field(() => String, { description: 'why the default target is what it is (docs/analytics-kpis.md)' })
  defaultTargetText: string;

  @Field(() => KpiCredit, { description: 'whose work the staff figure credits' })
  credits: KpiCredit;

  @Field(() => KpiDepartmentOf, { description: 'which department the figure belongs to on a scorecard' })
  departmentOf: KpiDepartmentOf;
}

@ObjectType({
  description:
    'A KPI figure: rates as shares 0..1, money in fen; completion KPIs: value = numerator / the pro-rated target (the denominator)',
})
export class KpiValue {
  @Field(() => Float)
  numerator: number;

  @Field(() => Float, {
    nullable: true,
    description: 'null for counts, and for completion KPIs without a target for every month of the period',
  })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'null when the denominator is 0 or unknown (nothing to measure)' })
  value: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'SATISFACTION: the share of scores ≥ 4; null for the other KPIs' })
  share?: number | null;
}

@ObjectType()
export class KpiBreakdownRow {
  @Field(() => String, { description: "department code, staff id, channel or region code ('' when unknown)" })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => KpiValue)
  value: KpiValue;
}

@ObjectType()
export class KpiTrendPoint {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  label: string;

  @Field(() => KpiValue)
  value: KpiValue;
}

@ObjectType({ description: 'One KPI over a period against the previous period of the same kind and length' })
export class KpiSummary {
  @Field(() => KpiCode)
  code: KpiCode;

  @Field(() => KpiDefinitionType)
  definition: KpiDefinitionType;

  @Field(() => KpiPeriod)
  period: ResolvedPeriod;

  @Field(() => KpiPeriod, { description: 'the day, week or month before, or as many days just before a CUSTOM period' })
  previousPeriod: ResolvedPeriod;

  @Field(() => KpiValue)
  current: KpiValue;

  @Field(() => KpiValue)
  previous: KpiValue;

  @Field(() => Float, { nullable: true, description: 'current.value − previous.value; null when either is null' })
  change: number | null;

  /** the scope the figures were measured for (trend and breakdown use it) */
  scope: KpiScope;
}

@ObjectType({ description: '咨询 → 预约 → 到院 → 成交 over a period' })
export class KpiFunnel {
  @Field(() => Int, { description: 'consultations registered (CONSULTATIONS)' })
  consultations: number;

  @Field(() => Int, { description: 'appointments booked for the period, cancelled and no-show ones excluded (BOOKINGS)' })
  bookings: number;

  @Field(() => Int, { description: 'outpatient visits (OUTPATIENT_VISITS)' })
  arrivals: number;

  @Field(() => Int, { description: 'visits that ended in a deal (DEALT_VISITS)' })
  deals: number;

  @Field(() => KpiPeriod)
  period: ResolvedPeriod;
}

@ObjectType({ description: 'A monthly target: the hospital (departmentCode ""), a department, or a staff member' })
export class MonthlyTarget {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => TargetMetric)
  metric: TargetMetric;

  @Field(() => String, { description: "'' for the hospital's own target" })
  departmentCode: string;

  @Field(() => ID, { nullable: true, description: 'null unless the target is a staff member’s' })
  staffId: string | null;

  @Field(() => FenScalar)
  amountFen: number;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => ID, { nullable: true })
  updatedBy: string | null;
}

@InputType()
export class SetMonthlyTargetInput {
  @Field(() => YearMonthScalar)
  month: string;

  @Field(() => TargetMetric)
  metric: TargetMetric;

  @Field(() => String, { description: "'' for the hospital's own target" })
  departmentCode: string;

  @Field(() => ID, { nullable: true, description: 'a staff member’s target; null or absent for the department’s (or hospital’s)' })
  staffId?: string | null;

  @Field(() => FenScalar, { description: '0 or more' })
  amountFen: number;
}
