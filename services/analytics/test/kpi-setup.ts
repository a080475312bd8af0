import type { DomainEvent } from '@careline/service-kit';
import { testCallers, type TestService } from '@careline/service-kit/testing';
import { analyticsFacts } from '../src/service.js';
import { SET_MONTHLY_TARGET } from './kpi-documents.js';
import type { kpiHistory } from './kpi-history.js';

export const TZ = 'Asia/Shanghai';

/** Feeds the events through analytics' fact appliers, each in its own transaction (as the consumers do). */
export async function applyHistory(service: TestService, events: readonly DomainEvent<unknown>[]): Promise<void> {
  for (const event of events) {
    await service.orm.em.fork().transactional((em) => analyticsFacts.apply(em, event, { timeZone: TZ }));
  }
}

/**
 * The targets the KPI tests measure against, set by the director through setMonthlyTarget, and
 * the staff dimension (identity's StaffRegistered would fill it) for ON1 (DENTAL) and ON2 (AESTHETIC).
 */
export async function setUpTargets(service: TestService, history: ReturnType<typeof kpiHistory>): Promise<void> {
  const { staff } = history;
  const targets = [
    { month: '2026-12', metric: 'REVENUE', departmentCode: '', amountFen: 3_100_000 },
    { month: '2026-11', metric: 'REVENUE', departmentCode: '', amountFen: 3_000_000 },
    { month: '2026-12', metric: 'REVENUE', departmentCode: 'DENTAL', amountFen: 1_550_000 },
    { month: '2026-12', metric: 'REVENUE', departmentCode: 'DENTAL', staffId: staff.ON1, amountFen: 620_000 },
    { month: '2026-12', metric: 'PHONE_TO_SALE', departmentCode: '', amountFen: 1_000_000 },
    { month: '2026-12', metric: 'MEMBER_SPEND', departmentCode: '', amountFen: 2_000_000 },
    { month: '2026-12', metric: 'MEMBER_SPEND', departmentCode: 'DENTAL', amountFen: 1_600_000 },
    { month: '2026-12', metric: 'MEMBER_SPEND', departmentCode: 'DENTAL', staffId: staff.ON1, amountFen: 1_000_000 },
  ];
  for (const input of targets) {
    const { errors } = await service.request(SET_MONTHLY_TARGET, { input }, undefined, testCallers.director);
    if (errors) throw new Error(JSON.stringify(errors));
  }
  for (const [id, name, department] of [
    [staff.ON1, '现场顾问一', 'DENTAL'],
    [staff.ON2, '现场顾问二', 'AESTHETIC'],
  ] as const) {
    await service.orm.em.getConnection().execute(
      `insert into analytics.staff_dim (staff_id, name, department_id, department_code, position_code, role, active, changed_at)
       values (?, ?, ?, ?, 'ONSITE_CONSULTANT', 'STAFF', true, now())`,
      [id, name, department, department],
    );
  }
}
