import { describe, expect, it } from 'vitest';
import { CareMetric } from '../../care/care-metrics.js';
import { KPI_REGISTRY, KpiCode, KpiCredit, KpiDimension, kpiDefinition, kpiMetrics, kpiTarget, TargetMetric } from '../kpi-registry.js';

describe('the KPI registry', () => {
  it('holds each of the 15 KPIs of docs/domain.md §6, the overdue complaints and the referral measure (issue 19) exactly once', () => {
    const codes = KPI_REGISTRY.map((e) => e.code);
    expect(codes).toHaveLength(17);
    expect(new Set(codes).size).toBe(17);
    expect([...codes].sort()).toEqual(Object.values(KpiCode).sort());
    for (const code of Object.values(KpiCode)) expect(kpiDefinition(code).code).toBe(code);
  });

  it('defines every KPI over known base measures, dimensions and targets', () => {
    const metrics = new Set<string>(Object.values(CareMetric));
    for (const entry of KPI_REGISTRY) {
      expect(entry.nameZh, entry.code).not.toBe('');
      expect(entry.nameEn, entry.code).not.toBe('');
      for (const metric of kpiMetrics(entry)) expect(metrics.has(metric), `${entry.code}: ${metric}`).toBe(true);
      for (const dimension of entry.dimensions) expect(Object.values(KpiDimension)).toContain(dimension);
      expect(entry.dimensions.length, entry.code).toBeGreaterThan(0);
      expect(entry.denominator === null, entry.code).toBe(entry.denominatorText === null);
    }
    // the completion KPIs are measured against the three monthly targets, one each
    expect(
      KPI_REGISTRY.filter((e) => kpiTarget(e) !== null)
        .map((e) => [e.code, kpiTarget(e)])
        .sort(),
    ).toEqual([
      [KpiCode.MEMBER_SPEND_COMPLETION, TargetMetric.MEMBER_SPEND],
      [KpiCode.PHONE_TO_SALE_ACHIEVEMENT, TargetMetric.PHONE_TO_SALE],
      [KpiCode.REVENUE_COMPLETION, TargetMetric.REVENUE],
    ]);
    expect(kpiDefinition(KpiCode.SATISFACTION)).toMatchObject({ unit: 'SCORE', defaultTarget: 0.95 });
    expect(kpiDefinition(KpiCode.COMPLAINT_RATE).direction).toBe('LOWER_IS_BETTER');
    expect(KPI_REGISTRY.filter((e) => e.direction === 'LOWER_IS_BETTER').map((e) => e.code)).toEqual([
      KpiCode.COMPLAINT_RATE,
      KpiCode.OVERDUE_COMPLAINTS,
    ]);
    expect(kpiDefinition(KpiCode.OVERDUE_COMPLAINTS)).toMatchObject({ unit: 'COUNT', denominator: null });
  });

  it('states, for every KPI, whose work it credits and which department it belongs to, as the position book does (issue 20)', () => {
    const credits = Object.fromEntries(KPI_REGISTRY.map((e) => [e.code, e.attribution.credits]));
    expect(credits).toEqual({
      REVENUE_COMPLETION: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      PHONE_CONVERTED_VISITS: KpiCredit.BOOKING_PHONE_CONSULTANT,
      PHONE_TO_OUTPATIENT_RATE: KpiCredit.BOOKING_PHONE_CONSULTANT,
      PHONE_TO_SALE_ACHIEVEMENT: KpiCredit.BOOKING_PHONE_CONSULTANT,
      BOOKING_DEAL_RATE: KpiCredit.BOOKING_AND_ONSITE_CONSULTANT,
      ONSITE_DEAL_RATE: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      CONSULT_TO_VISIT_RATE: KpiCredit.CONSULTANT,
      COMPLAINT_RATE: KpiCredit.COMPLAINT_STAFF,
      OVERDUE_COMPLAINTS: KpiCredit.COMPLAINT_STAFF,
      MEMBER_REDEVELOPMENT_RATE: KpiCredit.MEMBER_DEVELOPER,
      OLD_CUSTOMER_REPURCHASE_RATE: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      FOLLOW_UP_RATE: KpiCredit.FOLLOW_UP_OWNER,
      SATISFACTION: KpiCredit.FOLLOW_UP_OWNER,
      FRONT_DESK_PRODUCTIVITY: KpiCredit.FRONT_DESK_TEAM,
      MEMBER_SPEND_COMPLETION: KpiCredit.MEMBER_DEVELOPER,
      DATABASE_COMPLETENESS: KpiCredit.HOSPITAL,
      REFERRAL_CONVERSION_RATE: KpiCredit.HOSPITAL,
    });
    for (const entry of KPI_REGISTRY) {
      // a figure credited to a person belongs to that person's department; the others are the hospital's
      const personal = ![KpiCredit.HOSPITAL, KpiCredit.FRONT_DESK_TEAM].includes(entry.attribution.credits as 'HOSPITAL');
      expect(entry.attribution.departmentOf, entry.code).toBe(personal ? 'STAFF_DEPARTMENT' : 'HOSPITAL');
      if (personal) expect(entry.dimensions, entry.code).toContain(KpiDimension.STAFF);
      expect(entry.attribution.source, entry.code).toContain(entry.nameZh);
    }
    // 电转门诊率: the booking phone consultant's arrivals over the hospital's outpatient visits
    expect(kpiDefinition(KpiCode.PHONE_TO_OUTPATIENT_RATE).denominatorScope).toBe('HOSPITAL');
  });

  it('documents a default target for every KPI, so no measured scorecard item is left without one', () => {
    for (const entry of KPI_REGISTRY) {
      expect(entry.defaultTarget, entry.code).not.toBeNull();
      expect(entry.defaultTarget!, entry.code).toBeGreaterThan(0);
      expect(entry.defaultTargetText, entry.code).not.toBe('');
    }
  });
});
