// A deterministic hospital history as domain events: staff, customers (channels, regions, classes,
// key accounts, referrals), consultations by phone / online / walk-in, appointments (phone-converted
// or not), visits and their outcomes, deals, follow-ups (done, late or overdue, with satisfaction),
// complaints with categories, memberships, tiers, points, consumptions, gift redemptions and
// activities, over ~12 months ending at a fixed instant in the hospital's time zone (Asia/Shanghai).
//
// The payloads are the published language of services/shared/src/events/contracts.ts, field for
// field. Each customer's history comes from its own PRNG stream (seed, customer index), so the
// output is the same for the same seed on every machine, customer i is the same whatever N is, and
// the generator streams: memory stays flat for 1,000,000 customers and 10,000,000+ events.

import { prng } from './demo-random.mjs';

/** @typedef {import('@careline/service-kit').DomainEvent<any>} DomainEvent */
/** @typedef {() => number} Random a PRNG stream: the next number in [0, 1) */
/** @typedef {{ staffId: string, name: string, departmentId: string, departmentCode: string, positionCode: string, role: string, active: boolean }} Staff */
/** @typedef {Record<string, Staff[]>} Roster each role's staff (keys of ROSTER) */
/** @typedef {(typeof CLINICAL)[number]} Clinical */
/** @typedef {(kind: keyof typeof KIND, n: number) => string} IdMaker */
/**
 * A visit of one customer's history, before its events are written.
 * @typedef {{ at: number, appointmentId: string | null, walkIn: boolean, phoneConverted: boolean, clinical: Clinical, type: string, doctorId?: string, onsiteConsultantId?: string }} Visit
 */
/** @typedef {{ id: string, type: string, source: string, at: number, seq: number, data: object }} TimedEvent an event with `at` in ms */

export const HOSPITAL_TIME_ZONE = 'Asia/Shanghai';
/** Asia/Shanghai has had no daylight saving since 1991: local time is UTC+8 all year */
const TZ_OFFSET_MS = 8 * 3_600_000;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** 2026-12-01 00:00 in Shanghai: the default history covers December 2025 – November 2026 */
export const DEFAULT_END = '2026-11-30T16:00:00.000Z';
export const DEFAULT_SEED = 20261204;

/** the demo partner organisation's key account (identity creates the partner with this id), and four more */
export const KEY_ACCOUNT_IDS = [
  '01a20000-0000-7000-8000-000000000001',
  '01a20000-0000-7000-8000-000000000002',
  '01a20000-0000-7000-8000-000000000003',
  '01a20000-0000-7000-8000-000000000004',
  '01a20000-0000-7000-8000-000000000005',
];

/** the event types the generator emits; the ones not (yet) in contracts.ts are marked in `PROPOSED_EVENT_TYPES` */
export const EVENT_TYPES = [
  'StaffRegistered',
  'CustomerRegistered',
  'CustomerReferred',
  'ConsultationRegistered',
  'ConsultationLinked',
  'AppointmentBooked',
  'VisitRegistered',
  'VisitOutcomeRecorded',
  'DealClosed',
  'FollowUpScheduled',
  'FollowUpCompleted',
  'ComplaintReceived',
  'ComplaintClosed',
  'MemberEnrolled',
  'TierChanged',
  'MembershipStatusChanged',
  'PointsChanged',
  'ConsumptionRecorded',
  'ConsumptionRefunded',
  'ConsumptionRefundRecorded',
  'GiftRedeemed',
  'GiftRedemptionCancelled',
  'ActivityRegistered',
  'ActivityAttended',
];

/**
 * Types the analytics contract names but contracts.ts did not define when the generator was written;
 * their payloads follow the analytics contract (StaffRegistered {staffId, name, departmentId,
 * departmentCode, positionCode, role, active, occurredAt}). `generateHistory({ types })` can leave them out.
 */
export const PROPOSED_EVENT_TYPES = ['StaffRegistered'];
const ACTIVITY_KINDS = ['LECTURE', 'PROMOTION', 'HEALTH_SALON', 'FREE_CHECK'];

