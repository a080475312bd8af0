import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { Events, newId, type CustomerRegisteredData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { KnownCustomer } from '../src/modules/known-customer/known-customer.entity.js';
import { recordCustomerRegistered } from '../src/modules/known-customer/known-customer.consumer.js';
import { countRows, customerRegistered } from './support.js';

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id customer { id } } }`;

describe('members learns of customers from CustomerRegistered', () => {
  let db: TestDatabase;
  let members: TestService;
  const knownRows = (customerId: string) =>
    countRows(members, `select count(*)::int as count from "members"."known_customer" where customer_id = ?`, [customerId]);
  const processedRows = (eventId: string) =>
    countRows(members, `select count(*)::int as count from "members"."processed_event" where event_id = ?`, [eventId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('records the customer with the channel, region, registration time and key account the event carries', async () => {
    const keyAccountId = newId();
    const event = customerRegistered({ channel: 'WECHAT', region: '越秀区', registeredAt: '2026-10-01T01:02:03.000Z', keyAccountId });
    expect(await recordCustomerRegistered(members.orm.em, event)).toBe(true);
    const known = await members.orm.em.fork().findOneOrFail(KnownCustomer, { customerId: event.data.customerId });
    expect(known).toMatchObject({ channel: 'WECHAT', region: '越秀区', registeredAt: new Date('2026-10-01T01:02:03.000Z'), keyAccountId });
  });

  it('records no key account for an event published before CustomerRegistered carried one', async () => {
    const event = customerRegistered();
    delete (event.data as Partial<CustomerRegisteredData>).keyAccountId;
    expect(await recordCustomerRegistered(members.orm.em, event)).toBe(true);
    const known = await members.orm.em.fork().findOneOrFail(KnownCustomer, { customerId: event.data.customerId });
    expect(known.keyAccountId).toBeNull();
  });

  it('creates one known customer when the same event is delivered twice', async () => {
    const event = customerRegistered();
    const first = await recordCustomerRegistered(members.orm.em, event);
    const second = await recordCustomerRegistered(members.orm.em, event);
    expect([first, second]).toEqual([true, false]);
    expect(await knownRows(event.data.customerId)).toBe(1);
    expect(await processedRows(event.id)).toBe(1);
  });

  it('keeps the first record when a second, different event names the same customer', async () => {
    const first = customerRegistered({ channel: 'PHONE' });
    const second = customerRegistered({ customerId: first.data.customerId, channel: 'WEB' });
    await recordCustomerRegistered(members.orm.em, first);
    expect(await recordCustomerRegistered(members.orm.em, second)).toBe(true);
    const rows = await members.orm.em
      .getConnection()
      .execute(`select channel from "members"."known_customer" where customer_id = ?`, [first.data.customerId]);
    expect(rows).toEqual([{ channel: 'PHONE' }]);
  });

  it('consumes CustomerRegistered published on the bus, after which the customer can be enrolled', async () => {
    const { data } = customerRegistered();
    // what crm does: publish inside the transaction of its own write
    await members.orm.em.fork().transactional(async (em) => {
      await members.bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, data);
    });
    await eventually(async () => (await knownRows(data.customerId)) === 1);
    const enrolled = await members.request(ENROL, { input: { customerId: data.customerId } });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data.enrollMember.customer).toEqual({ id: data.customerId });
  });

  it('creates one known customer when the bus redelivers the same event', async () => {
    const event = customerRegistered();
    await members.bus.jobs.send('members.CustomerRegistered', event);
    await members.bus.jobs.send('members.CustomerRegistered', event);
    await eventually(async () => {
      const rows = await countRows(
        members,
        `select count(*)::int as count from pgboss.job where name = 'members.CustomerRegistered' and data->>'id' = ? and state = 'completed'`,
        [event.id],
      );
      return rows === 2;
    });
    expect(await knownRows(event.data.customerId)).toBe(1);
    expect(await processedRows(event.id)).toBe(1);
  });
});
