import { Migration } from '@mikro-orm/migrations';

/**
 * 绩效考核 (issue 6): the position templates, each staff member's monthly scorecard entry and the
 * judged scores the manager enters. The six templates of DOMAIN.md §6 are seeded with their
 * weights exactly as the operations department's job descriptions give them — the on-site
 * consultation supervisor's add up to 115 and are kept so; scoring normalises them to 100.
 * Data rows are written by hand (`on conflict do nothing`: running it again changes nothing, and
 * the director's later edits are never overwritten).
 *
 * Each item: code, kind MEASURED (kpiCode of the registry, measured by KpiService.measure over the
 * month at `scope` STAFF / DEPARTMENT / HOSPITAL; `figure` SHARE reads SATISFACTION's share of
 * scores ≥ 4; `variant` ONSITE the on-site complaint rate) or JUDGED (entered 0–100 by the
 * manager); `target` null = the registry's default target.
 */
const TEMPLATES: { position: string; zh: string; en: string; sort: number; items: unknown[] }[] = [
  {
    position: 'OPS_DIRECTOR',
    zh: '运营管理部总监',
    en: 'Operations Director',
    sort: 10,
    items: [
      { code: 'REVENUE_COMPLETION', kind: 'MEASURED', kpiCode: 'REVENUE_COMPLETION', nameZh: '营业收入完成率', nameEn: 'Revenue completion', weight: 20, scope: 'HOSPITAL', figure: 'VALUE', variant: null, target: 1 },
      { code: 'BUSINESS_ANALYSIS_ON_TIME', kind: 'JUDGED', kpiCode: null, nameZh: '月度经营分析按时完成', nameEn: 'Monthly business analysis on time', weight: 10, scope: null, figure: null, variant: null, target: null },
      { code: 'SATISFACTION', kind: 'MEASURED', kpiCode: 'SATISFACTION', nameZh: '满意度（≥4分占比）', nameEn: 'Satisfaction (share of scores ≥ 4)', weight: 20, scope: 'HOSPITAL', figure: 'SHARE', variant: null, target: 0.95 },
      { code: 'FRONT_DESK_PRODUCTIVITY', kind: 'MEASURED', kpiCode: 'FRONT_DESK_PRODUCTIVITY', nameZh: '前台人均销售额', nameEn: 'Front-desk productivity', weight: 20, scope: 'HOSPITAL', figure: 'VALUE', variant: null, target: null },
      { code: 'ADMINISTRATION', kind: 'JUDGED', kpiCode: null, nameZh: '行政管理', nameEn: 'Administration', weight: 20, scope: null, figure: null, variant: null, target: null },
      { code: 'TALENT_DEVELOPMENT', kind: 'JUDGED', kpiCode: null, nameZh: '人才培养', nameEn: 'Talent development', weight: 10, scope: null, figure: null, variant: null, target: null },
    ],
  },
  {
    position: 'CS_MANAGER',
    zh: '客服经理',
    en: 'Customer Service Manager',
    sort: 20,
    items: [
      { code: 'REVENUE_COMPLETION', kind: 'MEASURED', kpiCode: 'REVENUE_COMPLETION', nameZh: '销售目标达成率', nameEn: 'Sales target achievement', weight: 20, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: 1 },
      { code: 'PHONE_CONVERTED_VISITS', kind: 'MEASURED', kpiCode: 'PHONE_CONVERTED_VISITS', nameZh: '电话咨询来院量', nameEn: 'Phone-consult visits', weight: 20, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: null },
      { code: 'SATISFACTION', kind: 'MEASURED', kpiCode: 'SATISFACTION', nameZh: '会员满意度（≥4分占比）', nameEn: 'Member satisfaction (share of scores ≥ 4)', weight: 20, scope: 'DEPARTMENT', figure: 'SHARE', variant: null, target: 0.95 },
      { code: 'MEMBER_REDEVELOPMENT_RATE', kind: 'MEASURED', kpiCode: 'MEMBER_REDEVELOPMENT_RATE', nameZh: '会员再次开发率', nameEn: 'Member redevelopment rate', weight: 20, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: null },
      { code: 'ADMINISTRATION', kind: 'JUDGED', kpiCode: null, nameZh: '行政管理', nameEn: 'Administration', weight: 20, scope: null, figure: null, variant: null, target: null },
    ],
  },
  {
    position: 'PHONE_CONSULTANT',
    zh: '电话咨询员',
    en: 'Phone Consultant',
    sort: 30,
    items: [
      { code: 'PHONE_TO_SALE_ACHIEVEMENT', kind: 'MEASURED', kpiCode: 'PHONE_TO_SALE_ACHIEVEMENT', nameZh: '电转销售目标达成率', nameEn: 'Phone-to-sale achievement', weight: 25, scope: 'STAFF', figure: 'VALUE', variant: null, target: 1 },
      { code: 'PHONE_TO_OUTPATIENT_RATE', kind: 'MEASURED', kpiCode: 'PHONE_TO_OUTPATIENT_RATE', nameZh: '电转门诊率', nameEn: 'Phone-to-outpatient rate', weight: 20, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'COMPLAINT_RATE', kind: 'MEASURED', kpiCode: 'COMPLAINT_RATE', nameZh: '顾客投诉率', nameEn: 'Complaint rate', weight: 20, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'BOOKING_DEAL_RATE', kind: 'MEASURED', kpiCode: 'BOOKING_DEAL_RATE', nameZh: '预约咨询成交率', nameEn: 'Booking deal rate', weight: 15, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'CONDUCT', kind: 'JUDGED', kpiCode: null, nameZh: '日常行为规范', nameEn: 'Daily conduct', weight: 20, scope: null, figure: null, variant: null, target: null },
    ],
  },
  {
    position: 'MEMBER_SPECIALIST',
    zh: '会员专员',
    en: 'Member Specialist',
    sort: 40,
    items: [
      { code: 'MEMBER_SPEND_COMPLETION', kind: 'MEASURED', kpiCode: 'MEMBER_SPEND_COMPLETION', nameZh: '会员消费额完成率', nameEn: 'Member spend completion', weight: 30, scope: 'STAFF', figure: 'VALUE', variant: null, target: 1 },
      { code: 'SATISFACTION', kind: 'MEASURED', kpiCode: 'SATISFACTION', nameZh: '会员满意度（≥4分占比）', nameEn: 'Member satisfaction (share of scores ≥ 4)', weight: 20, scope: 'STAFF', figure: 'SHARE', variant: null, target: 0.95 },
      // customers are registered for the hospital, never by a staff member: the hospital's figure
      { code: 'DATABASE_COMPLETENESS', kind: 'MEASURED', kpiCode: 'DATABASE_COMPLETENESS', nameZh: '数据库完整性', nameEn: 'Database completeness', weight: 15, scope: 'HOSPITAL', figure: 'VALUE', variant: null, target: null },
      { code: 'FOLLOW_UP_RATE', kind: 'MEASURED', kpiCode: 'FOLLOW_UP_RATE', nameZh: '回访率', nameEn: 'Follow-up rate', weight: 15, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'FEEDBACK', kind: 'JUDGED', kpiCode: null, nameZh: '信息反馈', nameEn: 'Feedback', weight: 10, scope: null, figure: null, variant: null, target: null },
      { code: 'CONDUCT', kind: 'JUDGED', kpiCode: null, nameZh: '日常行为规范', nameEn: 'Daily conduct', weight: 10, scope: null, figure: null, variant: null, target: null },
    ],
  },
  {
    position: 'ONSITE_SUPERVISOR',
    zh: '现场咨询主管',
    en: 'On-site Consultation Supervisor',
    sort: 50,
    items: [
      { code: 'REVENUE_COMPLETION', kind: 'MEASURED', kpiCode: 'REVENUE_COMPLETION', nameZh: '目标达成率', nameEn: 'Target achievement', weight: 25, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: 1 },
      { code: 'SATISFACTION', kind: 'MEASURED', kpiCode: 'SATISFACTION', nameZh: '满意度（≥95%）', nameEn: 'Satisfaction (≥ 95 %)', weight: 25, scope: 'DEPARTMENT', figure: 'SHARE', variant: null, target: 0.95 },
      { code: 'ONSITE_DEAL_RATE', kind: 'MEASURED', kpiCode: 'ONSITE_DEAL_RATE', nameZh: '现场成交率', nameEn: 'On-site deal rate', weight: 30, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: null },
      { code: 'OLD_CUSTOMER_REPURCHASE_RATE', kind: 'MEASURED', kpiCode: 'OLD_CUSTOMER_REPURCHASE_RATE', nameZh: '老顾客再次消费率', nameEn: 'Old-customer repurchase rate', weight: 15, scope: 'DEPARTMENT', figure: 'VALUE', variant: null, target: null },
      { code: 'ADMINISTRATION', kind: 'JUDGED', kpiCode: null, nameZh: '行政管理', nameEn: 'Administration', weight: 20, scope: null, figure: null, variant: null, target: null },
    ],
  },
  {
    position: 'ONSITE_CONSULTANT',
    zh: '现场咨询师',
    en: 'On-site Consultant',
    sort: 60,
    items: [
      { code: 'REVENUE_COMPLETION', kind: 'MEASURED', kpiCode: 'REVENUE_COMPLETION', nameZh: '目标达成率', nameEn: 'Target achievement', weight: 20, scope: 'STAFF', figure: 'VALUE', variant: null, target: 1 },
      { code: 'COMPLAINT_RATE', kind: 'MEASURED', kpiCode: 'COMPLAINT_RATE', nameZh: '顾客投诉率（现场）', nameEn: 'Complaint rate (on-site)', weight: 20, scope: 'STAFF', figure: 'VALUE', variant: 'ONSITE', target: null },
      { code: 'ONSITE_DEAL_RATE', kind: 'MEASURED', kpiCode: 'ONSITE_DEAL_RATE', nameZh: '现场成交率', nameEn: 'On-site deal rate', weight: 25, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'BOOKING_DEAL_RATE', kind: 'MEASURED', kpiCode: 'BOOKING_DEAL_RATE', nameZh: '预约咨询成交率', nameEn: 'Booking deal rate', weight: 25, scope: 'STAFF', figure: 'VALUE', variant: null, target: null },
      { code: 'CONDUCT', kind: 'JUDGED', kpiCode: null, nameZh: '日常行为规范', nameEn: 'Daily conduct', weight: 10, scope: null, figure: null, variant: null, target: null },
    ],
  },
];

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class Migration20261204213000 extends Migration {

  override name = 'Migration20261204213000';

  override up(): void | Promise<void> {
    this.addSql(`create table "analytics"."scorecard_template" ("position_code" text not null, "name_zh" text not null, "name_en" text not null, "sort_order" int not null default 0, "items" jsonb not null, "updated_at" timestamptz not null default now(), "updated_by" uuid null, primary key ("position_code"));`);

    this.addSql(`create table "analytics"."scorecard_entry" ("month" text not null, "staff_id" uuid not null, "staff_name" text null, "position_code" text not null, "department_code" text not null, "updated_at" timestamptz not null, "updated_by" uuid null, primary key ("month", "staff_id"));`);
    this.addSql(`create index "scorecard_entry_position_idx" on "analytics"."scorecard_entry" ("position_code", "month");`);

    this.addSql(`create table "analytics"."scorecard_judged" ("month" text not null, "staff_id" uuid not null, "item_code" text not null, "score" smallint not null, "updated_at" timestamptz not null, "updated_by" uuid null, primary key ("month", "staff_id", "item_code"));`);

    const values = TEMPLATES.map((t) => `(${quote(t.position)}, ${quote(t.zh)}, ${quote(t.en)}, ${t.sort}, ${quote(JSON.stringify(t.items))}::jsonb)`).join(',\n      ');
    this.addSql(`insert into "analytics"."scorecard_template" ("position_code", "name_zh", "name_en", "sort_order", "items") values
      ${values}
      on conflict do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."scorecard_template" cascade;`);
    this.addSql(`drop table if exists "analytics"."scorecard_entry" cascade;`);
    this.addSql(`drop table if exists "analytics"."scorecard_judged" cascade;`);
  }

}
