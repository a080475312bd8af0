import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { expireMessageBodies } from '../src/modules/message/message.retention.js';

// MESSAGE_BODY_RETENTION_DAYS (docs/personal-data-rights.md, Retention): a sent message's body is
// removed once past the retention; the delivery itself, recent bodies and pending ones stay.

describe('message body retention', () => {
  let db: TestDatabase;
  let crm: TestService;
  const now = new Date('2026-12-06T03:00:00Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
  const rows = () =>
    crm.orm.em
      .getConnection()
      .execute<{ id: string; body: string; status: string }[]>(
        `select id, body, status from crm.message_delivery order by created_at, status`,
      );

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    const [template] = await crm.orm.em.getConnection().execute<{ id: string }[]>(`select id from crm.message_template limit 1`);
    const insert = (createdAt: string, status: string) =>
      crm.orm.em.getConnection().execute(
        `insert into crm.message_delivery (id, template_id, customer_id, channel, body, status, provider, created_at)
         values (?, ?, ?, 'SMS', '张三，您的复诊时间为明天', ?, 'test', ?)`,
        [newId(), template!.id, newId(), status, createdAt],
      );
    await insert(daysAgo(400), 'DELIVERED');
    await insert(daysAgo(400), 'PENDING');
    await insert(daysAgo(10), 'DELIVERED');
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('keeps every body when the retention is 0', async () => {
    expect(await expireMessageBodies(crm.orm.em.fork(), 0, now)).toBe(0);
    expect((await rows()).map((r) => r.body)).toEqual(Array(3).fill('张三，您的复诊时间为明天'));
  });

  it('removes the bodies of sent messages older than the retention, once', async () => {
    expect(await expireMessageBodies(crm.orm.em.fork(), 365, now)).toBe(1);
    expect((await rows()).map((r) => [r.status, r.body])).toEqual([
      ['DELIVERED', '[已删除]'],
      ['PENDING', '张三，您的复诊时间为明天'],
      ['DELIVERED', '张三，您的复诊时间为明天'],
    ]);
    expect(await expireMessageBodies(crm.orm.em.fork(), 365, now)).toBe(0);
  });
});
