import type { DomainEvent } from '@careline/service-kit';
import type { TestService } from '@careline/service-kit/testing';

/**
 * A queue subscribed to `type` and never worked: every event of that type the service publishes
 * stays in pgboss.job, to be counted and read back.
 */
export async function eventProbe<T>(service: TestService, type: string) {
  const queue = `probe-${type}`;
  await service.bus.jobs.createQueue(queue);
  await service.bus.jobs.subscribe(type, queue);
  return {
    async all(): Promise<DomainEvent<T>[]> {
      const rows = await service.orm.em
        .getConnection()
        .execute<{ data: DomainEvent<T> }[]>(`select data from pgboss.job where name = ? order by created_on, id`, [queue]);
      return rows.map((r) => r.data);
    },
    async where(match: (data: T) => boolean): Promise<DomainEvent<T>[]> {
      return (await this.all()).filter((e) => match(e.data));
    },
  };
}

let nextPhone = 5000;
/** distinct valid mainland mobiles */
export const freshPhone = () => `1378888${String(nextPhone++).padStart(4, '0')}`;
