import { YearMonthScalar } from '@careline/service-kit';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ScorecardItemKind {
  MEASURED = 'MEASURED',
  JUDGED = 'JUDGED',
}
registerEnumType(ScorecardItemKind, {
  name: 'ScorecardItemKind',
  valuesConfig: {
    MEASURED: { description: 'a registry KPI, measured over the month' },
    JUDGED: { description: 'entered 0–100 by the manager' },
  },
});

export enum ScorecardScope {
  STAFF = 'STAFF',
  DEPARTMENT = 'DEPARTMENT',
  HOSPITAL = 'HOSPITAL',
}
registerEnumType(ScorecardScope, {
  name: 'ScorecardScope',
  description: 'whose figure a measured item reads: the staff member’s, their department’s or the hospital’s',
});

export enum ScorecardFigure {
  VALUE = 'VALUE',
  SHARE = 'SHARE',
}
registerEnumType(ScorecardFigure, {
  name: 'ScorecardFigure',
  description: 'VALUE: the KPI’s value; SHARE: SATISFACTION’s share of scores ≥ 4',
});

export enum ScorecardItemStatus {
  OK = 'OK',
  NO_DATA = 'NO_DATA',
  NO_TARGET = 'NO_TARGET',
  NOT_ENTERED = 'NOT_ENTERED',
}
registerEnumType(ScorecardItemStatus, {
  name: 'ScorecardItemStatus',
  valuesConfig: {
    OK: { description: 'scored' },
    NO_DATA: { description: 'nothing to measure this month (scored 0)' },
    NO_TARGET: { description: 'no target in the template or the registry (scored 0)' },
    NOT_ENTERED: { description: 'a judged item the manager has not entered yet (scored 0)' },
  },
});

/** The fields a template item and a scored item share: declared once, inherited by both GraphQL types (not in the schema itself: nothing returns it). */
@ObjectType()
abstract class ScorecardItemFields {
  @Field(() => String)
  code: string;

  @Field(() => ScorecardItemKind)
  kind: ScorecardItemKind;

  @Field(() => String, { nullable: true, description: 'the KpiCode of a measured item' })
  kpiCode: string | null;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Float, { description: 'the weight as given (%)' })
  weight: number;

  @Field(() => Float, { description: 'weight × 100 / the template’s weight total' })
  normalisedWeight: number;

  @Field(() => ScorecardScope, { nullable: true })
  scope: ScorecardScope | null;

  @Field(() => String, {
    nullable: true,
    description:
      'KpiUnit of the figure a measured item reads (PERCENT shares 0..1, FEN, COUNT, SCORE; its targets are in it); null for judged items',
  })
  unit: string | null;

  @Field(() => String, { nullable: true, description: 'HIGHER_IS_BETTER or LOWER_IS_BETTER (measured items)' })
  direction: string | null;
}

@ObjectType({ description: 'One item of a position template' })
export class ScorecardTemplateItem extends ScorecardItemFields {
  @Field(() => ScorecardFigure, { nullable: true })
  figure: ScorecardFigure | null;

  @Field(() => String, { nullable: true, description: 'ONSITE: the on-site complaint rate (complaints / outpatient visits)' })
  variant: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'the item’s own target (a share for rates, 1 = 100 % for completion KPIs); null: the registry’s default',
  })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'the target scoring uses: target, else the registry’s defaultTarget' })
  effectiveTarget: number | null;
}

@ObjectType({ description: '绩效考核 position template: items and weights (data, edited by the operations director)' })
export class ScorecardTemplate {
  @Field(() => String)
  positionCode: string;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => [ScorecardTemplateItem])
  items: ScorecardTemplateItem[];

  @Field(() => Float, { description: 'the weights as given add up to this (115 for the on-site consultation supervisor)' })
  weightTotal: number;

  @Field(() => Boolean, { description: 'true when weightTotal ≠ 100: scoring scales the weights to 100' })
  normalised: boolean;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  updatedBy: string | null;
}

@InputType()
export class ScorecardTemplateItemInput {
  @Field(() => String)
  code: string;

  @Field(() => ScorecardItemKind)
  kind: ScorecardItemKind;

