// The demo hospital's plan: who registered when over the last 12 months, who consulted, who came
// today, who dealt, who is a member with which tier, card and past receipts. Pure and deterministic
// (seeded PRNG, relative to `now`): seed.mjs carries it out through the services' own mutations, so
// crm, members and analytics hold the same story.
//
// The year is spread through the mutations' own back-dating: registrations (registeredAt),
// consultations (consultedAt), enrolments (joinedAt), members' receipts (occurredAt), and, entered
// late (补录, docs/backdating.md) by the department admins, past arrivals (arrivedAt), their deals
// (occurredAt), the follow-ups those deals made (completedAt) and some complaints (receivedAt). The
// hospital grows: more customers, visits and deals each month than the month before, and every one
// of the eleven months before this one has deals. Today's front line (bookings, arrivals, deals,
// overdue follow-ups) is recorded as it happens, now.

import { pick, prng, weighted } from './demo-random.mjs';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵'.split(
    '',
  );
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕彬斌宇浩凯鹏辉俊帆欣怡涵轩桐远琪曦汐懿诺'.split('');
const REGIONS = ['天河区', '越秀区', '海珠区', '荔湾区', '白云区', '番禺区', '黄埔区', '花都区', '南沙区', '增城区', '佛山', '东莞'];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '158',
  '159',
  '177',
  '180',
  '186',
  '187',
  '188',
  '189',
];
/** @type {[string, number][]} */
const CHANNELS = [
  ['PHONE', 30],
  ['WECHAT', 22],
  ['WEB', 14],
  ['WALK_IN', 12],
  ['REFERRAL', 12],
  ['PARTNER', 5],
  ['CAMPAIGN', 5],
];
/** @type {[string, number][]} */
const CLASSES = [
  ['A', 15],
  ['B', 45],
  ['C', 40],
];
/** @type {[string, number][]} */
const TIERS = [
  ['ORDINARY', 55],
  ['SILVER', 28],
  ['GOLD', 13],
  ['DIAMOND', 4],
];
/** the clinical departments a visit belongs to: visit types, mean deal (yuan), what is sold, its doctors */
export const CLINICS = [
  {
    code: 'DENTAL',
    meanYuan: 3200,
    types: ['EXPERT', 'EXAMINATION', 'TREATMENT'],
    items: ['种植牙', '隐形矫正首期', '洁牙', '补牙', '根管治疗'],
    diseases: ['牙齿矫正', '缺牙', '牙周炎', '龋齿'],
    doctors: ['01a30000-0000-7000-8000-00000000d0c1', '01a30000-0000-7000-8000-00000000d0c2', '01a30000-0000-7000-8000-00000000d0c3'],
  },
  {
    code: 'AESTHETIC',
    meanYuan: 5800,
    types: ['EXPERT', 'TREATMENT'],
    items: ['光子嫩肤', '水光针', '热玛吉', '祛斑'],
    diseases: ['色斑', '痤疮', '皮肤松弛'],
    doctors: ['01a30000-0000-7000-8000-00000000d0c4', '01a30000-0000-7000-8000-00000000d0c5'],
  },
  {
    code: 'PHYSICAL_EXAM',
    meanYuan: 1200,
    types: ['PHYSICAL_EXAM', 'EXAMINATION'],
    items: ['入职体检', '全面体检套餐', '幽门螺杆菌检测'],
    diseases: ['体检'],
    doctors: ['01a30000-0000-7000-8000-00000000d0c6'],
  },
];

/**
 * 排班: each demo doctor's schedule (crm's setDoctorSchedule input, docs/doctor-schedules.md): weekly
 * hours (ISO weekday, hospital time), slot length and one exception in the coming weeks (a day off or
 * other hours). The seed sets them after the day's bookings, which were made before schedules existed.
 * @param {string} today the hospital day, YYYY-MM-DD
 */
