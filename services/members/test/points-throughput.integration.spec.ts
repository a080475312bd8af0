import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { desk, enrolMember, expectConsistentLedger, RECORD, type Member } from './points-support.js';
import { earnConsumption, insertConsumption } from '../src/modules/consumption/consumption.core.js';
import { ConsumptionSource } from '../src/modules/consumption/consumption.entity.js';
import { pointsConfig } from '../src/modules/points/points.config.js';

/**
 * Not a benchmark gate: measures committed earns per second through GraphQL (recordConsumption:
 * idempotency key, consumption, account lock, entry, lot, PointsChanged, audit) with N concurrent
 * writers, on many members and on one member (where the account lock serialises them), and prints
 * it. Asserts only that every earn committed once and the ledgers add up.
 */
describe('points ledger throughput', () => {
  let db: TestDatabase;
  let members: TestService;
  let pool: Member[];

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    pool = [];
    for (let i = 0; i < 16; i++) pool.push(await enrolMember(members));
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  async function run(writers: number, perWriter: number, memberOf: (writer: number) => Member): Promise<number> {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const { errors } = await members.request(
            RECORD,
            {
              input: {
                membershipId: memberOf(w).id,
                receiptNumber: `T-${newId()}`,
                amountFen: 10_00,
                occurredAt: new Date().toISOString(),
                idempotencyKey: newId(),
              },
            },
            undefined,
            desk,
          );
          expect(errors).toBeUndefined();
        }
      }),
    );
    return (writers * perWriter) / ((performance.now() - started) / 1000);
  }

  /** the ledger alone: one transaction per earn (consumption, lock, entry, lot, PointsChanged), no HTTP or GraphQL */
  async function runDirect(writers: number, perWriter: number, memberOf: (writer: number) => Member): Promise<number> {
    const config = pointsConfig();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const member = memberOf(w);
          await members.orm.em.fork().transactional(async (em) => {
            const scope = { em, bus: members.bus, now: new Date(), config };
            const { id } = await insertConsumption(scope, {
              receiptNumber: `T-${newId()}`,
              customerId: member.customerId,
              membershipId: member.id,
              amountFen: 10_00,
              occurredAt: new Date(),
              source: ConsumptionSource.MANUAL,
            });
            const earned = await earnConsumption(scope, id, { operatorId: desk.id! });
            expect(earned.outcome).toBe('EARNED');
          });
        }
      }),
    );
    return (writers * perWriter) / ((performance.now() - started) / 1000);
  }

  it('prints committed earns per second with 1, 4 and 16 concurrent writers, on separate members and on one member', async () => {
    const lines: string[] = [];
    for (const writers of [1, 4, 16]) {
      const spread = await run(writers, 25, (w) => pool[w % pool.length]!);
      const hot = await run(writers, 25, () => pool[0]!);
      lines.push(
        `${String(writers).padStart(2)} writers: ${spread.toFixed(0).padStart(5)} earns/s on ${Math.min(writers, pool.length)} member(s), ${hot.toFixed(0).padStart(5)} earns/s on one member`,
      );
    }
    for (const writers of [1, 4, 16]) {
      const spread = await runDirect(writers, 25, (w) => pool[w % pool.length]!);
      const hot = await runDirect(writers, 25, () => pool[0]!);
      lines.push(
        `${String(writers).padStart(2)} writers, ledger only: ${spread.toFixed(0).padStart(5)} earns/s on ${Math.min(writers, pool.length)} member(s), ${hot.toFixed(0).padStart(5)} earns/s on one member`,
      );
    }
    console.log(`points ledger throughput (embedded PostgreSQL; recordConsumption over HTTP, then the ledger alone):\n${lines.join('\n')}`);
    const total = 4 * 25 * (1 + 4 + 16);
    const entries = await members.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from "members"."points_entry"`);
    expect(entries[0]!.n).toBe(total);
    for (const m of pool) await expectConsistentLedger(members, m.id);
  }, 120_000);
});
