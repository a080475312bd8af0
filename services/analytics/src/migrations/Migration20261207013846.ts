import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20: the operations manager's scorecard template (运营经理, SCHMG-02, docs/domain.md §6:
 * unit revenue completion 20, monthly business analysis 10, customer satisfaction 20, front-desk
 * productivity — sales / front-desk headcount — 20, administration 20, training hours 10), and the
 * operations director's 人才培养 as a count (people trained in the month, held against a target of
 * 2) rather than a 0–100 judgement (a judged item with a target is a count, scorecard-scoring.ts);
 * the customer-service manager's 销售目标达成率 reads the department's phone-to-sale achievement.
 *
 * Data only (`on conflict do nothing`; the director's target is set only while the item still has
 * none), so running it again changes nothing and the director's later edits are never overwritten.
 * The snapshot also records the scorecard tables Migration20261204213000 wrote by hand.
 */
const OPS_MANAGER_ITEMS = [
  {
    code: 'REVENUE_COMPLETION',
    kind: 'MEASURED',
    kpiCode: 'REVENUE_COMPLETION',
    nameZh: '营业收入完成率',
    nameEn: 'Revenue completion',
    weight: 20,
    scope: 'HOSPITAL',
    figure: 'VALUE',
    variant: null,
    target: 1,
  },
  {
    code: 'BUSINESS_ANALYSIS',
    kind: 'JUDGED',
    kpiCode: null,
    nameZh: '月度经营分析',
    nameEn: 'Monthly business analysis',
    weight: 10,
    scope: null,
    figure: null,
    variant: null,
    target: null,
  },
  {
    code: 'SATISFACTION',
    kind: 'MEASURED',
    kpiCode: 'SATISFACTION',
    nameZh: '顾客满意度',
    nameEn: 'Customer satisfaction',
    weight: 20,
    scope: 'HOSPITAL',
    figure: 'SHARE',
    variant: null,
    target: 0.95,
  },
  {
    code: 'FRONT_DESK_PRODUCTIVITY',
    kind: 'MEASURED',
    kpiCode: 'FRONT_DESK_PRODUCTIVITY',
    nameZh: '前台劳动生产率',
    nameEn: 'Front-desk productivity',
    weight: 20,
    scope: 'HOSPITAL',
    figure: 'VALUE',
    variant: null,
    target: null,
  },
  {
    code: 'ADMINISTRATION',
    kind: 'JUDGED',
    kpiCode: null,
    nameZh: '行政管理',
    nameEn: 'Administration',
    weight: 20,
    scope: null,
    figure: null,
    variant: null,
    target: null,
  },
  {
    code: 'TRAINING_HOURS',
    kind: 'JUDGED',
    kpiCode: null,
    nameZh: '培训课时',
    nameEn: 'Training hours',
    weight: 10,
    scope: null,
    figure: null,
    variant: null,
    target: 8,
  },
];

const CS_SALES_ITEM = {
  code: 'SALES_TARGET_ACHIEVEMENT',
  kpiCode: 'PHONE_TO_SALE_ACHIEVEMENT',
  nameZh: '销售目标达成率',
  nameEn: 'Sales target achievement',
};

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class Migration20261207013846 extends Migration {
  override name = 'Migration20261207013846';

  override up(): void | Promise<void> {
    this.addSql(`insert into "analytics"."scorecard_template" ("position_code", "name_zh", "name_en", "sort_order", "items")
      values ('OPS_MANAGER', '运营经理', 'Operations Manager', 15, ${quote(JSON.stringify(OPS_MANAGER_ITEMS))}::jsonb)
      on conflict do nothing;`);
    this.addSql(`update "analytics"."scorecard_template" t set items = (
        select jsonb_agg(case when e->>'code' = 'TALENT_DEVELOPMENT' and e->>'kind' = 'JUDGED' and jsonb_typeof(e->'target') = 'null'
          then jsonb_set(e, '{target}', '2'::jsonb) else e end order by n)
        from jsonb_array_elements(t.items) with ordinality as x(e, n))
      where position_code = 'OPS_DIRECTOR';`);
    // the customer-service manager's 销售目标达成率: the department's sales are the phone-converted
    // customers' on-site spend its phone consultants booked (revenue credits the on-site consultant who
    // closed, so the department's REVENUE_COMPLETION read 0); only while the item is still the seeded one
    this.addSql(`update "analytics"."scorecard_template" t set items = (
        select jsonb_agg(case when e->>'code' = 'REVENUE_COMPLETION' and e->>'kpiCode' = 'REVENUE_COMPLETION' and e->>'scope' = 'DEPARTMENT'
          then e || ${quote(JSON.stringify(CS_SALES_ITEM))}::jsonb else e end order by n)
        from jsonb_array_elements(t.items) with ordinality as x(e, n))
      where position_code = 'CS_MANAGER';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "analytics"."scorecard_template" where position_code = 'OPS_MANAGER';`);
    this.addSql(`update "analytics"."scorecard_template" t set items = (
        select jsonb_agg(case when e->>'code' = 'TALENT_DEVELOPMENT' then jsonb_set(e, '{target}', 'null'::jsonb) else e end order by n)
        from jsonb_array_elements(t.items) with ordinality as x(e, n))
      where position_code = 'OPS_DIRECTOR';`);
  }
}