export function demoSchedules(today) {
  /** @param {number} days */
  const inDays = (days) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  /** @param {number[]} days @param {[string, string][]} stretches */
  const weekly = (days, stretches) => days.flatMap((weekday) => stretches.map(([start, end]) => ({ weekday, start, end })));
  const [dental, aesthetic, exam] = CLINICS;
  return [
    {
      doctorId: dental.doctors[0],
      departmentCode: dental.code,
      slotMinutes: 30,
      weekly: weekly(
        [1, 2, 3, 4, 5],
        [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
      ),
      exceptions: [{ day: inDays(8), start: null, end: null, note: '年假' }],
    },
    {
      doctorId: dental.doctors[1],
      departmentCode: dental.code,
      slotMinutes: 30,
      weekly: weekly(
        [1, 2, 3, 4, 5, 6],
        [
          ['09:00', '12:00'],
          ['14:00', '18:00'],
        ],
      ),
      exceptions: [{ day: inDays(10), start: '09:00', end: '12:00', note: '下午学术会议' }],
    },
    {
      doctorId: dental.doctors[2],
      departmentCode: dental.code,
      slotMinutes: 30,
      weekly: weekly(
        [2, 3, 4, 5, 6, 7],
        [
          ['10:00', '12:00'],
          ['13:30', '19:00'],
        ],
      ),
      exceptions: [{ day: inDays(9), start: null, end: null, note: '调休' }],
    },
    {
      doctorId: aesthetic.doctors[0],
      departmentCode: aesthetic.code,
      slotMinutes: 60,
      weekly: weekly(
        [1, 2, 3, 4, 5, 6],
        [
          ['10:00', '13:00'],
          ['14:00', '20:00'],
        ],
      ),
      exceptions: [{ day: inDays(11), start: '14:00', end: '18:00', note: '仅下午门诊' }],
    },
    {
      doctorId: aesthetic.doctors[1],
      departmentCode: aesthetic.code,
      slotMinutes: 45,
      weekly: weekly([3, 4, 5, 6, 7], [['10:00', '18:00']]),
      exceptions: [{ day: inDays(12), start: null, end: null, note: '外出培训' }],
    },
    {
      doctorId: exam.doctors[0],
      departmentCode: exam.code,
      slotMinutes: 20,
      weekly: weekly([1, 2, 3, 4, 5, 6, 7], [['08:00', '11:40']]),
      exceptions: [{ day: inDays(13), start: null, end: null, note: '体检中心设备检修' }],
    },
  ];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Asia/Shanghai keeps UTC+8 all year */
const TZ_OFFSET = 8 * HOUR;

/** @param {number} at @returns {string} the hospital day of `at`, YYYY-MM-DD */
export const hospitalDay = (at) => new Date(at + TZ_OFFSET).toISOString().slice(0, 10);
/** @param {number} at @returns {number} the start (ms) of `at`'s hospital day */
export const startOfHospitalDay = (at) => Date.parse(`${hospitalDay(at)}T00:00:00+08:00`);
/** @param {number} at @returns {number} the start (ms) of `at`'s hospital month */
export const startOfHospitalMonth = (at) => Date.parse(`${hospitalDay(at).slice(0, 7)}-01T00:00:00+08:00`);

/** @param {number} monthStart @param {number} k @returns {number} the start (ms) of the hospital month `k` months before `monthStart`'s */
const monthsBefore = (monthStart, k) => {
  const [y, m] = hospitalDay(monthStart).slice(0, 7).split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1 - k, 1));
  return Date.parse(`${at.toISOString().slice(0, 7)}-01T00:00:00+08:00`);
};

/** a deal amount around `meanYuan`, whole yuan, in fen @param {() => number} rand @param {number} meanYuan */
const amountFen = (rand, meanYuan) => Math.round(meanYuan * (0.4 + rand() * 1.2)) * 100;

