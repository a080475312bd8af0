// Seeds the demo hospital once, through the gateway as the demo staff who do each step (the
// services' own write paths and the events they publish): the plan of demo-hospital.mjs carried out.
import { demoHospital, demoSchedules, hospitalDay } from './demo-hospital.mjs';

/** @typedef {import('./demo-hospital.mjs').PlannedCustomer} PlannedCustomer */
/** @typedef {import('./demo-hospital.mjs').PlannedVisit} PlannedVisit */
/** @typedef {{ message: string, extensions?: { code?: string, existingCustomerId?: string } }} GraphqlErrorEntry */

/** The errors of a GraphQL response: their codes, and the existing customer a CONFLICT names. */
class GraphqlResponseError extends Error {
  /** @param {GraphqlErrorEntry[]} errors */
  constructor(errors) {
    super(errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; '));
    this.codes = errors.map((e) => e.extensions?.code);
    this.existingCustomerId = errors.find((e) => e.extensions?.existingCustomerId)?.extensions?.existingCustomerId;
  }
}

/**
 * @param {string} url
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {string} [authorization]
 * @returns {Promise<any>} the response's `data`, shaped as `query` asks
 */
async function graphql(url, query, variables, authorization = '') {
  const headers = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = /** @type {{ data?: unknown, errors?: GraphqlErrorEntry[] }} */ (await response.json());
  if (body.errors?.length) throw new GraphqlResponseError(body.errors);
  return body.data;
}

/**
 * Runs `work` on each item, `concurrency` at a time.
 * @template T
 * @param {T[]} items
 * @param {number} concurrency
 * @param {(item: T) => Promise<void>} work
 * @param {(done: number, total: number) => void} onProgress
 */
async function inBatches(items, concurrency, work, onProgress) {
  let done = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++];
        await work(item);
        onProgress(++done, items.length);
      }
    }),
  );
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** the demo partner organisation's key account (identity creates the partner with this id) */
export const DEMO_KEY_ACCOUNT_ID = '01a20000-0000-7000-8000-000000000001';
/** the demo staff who do the hospital's work, each through their own sign-in */
const STAFF = [
  'cs.admin',
  'cs.staff',
  'consult.staff',
  'guide',
  'onsite.admin',
  'onsite.a',
  'onsite.b',
  'member.admin',
  'director',
  'finance',
  'member.staff',
  'ops.manager',
];

/**
 * @typedef {object} DemoCounts what the demo hospital holds once seeded, per record kind
 * @property {number} customers
 * @property {number} referred
 * @property {number} keyAccounts
 * @property {number} consultations
 * @property {number} appointments
 * @property {number} visits
 * @property {number} deals
 * @property {number} dealtFen
 * @property {number} pastVisits arrivals of the months before today, entered late (补录)
 * @property {number} pastDeals
 * @property {number} monthDealtFen the deals of the current month, in fen
 * @property {number} followUpsDone
 * @property {number} followUpsOverdue
 * @property {number} complaints
 * @property {number} members
 * @property {number} cards
 * @property {number} memberReceipts
 * @property {number} redemptions
 * @property {number} activities
 * @property {number} activityRegistrations
 * @property {number} targets
 * @property {number} judgedScores
 * @property {number} schedules
 */

/**
 * Seeds the demo hospital on an empty database (demo-hospital.mjs: 120 × `scale` customers over the
 * last 12 months and today's front line), through the gateway as the demo staff. A database that
 * already holds customers is left as it is.
 * @param {string} gatewayUrl
 * @param {{ scale?: number, now?: number, password: string, progress?: (what: string, done: number, total: number) => void }} options
 * @returns {Promise<{ seeded: boolean, counts: DemoCounts | null, customers: number }>}
 */