const REGIONS = [
  '天河区',
  '越秀区',
  '海珠区',
  '荔湾区',
  '白云区',
  '番禺区',
  '黄埔区',
  '花都区',
  '南沙区',
  '增城区',
  '从化区',
  '佛山',
  '东莞',
  '深圳',
];
/** @type {[string, number][]} */
const REGION_WEIGHTS = REGIONS.map((r, i) => [r, i < 4 ? 14 : i < 10 ? 6 : 3]);
/** @type {[string, number][]} */
const CHANNELS = [
  ['PHONE', 28],
  ['WECHAT', 24],
  ['WEB', 16],
  ['WALK_IN', 12],
  ['REFERRAL', 10],
  ['PARTNER', 5],
  ['CAMPAIGN', 5],
];
/** @type {[string, number][]} */
const CLASSES = [
  ['A', 15],
  ['B', 45],
  ['C', 40],
];
/** clinical departments a visit belongs to, with their mean deal amount (yuan) */
const CLINICAL = [
  {
    code: 'DENTAL',
    weight: 40,
    meanYuan: 3200,
    types: ['EXPERT', 'EXAMINATION', 'TREATMENT'],
    diseases: ['龋齿', '牙周炎', '种植牙', '正畸', '牙齿美白'],
  },
  { code: 'AESTHETIC', weight: 25, meanYuan: 5200, types: ['EXPERT', 'TREATMENT'], diseases: ['光子嫩肤', '玻尿酸填充', '双眼皮', '祛斑'] },
  { code: 'DERMATOLOGY', weight: 20, meanYuan: 900, types: ['EXAMINATION', 'TREATMENT'], diseases: ['痤疮', '湿疹', '银屑病', '脱发'] },
  {
    code: 'HEALTH_CHECK',
    weight: 15,
    meanYuan: 700,
    types: ['PHYSICAL_EXAM', 'EXAMINATION'],
    diseases: ['入职体检', '年度体检', '慢病筛查'],
  },
];
/** @type {[string, number][]} */
const COMPLAINT_CATEGORIES = [
  ['SERVICE_ATTITUDE', 28],
  ['WAITING_TIME', 22],
  ['TREATMENT_EFFECT', 18],
  ['PRICE', 14],
  ['BILLING', 8],
  ['ENVIRONMENT', 6],
  ['PRIVACY', 4],
];
/** @type {[number, number][]} */
const SATISFACTION = [
  [5, 56],
  [4, 30],
  [3, 9],
  [2, 3],
  [1, 2],
];
const FOLLOW_UP_TYPES = ['POST_VISIT', 'POST_TREATMENT', 'SATISFACTION', 'REVISIT_REMINDER'];
const TIERS = [
  { code: 'ORDINARY', minFen: 0, multiplier: 1 },
  { code: 'SILVER', minFen: 500_000, multiplier: 1.2 },
  { code: 'GOLD', minFen: 2_000_000, multiplier: 1.5 },
  { code: 'DIAMOND', minFen: 5_000_000, multiplier: 2 },
];
const GIFTS = [
  { id: '01a30000-0000-7000-8000-000000000001', name: '电动牙刷', points: 800, costFen: 9_900 },
  { id: '01a30000-0000-7000-8000-000000000002', name: '洁牙券', points: 1_500, costFen: 20_000 },
  { id: '01a30000-0000-7000-8000-000000000003', name: '护肤礼盒', points: 3_000, costFen: 38_000 },
  { id: '01a30000-0000-7000-8000-000000000004', name: '体检套餐', points: 6_000, costFen: 68_000 },
];

/**
 * The roster: each role's positions, identity departments and head count per 10,000 customers
 * (at least `min`), so a scaled hospital has a plausible number of people behind the figures.
 */