/**
 * @typedef {{ kind: 'BOOKED' | 'WALK_IN' | 'CANCELLED' | 'NO_SHOW', clinic: (typeof CLINICS)[number], type: string, doctorId: string,
 *   slotStart: string, dealt: boolean, amountFen: number, items: string[], receiptNumber: string, returning: boolean }} PlannedVisit
 * @typedef {{ clinic: (typeof CLINICS)[number], type: string, doctorId: string, arrivedAt: string, dealtAt: string, dealt: boolean,
 *   amountFen: number, items: string[], receiptNumber: string, complaint: null | { receivedAt: string, category: string, description: string } }} PastVisit
 * @typedef {{ channel: string, consultedAt: string, outcome: 'BOOKED' | 'FOLLOW_UP_LATER' | 'NO_INTENTION', diseaseType: string }} PlannedConsultation
 * @typedef {{ index: number, name: string, phone: string, channel: string, region: string, gender: 'FEMALE' | 'MALE',
 *   registeredAt: string, birthDate: string, marketingConsent: boolean, customerClass: string, partner: boolean,
 *   referrerIndex: number | null, consultation: PlannedConsultation | null, todayConsultation: PlannedConsultation | null,
 *   visit: PlannedVisit | null, againVisits: PlannedVisit[], pastVisits: PastVisit[],
 *   member: null | { joinedAt: string, tier: string, card: boolean, receipts: { receiptNumber: string, amountFen: number, occurredAt: string }[] } }} PlannedCustomer
 */

/**
 * The plan of the demo hospital: `120 × scale` customers registered over the 12 months before `now`
 * (a sixth of them this month), each with what happens to them.
 * @param {{ scale?: number, now?: number, seed?: number }} [options]
 * @returns {{ customers: PlannedCustomer[], month: string, today: string }}
 */
