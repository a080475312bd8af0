import { describe, expect, it } from 'vitest';
import { CareMetric } from '../../care/care-metrics.js';
import { KPI_REGISTRY, KpiCode, KpiDimension, kpiDefinition, kpiMetrics, kpiTarget, TargetMetric } from '../kpi-registry.js';

describe('the KPI registry', () => {
  it('holds each of the 15 KPIs of docs/domain.md §6 exactly once', () => {
    const codes = KPI_REGISTRY.map((e) => e.code);
    expect(codes).toHaveLength(15);
    expect(new Set(codes).size).toBe(15);
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
    expect(KPI_REGISTRY.filter((e) => e.direction === 'LOWER_IS_BETTER').map((e) => e.code)).toEqual([KpiCode.COMPLAINT_RATE]);
  });
});