const ROSTER = [
  { key: 'phone', departmentCode: 'CUSTOMER_SERVICE', positionCode: 'PHONE_CONSULTANT', role: 'STAFF', min: 8, per10k: 4 },
  { key: 'online', departmentCode: 'CONSULTATION', positionCode: 'ONLINE_CONSULTANT', role: 'STAFF', min: 6, per10k: 3 },
  { key: 'onsite', departmentCode: 'ONSITE', positionCode: 'ONSITE_CONSULTANT', role: 'STAFF', min: 10, per10k: 5 },
  { key: 'guide', departmentCode: 'GUIDE', positionCode: 'GUIDE', role: 'STAFF', min: 4, per10k: 2 },
  { key: 'member', departmentCode: 'MEMBER_CENTRE', positionCode: 'MEMBER_SPECIALIST', role: 'STAFF', min: 4, per10k: 2 },
  { key: 'keyAccount', departmentCode: 'KEY_ACCOUNT', positionCode: 'KEY_ACCOUNT_MANAGER', role: 'STAFF', min: 2, per10k: 1 },
  { key: 'doctor', departmentCode: 'ONSITE', positionCode: 'DOCTOR', role: 'STAFF', min: 8, per10k: 4 },
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕彬斌宇浩凯鹏辉俊帆欣怡涵轩桐远琪晨曦嘉懿诺'.split('');

/**
 * a well-mixed 32-bit seed for customer `i`'s own stream
 * @param {number} seed
 * @param {number} i
 */
function streamSeed(seed, i) {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** @type {<T>(rand: Random, list: readonly T[]) => T} */
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
/**
 * @template T
 * @param {Random} rand
 * @param {readonly (readonly [T, number])[]} table each value with its weight
 * @returns {T}
 */
function weighted(rand, table) {
  let total = 0;
  for (const row of table) total += row[1];
  let r = rand() * total;
  for (const row of table) {
    r -= row[1];
    if (r < 0) return row[0];
  }
  return table[0][0];
}
/**
 * a log-normal amount around `mean` (yuan), rounded to 10 yuan, at least 50
 * @param {Random} rand
 * @param {number} meanYuan
 */
function amountFen(rand, meanYuan) {
  const u = Math.max(1e-9, rand());
  const v = rand();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  const yuan = Math.max(50, Math.round((meanYuan * Math.exp(0.6 * z - 0.18)) / 10) * 10);
  return yuan * 100;
}

/** ids: `${seed}-${kind}-7000-8000-${n}`, valid uuids, unique per (kind, n), stable for the seed */
const KIND = {
  staff: '0001',
  customer: '0002',
  consultation: '0003',
  appointment: '0004',
  visit: '0005',
  task: '0006',
  complaint: '0007',
  membership: '0008',
  entry: '0009',
  event: '000a',
  consumption: '000b',
  redemption: '000c',
  activity: '000d',
  registration: '000e',
};
/**
 * @param {number} seed
 * @returns {IdMaker}
 */
function idMaker(seed) {
  const prefix = (seed >>> 0).toString(16).padStart(8, '0');
  return (kind, n) => `${prefix}-${KIND[kind]}-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * the hospital calendar day (YYYY-MM-DD) of an instant in ms
 * @param {number} ms
 */
export const localDay = (ms) => new Date(ms + TZ_OFFSET_MS).toISOString().slice(0, 10);
/**
 * ms of local midnight of the day containing `ms`
 * @param {number} ms
 */
const localMidnight = (ms) => Math.floor((ms + TZ_OFFSET_MS) / DAY) * DAY - TZ_OFFSET_MS;
/**
 * a working-hours instant (08:30–20:00 local, busier late morning and afternoon) on the local day of `ms`
 * @param {Random} rand
 * @param {number} ms
 */
function atWorkingHour(rand, ms) {
  const minutes = 510 + Math.floor(((rand() + rand() + rand()) / 3) * 690);
  return localMidnight(ms) + minutes * MINUTE + Math.floor(rand() * 60) * 1000;
}
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/**
 * The staff of a hospital of `customers` customers, deterministic for the seed.
 * @param {number} customers
 * @param {number} [seed]
 * @returns {Roster}
 */
export function buildRoster(customers, seed = DEFAULT_SEED) {
  const rand = prng(streamSeed(seed, -1));
  const id = idMaker(seed);
  /** @type {Roster} */
  const byRole = {};
  let n = 0;
  for (const r of ROSTER) {
    const count = Math.max(r.min, Math.round((customers / 10_000) * r.per10k));
    byRole[r.key] = Array.from({ length: count }, () => ({
      staffId: id('staff', n++),
      name: pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : ''),
      departmentId: r.departmentCode,
      departmentCode: r.departmentCode,
      positionCode: r.positionCode,
      role: r.role,
      active: true,
    }));
  }
  return byRole;
}

/**
 * Streams the history of `customers` customers as domain events: first the staff, then each
 * customer's own events in time order (customers interleave in time, as a bus delivers them).
 * Events after `end` are not emitted (appointments booked for later stay open, tasks due later stay
 * pending). Options: seed, end (ISO instant), months (history length), types (a Set of the event
 * types to emit; default all of EVENT_TYPES).
 * @param {{ customers: number, seed?: number, end?: string, months?: number, types?: Set<string>, from?: number, to?: number }} options
 *   from / to: a slice of customer indexes (for sharding); the staff are emitted with the slice that starts at 0
 * @returns {Generator<DomainEvent>}
 */
export function* generateHistory(options) {
  const seed = options.seed ?? DEFAULT_SEED;
  const end = Date.parse(options.end ?? DEFAULT_END);
  const months = options.months ?? 12;
  const startLocal = new Date(end + TZ_OFFSET_MS);
  startLocal.setUTCMonth(startLocal.getUTCMonth() - months); // the same local time `months` calendar months earlier
  const start = startLocal.getTime() - TZ_OFFSET_MS;
  const types = options.types ?? new Set(EVENT_TYPES);
  const roster = buildRoster(options.customers, seed);
  const id = idMaker(seed);
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? options.customers, options.customers);

  if (from === 0 && types.has('StaffRegistered')) {
    let k = 0;
    for (const members of Object.values(roster)) {
      for (const staff of members) {
        const occurredAt = iso(start - 30 * DAY + k * MINUTE);
        yield { id: id('event', 2 ** 40 + k++), type: 'StaffRegistered', source: 'identity', occurredAt, data: { ...staff, occurredAt } };
      }
    }
  }
  for (let i = from; i < to; i++) {
    const events = customerHistory(i, { seed, start, end, roster, id });
    events.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const e of events) {
      if (e.at > end || !types.has(e.type)) continue;
      yield { id: e.id, type: e.type, source: e.source, occurredAt: iso(e.at), data: e.data };
    }
  }
}

/**
 * One customer's events (unsorted, with `at` in ms); see generateHistory.
 * @param {number} i the customer's index
 * @param {{ seed: number, start: number, end: number, roster: Roster, id: IdMaker }} context
 * @returns {TimedEvent[]}
 */
function customerHistory(i, { seed, start, end, roster, id }) {
  const rand = prng(streamSeed(seed, i));
  /** @type {TimedEvent[]} */
  const out = [];
  let sub = 0; // per-customer sequence: every id of this customer is (kind, i × 4096 + sub)
  const nextN = () => i * 4096 + Math.min(4095, sub++);
  /** @type {(type: string, source: string, at: number, data: object) => void} */
  const emit = (type, source, at, data) => {
    const n = nextN();
    out.push({ id: id('event', n), type, source, at, seq: n, data });
  };

  const customerId = id('customer', i);
  // registrations: uniform over the period with a spring/autumn swell, busier on weekdays
  let regDay;
  for (;;) {
    regDay = start + Math.floor(rand() * ((end - start) / DAY)) * DAY;
    const month = new Date(regDay + TZ_OFFSET_MS).getUTCMonth();
    const weekday = new Date(regDay + TZ_OFFSET_MS).getUTCDay();
    const seasonal = [0.8, 0.6, 1.0, 1.1, 1.1, 1.0, 1.2, 1.2, 1.0, 1.1, 1.0, 0.9][month];
    const weekly = weekday === 0 ? 0.7 : weekday === 6 ? 0.9 : 1;
    if (rand() < (seasonal * weekly) / 1.2) break;
  }
  const registeredAt = atWorkingHour(rand, regDay);
  const channel = weighted(rand, CHANNELS);
  const region = weighted(rand, REGION_WEIGHTS);
  const customerClass = weighted(rand, CLASSES);
  const keyAccountId = channel === 'PARTNER' ? (rand() < 0.5 ? KEY_ACCOUNT_IDS[0] : pick(rand, KEY_ACCOUNT_IDS)) : null;
  const birthYear = 1955 + Math.floor(rand() * 50);
  const birthDate = `${birthYear}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  // class A spends and returns more
  const value = customerClass === 'A' ? 1.6 : customerClass === 'B' ? 1 : 0.7;

  emit('CustomerRegistered', 'crm', registeredAt, {
    customerId,
    channel,
    region,
    registeredAt: iso(registeredAt),
    keyAccountId,
    birthDate,
    customerClass,
  });
  if (channel === 'REFERRAL' && i > 0) {
    emit('CustomerReferred', 'crm', registeredAt + 1000, { referrerId: id('customer', Math.floor(rand() * i)), customerId });
  }

  // consultations: the first at registration, a few later; phone, online (WeChat, web) or at the front desk
  const consultationCount =
    channel === 'WALK_IN'
      ? 1
      : weighted(rand, [
          [1, 58],
          [2, 26],
          [3, 10],
          [4, 6],
        ]);
  const firstConsultChannel =
    channel === 'PHONE' || channel === 'WECHAT' || channel === 'WEB' || channel === 'WALK_IN'
      ? channel
      : weighted(rand, [
          ['PHONE', 55],
          ['WECHAT', 35],
          ['WEB', 10],
        ]);
  /** @type {Visit[]} */
  const visits = [];
  let consultAt = registeredAt;
  for (let c = 0; c < consultationCount; c++) {
    if (c > 0) consultAt = atWorkingHour(rand, consultAt + (3 + Math.floor(rand() * 60)) * DAY);
    if (consultAt > end) break;
    const cChannel =
      c === 0
        ? firstConsultChannel
        : weighted(rand, [
            ['PHONE', 50],
            ['WECHAT', 30],
            ['WEB', 8],
            ['WALK_IN', 12],
          ]);
    const consultant =
      cChannel === 'PHONE' ? pick(rand, roster.phone) : cChannel === 'WALK_IN' ? pick(rand, roster.onsite) : pick(rand, roster.online);
    const consultationId = id('consultation', nextN());
    const walkIn = cChannel === 'WALK_IN';
    const outcome = walkIn
      ? 'BOOKED'
      : weighted(rand, [
          ['BOOKED', 44 * value],
          ['FOLLOW_UP_LATER', 36],
          ['NO_INTENTION', 20],
        ]);
    // a few consultations come in before the caller is a known customer and are linked later
    const linkedLater = c === 0 && !walkIn && rand() < 0.06;
    const clinical = weighted(
      rand,
      CLINICAL.map((d) => [d, d.weight]),
    );
    emit('ConsultationRegistered', 'crm', consultAt, {
      consultationId,
      customerId: linkedLater ? null : customerId,
      channel: cChannel,
      consultantId: consultant.staffId,
      departmentCode: consultant.departmentCode,
      region,
      concern: weighted(rand, [
        ['HEALTH_QUESTION', 50],
        ['PRICE_COMPARISON', 30],
        ['CONSUMPTION_HABIT', 12],
        [null, 8],
      ]),
      outcome,
      consultedAt: iso(consultAt),
      diseaseType: pick(rand, clinical.diseases),
    });
    if (linkedLater)
      emit('ConsultationLinked', 'crm', consultAt + 5 * MINUTE, { consultationId, customerId, linkedAt: iso(consultAt + 5 * MINUTE) });
    if (walkIn) {
      visits.push({
        at: consultAt + 10 * MINUTE,
        appointmentId: null,
        walkIn: true,
        phoneConverted: false,
        clinical,
        type: pick(rand, clinical.types),
      });
      continue;
    }
    if (outcome !== 'BOOKED') continue;
    const appointmentId = id('appointment', nextN());
    const slotStart = localMidnight(consultAt + (1 + Math.floor(rand() * 14)) * DAY) + (9 * 60 + Math.floor(rand() * 16) * 30) * MINUTE;
    const phoneConverted = cChannel === 'PHONE';
    const doctor = pick(rand, roster.doctor);
    const onsiteConsultant = pick(rand, roster.onsite);
    const type = pick(rand, clinical.types);
    emit('AppointmentBooked', 'crm', consultAt + 3 * MINUTE, {
      appointmentId,
      customerId: linkedLater ? null : customerId,
      consultationId,
      type,
      departmentCode: clinical.code,
      doctorId: doctor.staffId,
      slotStart: iso(slotStart),
      phoneConverted,
      onsiteConsultantId: onsiteConsultant.staffId,
      bookedBy: consultant.staffId,
      bookedAt: iso(consultAt + 3 * MINUTE),
    });
    // most booked customers arrive, a little early or late
    if (rand() < 0.72 + 0.08 * (value - 1)) {
      visits.push({
        at: slotStart + Math.floor((rand() - 0.6) * 40) * MINUTE,
        appointmentId,
        walkIn: false,
        phoneConverted,
        clinical,
        type,
        doctorId: doctor.staffId,
        onsiteConsultantId: onsiteConsultant.staffId,
      });
    }
  }

  // consultations can overlap (a second call before the first booking's day): take the visits in arrival order
  visits.sort((a, b) => a.at - b.at);

  // a membership: most often at the first deal, sometimes at the first visit
  /** @type {string | null} */
  let membershipId = null;
  let tierIndex = 0;
  let balance = 0;
  let status = 'ACTIVE';
  const spends = []; // [at, fen] for the rolling 12 months
  const wantsMembership = rand() < 0.3 + 0.12 * value;

  /** @param {number} at */
  const enrol = (at) => {
    membershipId = id('membership', nextN());
    emit('MemberEnrolled', 'members', at, {
      membershipId,
      customerId,
      cardNumber: `VIP${String(i + 1).padStart(9, '0')}`,
      tier: TIERS[0].code,
      joinedAt: iso(at),
    });
  };
  /** @type {[at: number, points: number][]} reversals waiting for their place in time */
  const refunds = [];
  /** @param {number} before */
  const settleRefunds = (before) => {
    refunds.sort((a, b) => a[0] - b[0]);
    while (refunds.length && refunds[0][0] < before) {
      const [at, earnedPoints] = refunds[0];
      refunds.shift();
      points(at, -Math.min(balance, earnedPoints), 'REVERSE');
    }
  };
  /** @type {(at: number, delta: number, kind: string) => void} */
  const points = (at, delta, kind) => {
    balance += delta;
    emit('PointsChanged', 'members', at, { membershipId, customerId, delta, balance, kind, entryId: id('entry', nextN()) });
  };

  // returning visits: booked by the member centre as revisits, or walk-ins
  const revisits = weighted(rand, [
    [0, 45 / value],
    [1, 25],
    [2, 15],
    [3, 9],
    [5, 6 * value],
  ]);
  const totalVisits = Math.min(24, visits.length + revisits);
  for (let v = 0, visitIndex = 0; v < totalVisits; v++, visitIndex++) {
    let visit = visits[v];
    if (!visit) {
      const prev = visits[visits.length - 1];
      const base = prev ? prev.at : registeredAt;
      const at = atWorkingHour(rand, base + (14 + Math.floor(rand() * 90)) * DAY);
      const clinical =
        prev && rand() < 0.7
          ? prev.clinical
          : weighted(
              rand,
              CLINICAL.map((d) => [d, d.weight]),
            );
      const booked = rand() < 0.7;
      let appointmentId = null;
      const doctor = pick(rand, roster.doctor);
      const onsite = pick(rand, roster.onsite);
      if (booked) {
        appointmentId = id('appointment', nextN());
        const specialist = pick(rand, roster.member);
        emit('AppointmentBooked', 'crm', at - (2 + Math.floor(rand() * 10)) * DAY, {
          appointmentId,
          customerId,
          consultationId: null,
          type: 'REVISIT',
          departmentCode: clinical.code,
          doctorId: doctor.staffId,
          slotStart: iso(at),
          phoneConverted: false,
          onsiteConsultantId: onsite.staffId,
          bookedBy: specialist.staffId,
          bookedAt: iso(at - 3 * DAY),
        });
      }
      visit = {
        at,
        appointmentId,
        walkIn: !booked,
        phoneConverted: false,
        clinical,
        type: booked ? 'REVISIT' : pick(rand, clinical.types),
        doctorId: doctor.staffId,
        onsiteConsultantId: onsite.staffId,
      };
      visits.push(visit);
    }
    if (visit.at > end) break;
    // reversals of earlier refunds are booked before this visit's earns (they happened before it)
    settleRefunds(visit.at);
    const visitId = id('visit', nextN());
    const guide = pick(rand, roster.guide);
    const onsiteConsultantId = visit.onsiteConsultantId ?? pick(rand, roster.onsite).staffId;
    const doctorId = visit.doctorId ?? pick(rand, roster.doctor).staffId;
    emit('VisitRegistered', 'crm', visit.at, {
      visitId,
      customerId,
      appointmentId: visit.appointmentId,
      walkIn: visit.walkIn,
      phoneConverted: visit.phoneConverted,
      type: visit.type,
      departmentCode: visit.clinical.code,
      doctorId,
      designatedDoctor: Boolean(visit.appointmentId) && rand() < 0.3,
      onsiteConsultantId,
      arrivedAt: iso(visit.at),
      registeredBy: guide.staffId,
    });
    const recordedAt = visit.at + (30 + Math.floor(rand() * 90)) * MINUTE;
    // booked visitors deal more often than walk-ins; returning ones (revisits) most often
    const dealChance = (visit.walkIn ? 0.42 : visit.type === 'REVISIT' ? 0.62 : 0.55) * Math.min(1.3, value);
    const dealt = rand() < dealChance;
    const amount = dealt ? Math.round(amountFen(rand, visit.clinical.meanYuan) * (0.8 + 0.3 * value)) : 0;
    const receiptNumber = dealt
      ? `R${(seed % 1000).toString().padStart(3, '0')}${String(i).padStart(8, '0')}${String(visitIndex).padStart(2, '0')}`
      : null;
    emit('VisitOutcomeRecorded', 'crm', recordedAt, {
      visitId,
      customerId,
      appointmentId: visit.appointmentId,
      phoneConverted: visit.phoneConverted,
      dealt,
      amountFen: amount,
      receiptNumber,
      departmentCode: visit.clinical.code,
      onsiteConsultantId,
      recordedBy: onsiteConsultantId,
      recordedAt: iso(recordedAt),
    });
    if (dealt) {
      emit('DealClosed', 'crm', recordedAt + 1000, {
        visitId,
        customerId,
        receiptNumber,
        amountFen: amount,
        occurredAt: iso(recordedAt),
        departmentCode: visit.clinical.code,
        staffId: onsiteConsultantId,
      });
    }
    if (!membershipId && wantsMembership && (dealt || rand() < 0.15)) enrol(recordedAt + 2 * MINUTE);
    const earning = dealt && membershipId && status === 'ACTIVE';
    let consumptionId = null;
    let earned = 0;
    if (dealt) {
      // members records every deal's receipt (a member's earns points)
      consumptionId = id('consumption', nextN());
      emit('ConsumptionRecorded', 'members', recordedAt + 3 * MINUTE, {
        consumptionId,
        receiptNumber,
        customerId,
        membershipId: earning ? membershipId : null,
        amountFen: amount,
        occurredAt: iso(recordedAt),
        source: 'DEAL',
        visitId,
        departmentCode: visit.clinical.code,
        staffId: onsiteConsultantId,
      });
    }
    if (earning) {
      earned = Math.floor((amount / 100) * TIERS[tierIndex].multiplier);
      points(recordedAt + 3 * MINUTE, earned, 'EARN');
      spends.push([recordedAt, amount]);
      let rolling = 0;
      for (const [at, fen] of spends) if (at > recordedAt - 365 * DAY) rolling += fen;
      let next = tierIndex;
      while (next + 1 < TIERS.length && rolling >= TIERS[next + 1].minFen) next++;
      if (next !== tierIndex) {
        const at = localMidnight(recordedAt) + DAY + 2 * HOUR; // the nightly evaluation
        emit('TierChanged', 'members', at, {
          membershipId,
          customerId,
          from: TIERS[tierIndex].code,
          to: TIERS[next].code,
          spendFen: rolling,
          direction: 'UP',
          at: iso(at),
          reason: 'EVALUATION',
        });
        tierIndex = next;
      }
    }

    // the follow-up after the visit: done (mostly on time), late, or still overdue
    const department = membershipId ? 'MEMBER_CENTRE' : 'CUSTOMER_SERVICE';
    const assignee = pick(rand, membershipId ? roster.member : roster.phone);
    const taskId = id('task', nextN());
    const dueMs = localMidnight(visit.at) + (dealt ? 3 : 7) * DAY;
    const dueDate = localDay(dueMs);
    const followUpType = dealt ? pick(rand, FOLLOW_UP_TYPES.slice(0, 2)) : pick(rand, FOLLOW_UP_TYPES.slice(2));
    emit('FollowUpScheduled', 'crm', recordedAt + 4 * MINUTE, {
      taskId,
      customerId,
      type: followUpType,
      dueDate,
      departmentCode: department,
      assigneeId: assignee.staffId,
      ruleId: `01a40000-0000-7000-8000-00000000000${FOLLOW_UP_TYPES.indexOf(followUpType) + 1}`,
    });
    const fate = rand();
    if (fate < 0.9) {
      const onTime = fate < 0.78;
      const completedAt = onTime
        ? atWorkingHour(rand, dueMs - Math.floor(rand() * 3) * DAY)
        : atWorkingHour(rand, dueMs + (1 + Math.floor(rand() * 6)) * DAY);
      const asked = rand() < 0.85;
      emit('FollowUpCompleted', 'crm', Math.max(completedAt, recordedAt + 10 * MINUTE), {
        taskId,
        customerId,
        type: followUpType,
        channel: weighted(rand, [
          ['PHONE', 70],
          ['WECHAT', 25],
          ['SMS', 5],
        ]),
        dueDate,
        completedAt: iso(Math.max(completedAt, recordedAt + 10 * MINUTE)),
        onTime,
        satisfaction: asked ? weighted(rand, SATISFACTION) : null,
        newNeedFound: rand() < 0.12,
        departmentCode: department,
        assigneeId: assignee.staffId,
        completedBy: assignee.staffId,
      });
    }

    // complaints and suggestions about the visit
    if (rand() < 0.035) {
      const complaintId = id('complaint', nextN());
      const kind = rand() < 0.8 ? 'COMPLAINT' : 'SUGGESTION';
      const category = weighted(rand, COMPLAINT_CATEGORIES);
      const severity = weighted(rand, [
        ['LOW', 55],
        ['MEDIUM', 35],
        ['HIGH', 10],
      ]);
      const concerned =
        rand() < 0.6
          ? { departmentCode: 'ONSITE', staffId: onsiteConsultantId }
          : { departmentCode: visit.clinical.code, staffId: doctorId };
      const receivedAt = recordedAt + (1 + Math.floor(rand() * 72)) * HOUR;
      const receiver = pick(rand, roster.phone);
      emit('ComplaintReceived', 'crm', receivedAt, {
        complaintId,
        kind,
        customerId,
        channel: weighted(rand, [
          ['PHONE', 60],
          ['WECHAT', 30],
          ['WALK_IN', 10],
        ]),
        category,
        severity,
        departmentCode: concerned.departmentCode,
        staffId: concerned.staffId,
        receivedBy: receiver.staffId,
        receivedAt: iso(receivedAt),
      });
      if (rand() < 0.9) {
        const closedAt = receivedAt + (2 + Math.floor(rand() * (severity === 'HIGH' ? 400 : 200))) * HOUR;
        const resolutionKind =
          kind === 'SUGGESTION'
            ? null
            : weighted(rand, [
                ['EXPLANATION', 60],
                ['REFUND', 15],
                ['COMPENSATION', 10],
                [null, 15],
              ]);
        emit('ComplaintClosed', 'crm', closedAt, {
          complaintId,
          kind,
          customerId,
          category,
          severity,
          departmentCode: concerned.departmentCode,
          receivedAt: iso(receivedAt),
          closedAt: iso(closedAt),
          satisfaction: weighted(rand, [
            [5, 20],
            [4, 35],
            [3, 25],
            [2, 12],
            [1, 8],
          ]),
          resolutionKind,
          amountFen:
            resolutionKind === 'REFUND' && dealt
              ? amount
              : resolutionKind === 'REFUND' || resolutionKind === 'COMPENSATION'
                ? 10_000 + Math.floor(rand() * 50) * 1_000
                : null,
          onsiteAttempts: Math.floor(rand() * 3),
          emergency: severity === 'HIGH' && rand() < 0.1,
          closedBy: receiver.staffId,
        });
        if (resolutionKind === 'REFUND' && dealt) {
          // the receipt is refunded: crm publishes it, members reverses the consumption and its points
          const refundedAt = closedAt + HOUR;
          const reason = `投诉退款 complaint ${complaintId}`;
          emit('ConsumptionRefunded', 'crm', refundedAt, { receiptNumber, refundedAt: iso(refundedAt), reason });
          emit('ConsumptionRefundRecorded', 'members', refundedAt + MINUTE, {
            consumptionId,
            receiptNumber,
            customerId,
            membershipId: earning ? membershipId : null,
            amountFen: amount,
            occurredAt: iso(recordedAt),
            refundedAt: iso(refundedAt + MINUTE),
          });
          if (earning && earned > 0) refunds.push([refundedAt + MINUTE, earned]);
        }
      }
    }
  }

  // members: gifts for points, activities, the odd frozen card
  if (membershipId) {
    const lastVisit = visits.length ? visits[visits.length - 1].at : registeredAt;
    const at = atWorkingHour(rand, lastVisit + (5 + Math.floor(rand() * 40)) * DAY);
    settleRefunds(at);
    const gift = GIFTS.filter((g) => g.points <= balance).at(-1);
    if (gift && rand() < 0.35) {
      const redemptionId = id('redemption', nextN());
      const redemption = {
        redemptionId,
        membershipId,
        customerId,
        giftId: gift.id,
        giftName: gift.name,
        quantity: 1,
        points: gift.points,
        unitCostFen: gift.costFen,
        redeemedAt: iso(at),
      };
      emit('GiftRedeemed', 'members', at, redemption);
      points(at, -gift.points, 'REDEEM');
      if (rand() < 0.05) {
        const cancelledAt = at + (1 + Math.floor(rand() * 48)) * HOUR;
        settleRefunds(cancelledAt);
        const { giftName: _, ...cancelled } = redemption;
        emit('GiftRedemptionCancelled', 'members', cancelledAt, { ...cancelled, cancelledAt: iso(cancelledAt) });
        points(cancelledAt, gift.points, 'ADJUST');
      }
    }
    settleRefunds(Infinity);
    if (rand() < 0.25) {
      const activityNo = Math.floor(rand() * 24);
      const activityId = id('activity', activityNo);
      const registeredAtMs = atWorkingHour(rand, lastVisit + (1 + Math.floor(rand() * 30)) * DAY);
      const registrationId = id('registration', nextN());
      const startsAt = localMidnight(registeredAtMs + (3 + Math.floor(rand() * 10)) * DAY) + 14 * HOUR;
      emit('ActivityRegistered', 'members', registeredAtMs, {
        registrationId,
        activityId,
        activityKind: ACTIVITY_KINDS[activityNo % ACTIVITY_KINDS.length],
        membershipId,
        customerId,
        startsAt: iso(startsAt),
        registeredAt: iso(registeredAtMs),
      });
      if (rand() < 0.7) {
        const attendedAt = startsAt - Math.floor(rand() * 20) * MINUTE;
        emit('ActivityAttended', 'members', attendedAt, {
          registrationId,
          activityId,
          membershipId,
          customerId,
          attendedAt: iso(attendedAt),
        });
      }
    }
    if (rand() < 0.015) {
      const at = atWorkingHour(rand, lastVisit + (10 + Math.floor(rand() * 60)) * DAY);
      emit('MembershipStatusChanged', 'members', at, { membershipId, customerId, from: status, to: 'FROZEN', kind: 'FROZEN', at: iso(at) });
    }
  }
  return out;
}

/**
 * Counts per event type of a generated history (for reports and the test).
 * @param {Iterable<{ type: string }>} events
 * @returns {Record<string, number>}
 */
export function countByType(events) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const e of events) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}