  @Field(() => String, { nullable: true })
  kpiCode?: string | null;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Float)
  weight: number;

  @Field(() => ScorecardScope, { nullable: true, description: 'measured items; default STAFF' })
  scope?: ScorecardScope | null;

  @Field(() => ScorecardFigure, { nullable: true, description: 'default VALUE' })
  figure?: ScorecardFigure | null;

  @Field(() => String, { nullable: true })
  variant?: string | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;
}

@InputType({ description: 'Replaces a position template’s items (or creates the template, names then required)' })
export class UpdateScorecardTemplateInput {
  @Field(() => String)
  positionCode: string;

  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => [ScorecardTemplateItemInput])
  items: ScorecardTemplateItemInput[];
}

@ObjectType({ description: 'One item of a staff member’s monthly scorecard' })
export class ScorecardRowItem extends ScorecardItemFields {
  @Field(() => Float, { nullable: true, description: 'measured: the figure; judged: the entered score' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'the target the figure was scored against' })
  target: number | null;

  @Field(() => Boolean, {
    description: 'the target is the KPI registry’s documented default (the template sets none): shown as 默认目标 / default target',
  })
  targetIsDefault: boolean;

  @Field(() => Float, { description: 'item score 0–120 (judged 0–100)' })
  score: number;

  @Field(() => Float, { description: 'score × normalisedWeight / 100' })
  weightedScore: number;

  @Field(() => ScorecardItemStatus)
  status: ScorecardItemStatus;
}

@ObjectType({ description: 'A staff member’s weighted score for the month, ranked within the position' })
export class ScorecardRow {
  @Field(() => String)
  staffId: string;

  @Field(() => String, { nullable: true })
  staffName: string | null;

  @Field(() => String)
  positionCode: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => String, { description: 'the month of the entry the position and department come from (this month or the latest earlier)' })
  assignedMonth: string;

  @Field(() => [ScorecardRowItem])
  items: ScorecardRowItem[];

  @Field(() => Float, { description: 'Σ weighted scores (0–120)' })
  total: number;

  @Field(() => Int, { description: 'within the position (and department when one is asked for), highest total first; ties share a rank' })
  rank: number;

  @Field(() => Boolean, { description: 'every judged item entered for the month' })
  judgedComplete: boolean;
}

@ObjectType({ description: '绩效考核 of one position for one month' })
export class ScorecardReport {
  @Field(() => String)
  month: string;

  @Field(() => ScorecardTemplate)
  template: ScorecardTemplate;

  @Field(() => String, { nullable: true })
  departmentCode: string | null;

  @Field(() => [ScorecardRow])
  rows: ScorecardRow[];
}

@InputType()
export class JudgedScoreInput {
  @Field(() => String)
  itemCode: string;

  @Field(() => Int, { description: '0–100' })
  score: number;
}

@InputType({
  description:
    'Judged scores of one staff member for a month, with who they are: identity publishes no staff events, so the entry names the staff member’s position and department',
})
export class SetJudgedScoreInput {
  @Field(() => YearMonthScalar)
  month: string;

  @Field(() => String)
  staffId: string;

  @Field(() => String, { nullable: true })
  staffName?: string | null;

  @Field(() => String)
  positionCode: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => [JudgedScoreInput])
  scores: JudgedScoreInput[];
}

@ObjectType()
export class JudgedScore {
  @Field(() => String)
  itemCode: string;

  @Field(() => Int)
  score: number;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  updatedBy: string | null;
}

@ObjectType({ description: 'A staff member’s scorecard entry for a month and the judged scores entered so far' })
export class ScorecardEntry {
  @Field(() => String)
  month: string;

  @Field(() => String)
  staffId: string;

  @Field(() => String, { nullable: true })
  staffName: string | null;

  @Field(() => String)
  positionCode: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => [JudgedScore])
  judged: JudgedScore[];
}

@ObjectType({ description: '月度经营分析 as an Excel workbook (.xlsx)' })
export class MonthlyAnalysisExport {
  @Field(() => String)
  month: string;

  @Field(() => String)
  filename: string;

  @Field(() => String, { description: 'the .xlsx file, base64' })
  contentBase64: string;

  @Field(() => [String], { description: 'the sheets, in order' })
  sheets: string[];
}