export function demoHospital({ scale = 1, now = Date.now(), seed = 20261207 } = {}) {
  const count = 120 * scale;
  const rand = prng(seed);
  const monthStart = startOfHospitalMonth(now);
  const dayStart = startOfHospitalDay(now);
  const today = hospitalDay(now);
  const phones = new Set();
  /** @type {PlannedCustomer[]} */
  const customers = [];
  /** @type {Set<PlannedCustomer>} the first customers of each of the eleven months before this one */
  const anchors = new Set();
  while (customers.length < count) {
    const phone = pick(rand, MOBILE_PREFIXES) + String(Math.floor(rand() * 1e8)).padStart(8, '0');
    if (phones.has(phone)) continue;
    phones.add(phone);
    const index = customers.length;
    const name = pick(rand, SURNAMES) + Array.from({ length: rand() < 0.6 ? 2 : 1 }, () => pick(rand, GIVEN)).join('');
    // a sixth registered this month (before now), the rest over the 11 months before, recent months
    // busier (half spread evenly, half more the nearer to now: a hospital that grows); the first eleven
    // open each of the eleven months before this one, so every month of the year has its newcomers
    const thisMonth = customers.length >= 11 && rand() < 1 / 6;
    const back = rand() < 0.5 ? rand() : rand() * rand();
    const registered =
      customers.length < 11
        ? monthsBefore(monthStart, customers.length + 1) + Math.floor((1 + rand() * 4) * DAY) + 9 * HOUR
        : thisMonth
          ? Math.min(now - 60_000, monthStart + Math.floor(rand() * Math.max(HOUR, now - monthStart - HOUR)))
          : monthStart - Math.floor(back * 335 * DAY) - Math.floor(rand() * 10 * HOUR) - HOUR;
    const channel = weighted(rand, CHANNELS);
    // one in twenty has a birthday in the coming week (the birthday list), the others any day of the year
    const birthday =
      rand() < 0.05
        ? hospitalDay(now + Math.floor(rand() * 7) * DAY).slice(5)
        : hospitalDay(Date.UTC(2001, 0, 1) + Math.floor(rand() * 365) * DAY).slice(5);
    const birthYear = 1955 + Math.floor(rand() * 48);
    customers.push({
      index,
      name,
      phone,
      channel,
      region: pick(rand, REGIONS),
      gender: rand() < 0.68 ? 'FEMALE' : 'MALE',
      registeredAt: new Date(registered).toISOString(),
      birthDate: `${birthYear}-${birthday === '02-29' ? '02-28' : birthday}`,
      marketingConsent: rand() < 0.6,
      customerClass: weighted(rand, CLASSES),
      partner: channel === 'PARTNER',
      referrerIndex: null,
      consultation: null,
      todayConsultation: null,
      visit: null,
      againVisits: [],
      pastVisits: [],
      member: null,
    });
    if (customers.length <= 11) anchors.add(customers[customers.length - 1]);
  }
  // oldest first: a referrer registered before the person they brought
  customers.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  customers.forEach((c, i) => (c.index = i));

  let receipt = 0;
  let slot = 0;
  let visitors = 0;
  let returning = 0;
  let enrolled = 0;
  const receiptNumber = () => `DEMO-${today.replaceAll('-', '')}-${String(++receipt).padStart(4, '0')}`;
  /** the next free slot of today (every doctor's day is 08:00–20:00 in 15-minute slots) @param {(typeof CLINICS)[number]} clinic */
  const nextSlot = (clinic) => {
    const n = slot++;
    const doctorId = clinic.doctors[n % clinic.doctors.length];
    return { doctorId, slotStart: new Date(dayStart + 8 * HOUR + (n % 48) * 15 * 60_000 + Math.floor(n / 48) * 60_000).toISOString() };
  };
  /** @param {'BOOKED' | 'WALK_IN' | 'CANCELLED' | 'NO_SHOW'} kind @param {boolean} returning @returns {PlannedVisit} */
  const planVisit = (kind, returning) => {
    const clinic = pick(rand, CLINICS);
    const dealt = kind !== 'CANCELLED' && kind !== 'NO_SHOW' && (returning || rand() < 0.7);
    return {
      kind,
      clinic,
      type: pick(rand, clinic.types),
      ...nextSlot(clinic),
      dealt,
      amountFen: dealt ? amountFen(rand, clinic.meanYuan) : 0,
      items: dealt ? [pick(rand, clinic.items)] : [],
      receiptNumber: dealt ? receiptNumber() : '',
      returning,
    };
  };

  let pastReceipt = 0;
  let pastComplaints = 0;
  /**
   * A visit of the past (补录): arrived on a working day between 09:00 and 17:00, dealt (or not) an
   * hour or two later, on the same hospital day; never on or after today.
   * @param {number} at the arrival (ms) @param {boolean} anchor always deals @returns {PastVisit | null}
   */
  const planPastVisit = (at, anchor) => {
    let arrived = startOfHospitalDay(at) + 9 * HOUR + Math.floor(rand() * 8 * HOUR);
    // never before `at` (the customer's registration, or the visit before)
    if (arrived < at) arrived += DAY;
    if (arrived + 3 * HOUR >= dayStart) return null;
    const clinic = pick(rand, CLINICS);
    const dealt = anchor || rand() < 0.7;
    /** @type {PastVisit} */
    const visit = {
      clinic,
      type: pick(rand, clinic.types),
      doctorId: pick(rand, clinic.doctors),
      arrivedAt: new Date(arrived).toISOString(),
      dealtAt: new Date(arrived + HOUR + Math.floor(rand() * HOUR)).toISOString(),
      dealt,
      amountFen: dealt ? amountFen(rand, clinic.meanYuan) : 0,
      items: dealt ? [pick(rand, clinic.items)] : [],
      receiptNumber: dealt ? `DEMO-H${String(++pastReceipt).padStart(5, '0')}` : '',
      complaint: null,
    };
    // one past deal in twelve brought a complaint a few days later (received, handled and closed)
    if (dealt && rand() < 1 / 12 && arrived + 4 * DAY < dayStart) {
      const [category, description] = pastComplaints++ % 2 ? ['WAITING_TIME', '候诊时间较长'] : ['BILLING', '对收费明细有疑问'];
      visit.complaint = { receivedAt: new Date(arrived + DAY + Math.floor(rand() * 2 * DAY)).toISOString(), category, description };
    }
    return visit;
  };

  for (const c of customers) {
    // the year before today (补录): most customers registered before this month came, a few dealt
    // again later (复购); the first visits follow registration within days, so a busier month of
    // newcomers is a busier month at the front desk
    const registeredAt = Date.parse(c.registeredAt);
    if (registeredAt < monthStart) {
      const anchor = anchors.has(c);
      if (anchor || rand() < 0.55) {
        let at = registeredAt + (anchor ? DAY : Math.floor(rand() * rand() * 30 * DAY) + 2 * HOUR);
        for (let n = 0; n < 3; n++) {
          const v = planPastVisit(at, anchor && n === 0);
          if (!v) break;
          c.pastVisits.push(v);
          if (!v.dealt || rand() < 0.65) break;
          at = Date.parse(v.arrivedAt) + DAY * (20 + Math.floor(rand() * 90));
        }
      }
    }
  }

  for (const c of customers) {
    const earlier = customers.slice(0, c.index);
    if (c.channel === 'REFERRAL' && earlier.length) c.referrerIndex = pick(rand, earlier).index;
    const clinic = pick(rand, CLINICS);
    const registeredThisMonth = Date.parse(c.registeredAt) >= monthStart;
    // today's front line: most of this month's newcomers and one in eight of the others
    const comesToday = registeredThisMonth ? rand() < 0.8 : rand() < 0.125;
    if (rand() < 0.7 || (comesToday && ['PHONE', 'WECHAT', 'WEB'].includes(c.channel))) {
      c.consultation = {
        channel: ['PHONE', 'WECHAT', 'WEB'].includes(c.channel) ? c.channel : 'PHONE',
        consultedAt: new Date(Math.min(now - HOUR, Date.parse(c.registeredAt) + 20 * 60_000)).toISOString(),
        outcome: rand() < 0.6 ? 'FOLLOW_UP_LATER' : rand() < 0.5 ? 'BOOKED' : 'NO_INTENTION',
        diseaseType: pick(rand, clinic.diseases),
      };
    }
    if (comesToday) {
      // one booking in ten is called off and one in ten not kept, whatever the scale
      const n = visitors++;
      const kind = n % 10 === 3 ? 'CANCELLED' : n % 10 === 7 ? 'NO_SHOW' : rand() < 0.7 ? 'BOOKED' : 'WALK_IN';
      c.visit = planVisit(kind, false);
      // a booking made by phone today: the consultation that converts it (电转预约)
      if (kind !== 'WALK_IN' && rand() < 0.7)
        c.todayConsultation = {
          channel: 'PHONE',
          consultedAt: new Date(Math.max(dayStart, now - 2 * HOUR - Math.floor(rand() * 4 * HOUR))).toISOString(),
          outcome: 'BOOKED',
          diseaseType: pick(rand, c.visit.clinic.diseases),
        };
      // a returning customer who dealt comes back for the next steps of the treatment (老顾客复购);
      // every other one deals a third time and becomes loyal (忠实客户, CRM_LOYAL_DEALS = 3)
      if (c.visit.dealt && rand() < 0.2) {
        c.againVisits.push(planVisit('WALK_IN', true));
        if (returning++ % 2 === 0) c.againVisits.push(planVisit('WALK_IN', true));
      }
    }
    if (rand() < 0.35 || (c.channel === 'REFERRAL' && rand() < 0.5)) {
      const joinedAt = Math.min(now - HOUR, Date.parse(c.registeredAt) + HOUR);
      const receipts = [];
      const past = Math.floor(rand() * 4);
      for (let i = 0; i < past; i++) {
        const at = joinedAt + Math.floor(rand() * (now - HOUR - joinedAt));
        receipts.push({
          receiptNumber: `MEM-${String(c.index).padStart(5, '0')}-${i + 1}`,
          amountFen: amountFen(rand, 900),
          occurredAt: new Date(at).toISOString(),
        });
      }
      // the three longest-standing members hold the upper tiers, so every tier has someone
      const tier = enrolled < 3 ? ['DIAMOND', 'GOLD', 'SILVER'][enrolled] : weighted(rand, TIERS);
      enrolled++;
      c.member = { joinedAt: new Date(joinedAt).toISOString(), tier, card: rand() < 0.85, receipts };
    }
  }
  return { customers, month: today.slice(0, 7), today };
}