export async function seedDemoData(gatewayUrl, { scale = 1, now = Date.now(), password, progress = () => {} }) {
  /** @type {Record<string, string>} */
  const tokens = {};
  /** @type {Record<string, string>} staff id → the demo user */
  const whoIs = {};
  /** @type {Record<string, string>} the demo user → staff id */
  const staffId = {};
  /** @type {Record<string, string>} the demo user → their name */
  const staffName = {};
  for (const who of STAFF) {
    /** @type {{ login: { accessToken: string } }} */
    const data = await graphql(gatewayUrl, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
      u: who,
      p: password,
    });
    tokens[who] = `Bearer ${data.login.accessToken}`;
    const me = (await graphql(gatewayUrl, '{ me { id name } }', {}, tokens[who])).me;
    staffId[who] = me.id;
    staffName[who] = me.name;
    whoIs[me.id.toLowerCase()] = who;
  }
  /** @type {(who: string, query: string, variables?: Record<string, unknown>) => Promise<any>} */
  const as = (who, query, variables) => graphql(gatewayUrl, query, variables, tokens[who]);

  /** @type {{ customers: { totalCount: number } }} */
  const existing = await as('cs.admin', '{ customers(first: 1) { totalCount } }');
  if (existing.customers.totalCount > 0) return { seeded: false, counts: null, customers: existing.customers.totalCount };

  const { customers, month, today } = demoHospital({ scale, now });
  /** @type {DemoCounts} */
  const counts = {
    customers: 0,
    referred: 0,
    keyAccounts: 0,
    consultations: 0,
    appointments: 0,
    visits: 0,
    deals: 0,
    dealtFen: 0,
    pastVisits: 0,
    pastDeals: 0,
    monthDealtFen: 0,
    followUpsDone: 0,
    followUpsOverdue: 0,
    complaints: 0,
    members: 0,
    cards: 0,
    memberReceipts: 0,
    redemptions: 0,
    activities: 0,
    activityRegistrations: 0,
    targets: 0,
    judgedScores: 0,
    schedules: 0,
  };

  // key accounts (大客户): an institution and a VIP circle, managed by the director; the demo partner's people belong to its own
  /** @type {string[]} */
  const keyAccounts = [];
  // The demo partner's account comes first, under the id identity's demo partner organisation already
  // points at: its API key then reads a roster (the partner's people below), as docs/partner-api.md shows.
  for (const [id, name, kind, contact] of /** @type {const} */ ([
    [DEMO_KEY_ACCOUNT_ID, '平安健康管理(广州)有限公司', 'INSTITUTION', { name: '陈经理', title: '健康管理部经理', phone: '020-87651234' }],
    [null, '广州市第一中学教职工', 'INSTITUTION', { name: '何主任', title: '工会主席', phone: '020-83334567' }],
    [null, '珠江新城企业家俱乐部', 'VIP', { name: '梁秘书长', title: '秘书长', phone: '020-38889999' }],
  ])) {
    const create = 'mutation ($id: ID, $input: KeyAccountInput!) { createKeyAccount(id: $id, input: $input) { id } }';
    const { createKeyAccount } = await as('director', create, {
      id,
      input: {
        name,
        kind,
        accountManagerId: staffId['cs.admin'],
        contacts: [contact],
        servicePlan: {
          visitProcess: '专人预约, 绿色通道',
          expertTeam: '主任医师团队',
          discountPolicy: '团体九折',
          valueAddedServices: ['年度体检', '生日礼'],
        },
      },
    });
    await as('director', 'mutation ($input: KeyAccountScoreInput!) { scoreKeyAccount(input: $input) { id } }', {
      input: {
        keyAccountId: createKeyAccount.id,
        demandVolume: 4,
        spendingPower: kind === 'VIP' ? 5 : 3,
        influence: 4,
        cooperationPotential: 4,
      },
    });
    await as('director', 'mutation ($input: KeyAccountMeetingInput!) { recordKeyAccountMeeting(input: $input) { id } }', {
      input: {
        keyAccountId: createKeyAccount.id,
        kind: 'QUARTERLY',
        heldAt: new Date(now - 20 * 86_400_000).toISOString(),
        attendees: contact.name,
        summary: '年度合作回顾, 确认下季度体检安排',
      },
    });
    if (!id) keyAccounts.push(createKeyAccount.id);
    counts.keyAccounts++;
  }
  /** @param {PlannedCustomer} c @returns {string | null} */
  const keyAccountOf = (c) =>
    c.partner ? DEMO_KEY_ACCOUNT_ID : c.customerClass === 'A' && c.index % 3 === 0 ? keyAccounts[c.index % 2] : null;

  // customers: those who came on their own first, then the ones they referred (老带新)
  /** @type {Map<number, string>} plan index → customer id */
  const ids = new Map();
  const register = async (/** @type {PlannedCustomer} */ c) => {
    const input = {
      name: c.name,
      phone: c.phone,
      channel: c.channel,
      gender: c.gender,
      region: c.region,
      keyAccountId: keyAccountOf(c),
      registeredAt: c.registeredAt,
      birthDate: c.birthDate,
      marketingConsent: c.marketingConsent,
      customerClass: c.customerClass,
      referrerId: c.referrerIndex === null ? null : (ids.get(c.referrerIndex) ?? null),
      consultantId: c.customerClass === 'A' ? staffId[c.index % 2 ? 'onsite.a' : 'onsite.b'] : null,
    };
    try {
      const data = await as('cs.admin', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', { input });
      ids.set(c.index, data.createCustomer.id);
      counts.customers++;
      if (input.referrerId) counts.referred++;
    } catch (error) {
      if (!(error instanceof GraphqlResponseError && error.existingCustomerId)) throw error;
      ids.set(c.index, error.existingCustomerId);
    }
  };
  const [first, referred] = [customers.filter((c) => c.referrerIndex === null), customers.filter((c) => c.referrerIndex !== null)];
  let registered = 0;
  const onCustomer = () => progress('customers', ++registered, customers.length);
  await inBatches(first, 6, register, onCustomer);
  await inBatches(referred, 6, register, onCustomer);

  // consultations over the year (电话 / 微信 / 网络咨询), back-dated to when they happened
  const consulted = customers.filter((c) => c.consultation);
  await inBatches(
    consulted,
    6,
    async (c) => {
      const k = /** @type {NonNullable<PlannedCustomer['consultation']>} */ (c.consultation);
      await as('consult.staff', 'mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }', {
        input: {
          phone: c.phone,
          channel: k.channel,
          outcome: k.outcome,
          noIntentionReason: k.outcome === 'NO_INTENTION' ? '价格超出预算' : null,
          name: c.name,
          gender: c.gender,
          diseaseType: k.diseaseType,
          consultedAt: k.consultedAt,
          concern: c.index % 3 === 0 ? 'PRICE_COMPARISON' : 'HEALTH_QUESTION',
        },
      });
      counts.consultations++;
    },
    (done, total) => progress('consultations', done, total),
  );

  // members: enrolled when they joined (back-dated), most with an activated card, and their receipts since
  /** @type {Map<number, string>} plan index → membership id */
  const memberships = new Map();
  const members = customers.filter((c) => c.member);
  await inBatches(
    members,
    4,
    async (c) => {
      const m = /** @type {NonNullable<PlannedCustomer['member']>} */ (c.member);
      // members learns of new customers from CustomerRegistered; wait for the event if it lags
      for (let attempt = 0; ; attempt++) {
        try {
          // the member specialist enrols, so members records them as the member's developer (开发人)
          // and their member spend and redevelopment are credited to them on their scorecard
          const data = await as('member.staff', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: ids.get(c.index), joinedAt: m.joinedAt, tier: m.tier, idempotencyKey: `demo-enrol-${c.phone}` },
          });
          memberships.set(c.index, data.enrollMember.id);
          counts.members++;
          break;
        } catch (error) {
          const codes = error instanceof GraphqlResponseError ? error.codes : [];
          if (!codes.includes('NOT_FOUND') || attempt > 50) throw error;
          await sleep(200);
        }
      }
      const membershipId = memberships.get(c.index);
      if (m.card) {
        const { issueCard } = await as('member.admin', 'mutation ($id: ID!) { issueCard(membershipId: $id) { id } }', { id: membershipId });
        await as('member.admin', 'mutation ($id: ID!) { activateCard(cardId: $id) { id } }', { id: issueCard.id });
        counts.cards++;
      }
      if (m.receipts.length) {
        await as('member.admin', 'mutation ($input: RecordConsumptionsInput!) { recordConsumptions(input: $input) { id } }', {
          input: { consumptions: m.receipts.map((r) => ({ membershipId, ...r, idempotencyKey: `demo-${r.receiptNumber}` })) },
        });
        counts.memberReceipts += m.receipts.length;
      }
    },
    (done, total) => progress('members', done, total),
  );

  // the year before today, entered late (补录, docs/backdating.md) by the department admins: arrivals
  // and their deals at the time they happened (the on-site consultants are credited as on the day),
  // the follow-ups those deals made, done on their due day, and a few complaints, received when they were
  const monthStartMs = Date.parse(`${month}-01T00:00:00+08:00`);
  const historical = customers.filter((c) => c.pastVisits.length);
  await inBatches(
    historical,
    4,
    async (c) => {
      for (const v of c.pastVisits) {
        const consultant = c.index % 2 ? 'onsite.a' : 'onsite.b';
        const { registerVisit } = await as(
          'onsite.admin',
          'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }',
          {
            input: {
              customerId: ids.get(c.index),
              type: v.type,
              departmentCode: v.clinic.code,
              doctorId: v.doctorId,
              onsiteConsultantId: staffId[consultant],
              arrivedAt: v.arrivedAt,
            },
          },
        );
        counts.visits++;
        counts.pastVisits++;
        await as('onsite.admin', 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }', {
          input: v.dealt
            ? {
                visitId: registerVisit.id,
                dealt: true,
                amountFen: v.amountFen,
                receiptNumber: v.receiptNumber,
                items: v.items,
                occurredAt: v.dealtAt,
              }
            : { visitId: registerVisit.id, dealt: false, occurredAt: v.dealtAt },
        });
        if (v.dealt) {
          counts.deals++;
          counts.pastDeals++;
          counts.dealtFen += v.amountFen;
          if (Date.parse(v.dealtAt) >= monthStartMs) counts.monthDealtFen += v.amountFen;
        }
        if (v.complaint) {
          const { receiveComplaint } = await as(
            'cs.admin',
            'mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }',
            {
              input: {
                customerId: ids.get(c.index),
                channel: 'PHONE',
                category: v.complaint.category,
                severity: 'LOW',
                description: v.complaint.description,
                departmentCode: v.clinic.code,
                receivedAt: v.complaint.receivedAt,
              },
            },
          );
          counts.complaints++;
          for (const action of ['START_ONSITE', 'RESOLVE_ONSITE'])
            await as('onsite.a', 'mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { id } }', {
              input: { complaintId: receiveComplaint.id, action },
            });
          await as('cs.staff', 'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { id } }', {
            input: { complaintId: receiveComplaint.id, satisfaction: 4, note: '已现场解释, 客户接受' },
          });
        }
      }
      // the visits' follow-ups that fell due before today: done on their due day (those of this month
      // every other one; the rest are the month's overdue calls)
      const data = await as('cs.admin', 'query ($id: ID!) { customer(id: $id) { followUps(first: 50) { nodes { id dueDate status } } } }', {
        id: ids.get(c.index),
      });
      const due = data.customer.followUps.nodes
        .filter((/** @type {any} */ t) => t.status === 'OPEN' && t.dueDate < today)
        .sort((/** @type {any} */ a, /** @type {any} */ b) => a.dueDate.localeCompare(b.dueDate));
      for (const [i, t] of due.entries()) {
        if (t.dueDate >= `${month}-01` && (c.index + i) % 2 === 1) {
          counts.followUpsOverdue++;
          continue;
        }
        await as('cs.admin', 'mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id } }', {
          input: {
            taskId: t.id,
            result: '已回访, 恢复情况良好',
            satisfaction: (c.index + i) % 9 === 0 ? 3 : 4 + ((c.index + i) % 2),
            completedAt: new Date(`${t.dueDate}T20:30:00+08:00`).toISOString(),
          },
        });
        counts.followUpsDone++;
      }
    },
    (done, total) => progress('history', done, total),
  );

  // today's front line: the duty roster, phone bookings, arrivals, walk-ins and deals
  await as('onsite.admin', 'mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { day } }', {
    input: { day: today, consultantIds: [staffId['onsite.a'], staffId['onsite.b']] },
  });
  /** @type {{ c: PlannedCustomer, visitId: string, v: PlannedVisit, consultant: string }[]} */
  const dealt = [];
  /**
   * @param {PlannedCustomer} c
   * @param {PlannedVisit} v
   * @param {{ id: string, onsiteConsultantId: string | null } | null} appointment
   */
  const arrive = async (c, v, appointment) => {
    const consultant = staffId[c.index % 2 ? 'onsite.a' : 'onsite.b'];
    const { registerVisit } = await as(
      'guide',
      'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id onsiteConsultantId } }',
      {
        input: appointment
          ? // a booking without a phone consultation has no consultant from the rotation: the guide hands it to one
            {
              appointmentId: appointment.id,
              designatedDoctor: c.index % 4 === 0,
              onsiteConsultantId: appointment.onsiteConsultantId ? null : consultant,
            }
          : {
              customerId: ids.get(c.index),
              type: v.type,
              departmentCode: v.clinic.code,
              doctorId: v.doctorId,
              onsiteConsultantId: consultant,
            },
      },
    );
    counts.visits++;
    const who = whoIs[(registerVisit.onsiteConsultantId ?? consultant).toLowerCase()] ?? 'onsite.a';
    await as(who, 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }', {
      input: v.dealt
        ? { visitId: registerVisit.id, dealt: true, amountFen: v.amountFen, receiptNumber: v.receiptNumber, items: v.items }
        : { visitId: registerVisit.id, dealt: false },
    });
    if (v.dealt) {
      counts.deals++;
      counts.dealtFen += v.amountFen;
      counts.monthDealtFen += v.amountFen;
      dealt.push({ c, visitId: registerVisit.id, v, consultant: who });
    }
  };
  const visitors = customers.filter((c) => c.visit);
  await inBatches(
    visitors,
    4,
    async (c) => {
      const v = /** @type {PlannedVisit} */ (c.visit);
      let consultationId = null;
      if (c.todayConsultation) {
        const k = c.todayConsultation;
        const { registerConsultation } = await as(
          'consult.staff',
          'mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }',
          {
            input: {
              phone: c.phone,
              channel: k.channel,
              outcome: k.outcome,
              name: c.name,
              gender: c.gender,
              diseaseType: k.diseaseType,
              consultedAt: k.consultedAt,
            },
          },
        );
        consultationId = registerConsultation.id;
        counts.consultations++;
      }
      if (v.kind === 'WALK_IN') await arrive(c, v, null);
      else {
        const { bookAppointment } = await as(
          'consult.staff',
          'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id onsiteConsultantId } }',
          {
            input: {
              type: v.type,
              departmentCode: v.clinic.code,
              doctorId: v.doctorId,
              slotStart: v.slotStart,
              customerId: ids.get(c.index),
              consultationId,
            },
          },
        );
        counts.appointments++;
        if (v.kind === 'BOOKED') await arrive(c, v, bookAppointment);
        else if (v.kind === 'CANCELLED')
          await as('consult.staff', 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }', { id: bookAppointment.id });
        else
          await as('guide', 'mutation ($id: ID!) { markAppointmentNoShow(id: $id) { id } }', { id: bookAppointment.id }).catch(() =>
            // a slot still ahead cannot be a no-show yet: the customer called off instead
            as('consult.staff', 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }', { id: bookAppointment.id }),
          );
      }
      for (const again of c.againVisits) await arrive(c, again, null);
    },
    (done, total) => progress('front line', done, total),
  );

  // follow-ups: the deals' generated tasks, some done with the customer's satisfaction; tasks due earlier this month, done late or overdue
  await inBatches(
    // once per customer (a returning customer's deals share the queue), four in five of them
    [...new Map(dealt.map((d) => [d.c.index, d])).values()].filter((_, i) => i % 5 !== 4),
    4,
    async ({ c }) => {
      const data = await as('cs.staff', 'query ($id: ID!) { customer(id: $id) { followUps(first: 20) { nodes { id dueDate status } } } }', {
        id: ids.get(c.index),
      });
      const [next] = data.customer.followUps.nodes
        .filter((/** @type {any} */ t) => t.status === 'OPEN')
        .sort((/** @type {any} */ a, /** @type {any} */ b) => a.dueDate.localeCompare(b.dueDate));
      if (!next) return;
      await as('cs.staff', 'mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id } }', {
        input: {
          taskId: next.id,
          result: '术后恢复良好, 已提醒注意事项',
          satisfaction: 3 + (c.index % 3),
          newNeedFound: c.index % 7 === 0,
          newNeed: c.index % 7 === 0 ? '咨询美白' : null,
        },
      });
      counts.followUpsDone++;
    },
    (done, total) => progress('follow-ups', done, total),
  );
  const monthStartDay = `${month}-01`;
  const quiet = customers.filter((c) => !c.visit && c.consultation?.outcome === 'FOLLOW_UP_LATER').slice(0, 12 * scale);
  await inBatches(
    quiet,
    4,
    async (c) => {
      // due this month before today (today when the month starts today); every other one is done, the rest are overdue
      const daysBack = 1 + (c.index % 6);
      const due =
        today === monthStartDay ? today : hospitalDay(Math.max(Date.parse(`${monthStartDay}T12:00:00+08:00`), now - daysBack * 86_400_000));
      // the member specialist owns them (the caller by default): their 回访率 and 满意度
      const { createFollowUp } = await as(
        'member.staff',
        'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }',
        {
          input: {
            customerId: ids.get(c.index),
            type: 'UNCONVERTED',
            channel: 'PHONE',
            dueDate: due,
            idempotencyKey: `demo-follow-up-${c.phone}`,
          },
        },
      );
      if (c.index % 2 === 0) {
        await as('member.staff', 'mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id } }', {
          input: { taskId: createFollowUp.id, result: '已回访, 客户考虑中', satisfaction: 4 + (c.index % 2) },
        });
        counts.followUpsDone++;
      } else if (due < today) counts.followUpsOverdue++;
    },
    (done, total) => progress('open follow-ups', done, total),
  );
  // members the specialist calls today and reaches (on time: the specialist's 回访率 has work done when due)
  await inBatches(
    members.slice(0, 4 * scale),
    4,
    async (c) => {
      const { createFollowUp } = await as(
        'member.staff',
        'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }',
        {
          input: {
            customerId: ids.get(c.index),
            type: 'SATISFACTION',
            channel: 'PHONE',
            dueDate: today,
            idempotencyKey: `demo-member-follow-up-${c.phone}`,
          },
        },
      );
      await as('member.staff', 'mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id } }', {
        input: { taskId: createFollowUp.id, result: '会员回访, 对服务满意', satisfaction: 5 },
      });
      counts.followUpsDone++;
    },
    (done, total) => progress('member follow-ups', done, total),
  );

  // complaints in several states: received, on site, resolved and closed, a compensation awaiting the director, a refund confirmed by finance
  const FIELDS = 'id status';
  const receive = async (/** @type {PlannedCustomer} */ c, /** @type {Record<string, unknown>} */ input) => {
    const { receiveComplaint } = await as(
      'cs.staff',
      `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { ${FIELDS} } }`,
      {
        input: { customerId: ids.get(c.index), channel: 'PHONE', ...input },
      },
    );
    counts.complaints++;
    return receiveComplaint.id;
  };
  const step = (/** @type {string} */ who, /** @type {string} */ complaintId, /** @type {string} */ action) =>
    as(who, `mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { ${FIELDS} } }`, { input: { complaintId, action } });
  const complainers = dealt.slice(0, 4);
  if (complainers.length === 4) {
    await receive(complainers[0].c, {
      category: 'WAITING_TIME',
      severity: 'LOW',
      description: '候诊时间超过一小时',
      departmentCode: complainers[0].v.clinic.code,
    });
    const onsite = await receive(complainers[1].c, {
      category: 'SERVICE_ATTITUDE',
      severity: 'MEDIUM',
      description: '前台接待态度冷淡',
      departmentCode: 'GUIDE',
    });
    await step('onsite.a', onsite, 'START_ONSITE');
    // the consultant who quoted is the staff member concerned (their 顾客投诉率)
    const resolved = await receive(complainers[2].c, {
      category: 'BILLING',
      severity: 'LOW',
      description: '收费项目与报价不一致',
      departmentCode: complainers[2].v.clinic.code,
      staffId: staffId[complainers[2].consultant],
    });
    await step('onsite.a', resolved, 'START_ONSITE');
    await step('onsite.a', resolved, 'RESOLVE_ONSITE');
    await as('cs.staff', 'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { id } }', {
      input: { complaintId: resolved, satisfaction: 5, note: '现场解释清楚, 客户认可' },
    });
    const refund = await receive(complainers[3].c, {
      category: 'MEDICAL_QUALITY',
      severity: 'HIGH',
      description: '治疗后效果不理想, 要求退款',
      departmentCode: complainers[3].v.clinic.code,
    });
    await step('onsite.a', refund, 'START_ONSITE');
    for (let i = 0; i < 3; i++) await step('onsite.a', refund, 'ONSITE_ATTEMPT_FAILED');
    await step('cs.staff', refund, 'CONVENE_CONFERENCE');
    await as('cs.staff', 'mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id } }', {
      input: {
        complaintId: refund,
        kind: 'REFUND',
        resolution: '全额退还该次治疗费用',
        amountFen: complainers[3].v.amountFen,
        receiptNumber: complainers[3].v.receiptNumber,
      },
    });
    await as('director', 'mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id } }', { id: refund });
    await as('finance', 'mutation ($id: ID!) { confirmComplaintRefund(complaintId: $id) { id } }', { id: refund });
    await step('cs.staff', refund, 'RESOLVE');
    await as('cs.staff', 'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { id } }', {
      input: { complaintId: refund, satisfaction: 3 },
    });
  }
  const compensated = dealt[4];
  if (compensated) {
    const id = await receive(compensated.c, {
      category: 'SERVICE_ATTITUDE',
      severity: 'MEDIUM',
      description: '预约时间被无故推迟',
      departmentCode: 'CONSULTATION',
      // the phone consultant who booked it is the staff member concerned
      staffId: staffId['consult.staff'],
    });
    await step('onsite.a', id, 'START_ONSITE');
    for (let i = 0; i < 3; i++) await step('onsite.a', id, 'ONSITE_ATTEMPT_FAILED');
    await step('cs.staff', id, 'CONVENE_CONFERENCE');
    await as('cs.staff', 'mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id } }', {
      input: { complaintId: id, kind: 'COMPENSATION', resolution: '补偿护理套餐一次', amountFen: 30000 },
    });
  }
  // the other on-site consultant's customer, on the explanation they were given (received, not yet handled)
  const explained = dealt.slice(5).find((d) => complainers[2] && d.consultant !== complainers[2].consultant);
  if (explained)
    await receive(explained.c, {
      category: 'SERVICE_ATTITUDE',
      severity: 'LOW',
      description: '现场咨询解释不够清楚',
      departmentCode: 'ONSITE',
      staffId: staffId[explained.consultant],
    });
  progress('complaints', counts.complaints, counts.complaints);

  // gifts and redemptions, activities, key customers (重点客户) of the member centre
  const gifts = [];
  for (const [name, kind, pointsPrice, stock] of /** @type {const} */ ([
    ['电动牙刷', 'GOODS', 60, 200],
    ['洁牙一次', 'SERVICE', 120, 500],
    ['保温杯', 'GOODS', 30, 300],
  ])) {
    const { createGift } = await as('member.admin', 'mutation ($input: CreateGiftInput!) { createGift(input: $input) { id } }', {
      input: { name, kind, pointsPrice, stock, idempotencyKey: `demo-gift-${name}` },
    });
    gifts.push({ id: createGift.id, pointsPrice });
  }
  const withPoints = members.filter((c) => (c.member?.receipts.length ?? 0) > 0);
  for (const [i, c] of withPoints.entries()) {
    if (i % 3 !== 0) continue;
    const membershipId = memberships.get(c.index);
    const gift = gifts[i % gifts.length];
    try {
      const { redeemGift } = await as('member.admin', 'mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id } }', {
        input: { membershipId, giftId: gift.id, quantity: 1, idempotencyKey: `demo-redeem-${c.phone}` },
      });
      counts.redemptions++;
      if (counts.redemptions === 2)
        await as('member.admin', 'mutation ($input: CancelGiftRedemptionInput!) { cancelGiftRedemption(input: $input) { id } }', {
          input: { redemptionId: redeemGift.id, reason: '客户改选其他礼品', idempotencyKey: `demo-cancel-${c.phone}` },
        });
    } catch (error) {
      // a member whose receipts earned fewer points than the gift costs does not redeem it
      if (!(error instanceof GraphqlResponseError)) throw error;
    }
  }
  const activities = [];
  for (const [title, kind, inDays, budgetFen] of /** @type {const} */ ([
    ['口腔健康讲座', 'LECTURE', 3, 200000],
    ['会员答谢晚会', 'GALA', 20, 3000000],
    ['免费体检日', 'CHECKUP', 10, 500000],
  ])) {
    const startsAt = new Date(now + inDays * 86_400_000);
    const { createActivity } = await as(
      'member.admin',
      'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      {
        input: {
          title,
          kind,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
          targetTiers: ['ORDINARY', 'SILVER', 'GOLD', 'DIAMOND'],
          capacity: 100,
          budgetFen,
          idempotencyKey: `demo-activity-${title}`,
        },
      },
    );
    activities.push(createActivity.id);
    counts.activities++;
  }
  for (const [i, c] of members.entries()) {
    if (i % 4 !== 0) continue;
    await as('member.admin', 'mutation ($a: ID!, $m: ID!) { registerForActivity(activityId: $a, membershipId: $m) { id } }', {
      a: activities[i % activities.length],
      m: memberships.get(c.index),
    });
    counts.activityRegistrations++;
  }
  for (const c of members.filter((m) => m.member?.tier === 'DIAMOND' || m.member?.tier === 'GOLD').slice(0, 5)) {
    await as('member.admin', 'mutation ($m: ID!, $o: ID) { setKeyCustomer(membershipId: $m, isKey: true, ownerStaffId: $o) { id } }', {
      m: memberships.get(c.index),
      o: staffId['member.admin'],
    });
  }

  // this month's targets (hospital-wide): a little above what the month's plan brings in
  const planned = customers.flatMap((c) => [c.visit, ...c.againVisits]).filter((v) => v?.dealt);
  const roundUp = (/** @type {number} */ fen) => Math.max(1_000_000, Math.ceil((fen * 1.25) / 1_000_000) * 1_000_000);
  const phoneSales = customers.filter((c) => c.todayConsultation && c.visit?.dealt).reduce((sum, c) => sum + (c.visit?.amountFen ?? 0), 0);
  const memberSpend = customers
    .filter((c) => c.member)
    .flatMap((c) => c.member?.receipts ?? [])
    .filter((r) => r.occurredAt.slice(0, 7) >= month)
    .reduce((s, r) => s + r.amountFen, 0);
  for (const [metric, amountFen] of /** @type {const} */ ([
    ['REVENUE', roundUp(planned.reduce((sum, v) => sum + (v?.amountFen ?? 0), 0))],
    ['PHONE_TO_SALE', roundUp(phoneSales)],
    ['MEMBER_SPEND', roundUp(memberSpend + planned.reduce((sum, v) => sum + (v?.amountFen ?? 0), 0) / 3)],
  ])) {
    await as('director', 'mutation ($input: SetMonthlyTargetInput!) { setMonthlyTarget(input: $input) { month } }', {
      input: { month, metric, departmentCode: '', amountFen },
    });
    counts.targets++;
  }
  // the departments' and the people's own targets, so a manager's and a staff member's completion
  // items have something to complete (a completion KPI without its monthly target has no value)
  const revenue = roundUp(planned.reduce((sum, v) => sum + (v?.amountFen ?? 0), 0));
  for (const [metric, departmentCode, who, amountFen] of /** @type {const} */ ([
    ['REVENUE', 'ONSITE', null, revenue],
    ['REVENUE', 'ONSITE', 'onsite.a', roundUp(revenue / 2)],
    ['REVENUE', 'ONSITE', 'onsite.b', roundUp(revenue / 2)],
    ['PHONE_TO_SALE', 'CUSTOMER_SERVICE', null, roundUp(phoneSales)],
    ['PHONE_TO_SALE', 'CONSULTATION', null, roundUp(phoneSales)],
    ['PHONE_TO_SALE', 'CUSTOMER_SERVICE', 'consult.staff', roundUp(phoneSales)],
    ['MEMBER_SPEND', 'CUSTOMER_SERVICE', null, roundUp(memberSpend)],
    ['MEMBER_SPEND', 'CUSTOMER_SERVICE', 'member.staff', roundUp(memberSpend)],
  ])) {
    await as('director', 'mutation ($input: SetMonthlyTargetInput!) { setMonthlyTarget(input: $input) { month } }', {
      input: { month, metric, departmentCode, staffId: who ? staffId[who] : null, amountFen },
    });
    counts.targets++;
  }

  // every position's people placed on the month's scorecards (绩效考核) with their judged items
  // (the measured ones come from the figures): identity publishes no staff events, so the entry is
  // what places a staff member in a position and department for the month. The phone consultant
  // works in 咨询中心 (where crm lets bookings be made) but is scored in the customer-service
  // manager's team: the position book scores that manager on 电话咨询来院量 and 销售目标达成率, the
  // phone consultants' results (DOMAIN §6; docs/analytics-kpis.md)
  const { scorecardTemplates } = await as('director', '{ scorecardTemplates { positionCode items { code kind target } } }');
  for (const [n, [who, positionCode, departmentCode]] of /** @type {const} */ ([
    ['director', 'OPS_DIRECTOR', 'OPERATIONS'],
    ['ops.manager', 'OPS_MANAGER', 'OPERATIONS'],
    ['cs.admin', 'CS_MANAGER', 'CUSTOMER_SERVICE'],
    ['consult.staff', 'PHONE_CONSULTANT', 'CUSTOMER_SERVICE'],
    ['member.staff', 'MEMBER_SPECIALIST', 'CUSTOMER_SERVICE'],
    ['onsite.admin', 'ONSITE_SUPERVISOR', 'ONSITE'],
    ['onsite.a', 'ONSITE_CONSULTANT', 'ONSITE'],
    ['onsite.b', 'ONSITE_CONSULTANT', 'ONSITE'],
  ]).entries()) {
    const template = (scorecardTemplates ?? []).find((/** @type {any} */ t) => t.positionCode === positionCode);
    const judged = (template?.items ?? []).filter((/** @type {any} */ i) => i.kind === 'JUDGED');
    if (!judged.length) continue;
    await as('director', 'mutation ($input: SetJudgedScoreInput!) { setJudgedScore(input: $input) { staffId } }', {
      input: {
        month,
        staffId: staffId[who],
        staffName: staffName[who],
        positionCode,
        departmentCode,
        // a judged item with a target is a count (people trained, training hours): the target itself
        scores: judged.map((/** @type {any} */ i, /** @type {number} */ k) => ({
          itemCode: i.code,
          score: i.target ?? 80 + ((n * 7 + k * 5) % 18),
        })),
      },
    });
    counts.judgedScores++;
  }

  // 排班: every doctor's schedule, set last: today's bookings above were made before schedules existed
  // (some of their slots have begun, which a schedule refuses), and stay as they are
  for (const schedule of demoSchedules(today)) {
    await as('director', 'mutation ($input: SetDoctorScheduleInput!) { setDoctorSchedule(input: $input) { doctorId } }', {
      input: schedule,
    });
    counts.schedules++;
  }
  return { seeded: true, counts, customers: counts.customers };
}
