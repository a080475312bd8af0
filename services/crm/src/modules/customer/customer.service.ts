import { LockMode } from '@mikro-orm/core';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  Events,
  MemberFactEvents,
  type CustomerKeyAccountChangedData,
  type CustomerBirthDateChangedData,
  badInput,
  pageSize,
  toPage,
  type CustomerReferredData,
  type CustomerRegisteredData,
  type CustomersMergedData,
  type DealClosedData,
  type EventBus,
  type Page,
  isUuid,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, type CustomerStage, Gender } from './customer.entity.js';
import { CustomerClassChange, CustomerDeal, CustomerMerge } from './customer-history.entity.js';
import { CustomerErrors } from './customer.exception.js';
import type {
  CreateCustomerInput,
  MergeCustomersInput,
  ReclassifyCustomerInput,
  UpdateCustomerInput,
} from './dto/create-customer.input.js';
import type { CustomerFilter } from './dto/customer-filter.input.js';
import { normalisePhone } from '../../common/phone.js';
import { normaliseTags, stageFor } from './customer.rules.js';
import { isBirthDate } from '../../common/birth-date.js';
import { customerFilterQuery } from './customer.filter.js';
import { customerMergeHooks } from './customer.merge-hooks.js';
import { MergeField } from './dto/create-customer.input.js';
import { pinyinKeys } from './pinyin.js';

export interface CustomerListQuery {
  search?: string | null;
  filter?: CustomerFilter | null;
  first?: number;
  after?: string | null;
}

/** Tables whose customer_id a merge must not rewrite: the merge record itself and import jobs. */
const MERGE_SKIPPED_TABLES = new Set(['customer_merge', 'customer_import']);

/** Profile fields the merge screen may take from the duplicate, and the property each is (the name and phone are set on their own). */
const MERGE_FIELDS: [MergeField, keyof Customer][] = [
  [MergeField.GENDER, 'gender'],
  [MergeField.CHANNEL, 'channel'],
  [MergeField.REGION, 'region'],
  [MergeField.BIRTH_DATE, 'birthDate'],
  [MergeField.WECHAT_ID, 'wechatId'],
  [MergeField.ADDRESS, 'address'],
  [MergeField.CONSULTANT, 'consultantId'],
  [MergeField.CUSTOMER_CLASS, 'customerClass'],
  [MergeField.HIDDEN_NEEDS, 'hiddenNeeds'],
  [MergeField.MARKETING_CONSENT, 'marketingConsent'],
];
const MERGE_FIELD_NAMES: Record<MergeField, string> = {
  ...(Object.fromEntries(MERGE_FIELDS) as Record<MergeField, string>),
  [MergeField.NAME]: 'name',
  [MergeField.PHONE]: 'phone',
};

const optionalId = (field: string, value: string | null | undefined): string | null => {
  const trimmed = value?.trim() || null;
  if (trimmed !== null && !isUuid(trimmed)) {
    throw field === 'keyAccountId' ? CustomerErrors.keyAccountInvalid(trimmed) : CustomerErrors.idInvalid(field, trimmed);
  }
  return trimmed?.toLowerCase() ?? null;
};

export function setName(customer: Customer, raw: string): void {
  const name = raw.trim();
  if (name.length < 1 || name.length > 50) throw CustomerErrors.nameRequired();
  const keys = pinyinKeys(name);
  customer.name = name;
  customer.namePinyin = keys.full;
  customer.nameInitials = keys.initials;
}

export class CustomerService {
  constructor(private readonly ctx: CrmContext) {}

  /** Registers a customer and publishes CustomerRegistered (and CustomerReferred) in the same transaction. */
  async create(input: CreateCustomerInput): Promise<Customer> {
    const customer = new Customer();
    setName(customer, input.name);
    const phone = normalisePhone(input.phone);
    if (!phone) throw CustomerErrors.phoneInvalid(input.phone);
    customer.phone = phone;
    const registeredAt = input.registeredAt ?? new Date();
    if (Number.isNaN(registeredAt.getTime()) || registeredAt.getTime() > Date.now() + 60_000) throw CustomerErrors.registeredInFuture();
    Object.assign(customer, {
      channel: input.channel,
      gender: input.gender ?? Gender.UNKNOWN,
      region: input.region?.trim() || null,
      keyAccountId: optionalId('keyAccountId', input.keyAccountId),
      referrerId: optionalId('referrerId', input.referrerId),
      consultantId: optionalId('consultantId', input.consultantId),
      wechatId: input.wechatId?.trim() || null,
      address: input.address?.trim() || null,
      marketingConsent: input.marketingConsent ?? false,
      customerClass: input.customerClass ?? null,
      createdAt: registeredAt,
      createdBy: this.ctx.caller.kind === 'staff' ? (this.ctx.caller.id ?? null) : null,
    });
    if (input.birthDate) {
      if (!isBirthDate(input.birthDate.trim())) throw CustomerErrors.birthDateInvalid(input.birthDate);
      customer.birthDate = input.birthDate.trim();
    }
    if (input.tags) {
      const tags = normaliseTags(input.tags);
      if (!tags) throw CustomerErrors.tagInvalid();
      customer.tags = tags;
    }

    try {
      return await this.ctx.em.transactional(async (em) => {
        const existing = await em.findOne(Customer, { phone }, { fields: ['id'] });
        if (existing) throw CustomerErrors.phoneTaken(existing.id);
        if (customer.referrerId && !(await em.count(Customer, { id: customer.referrerId })))
          throw CustomerErrors.referrerInvalid(customer.referrerId);
        em.persist(customer);
        await em.flush();
        await CustomerService.publishRegistered(this.ctx.bus, em, customer);
        await this.ctx.audit.change(em, {
          operation: 'mutation createCustomer',
          targetType: 'Customer',
          targetIds: [customer.id],
          fields: [
            'name',
            'phone',
            'gender',
            'channel',
            'region',
            'keyAccountId',
            'createdAt',
            ...Object.keys(input).filter(
              (k) => !['name', 'phone', 'gender', 'channel', 'region', 'keyAccountId', 'registeredAt'].includes(k),
            ),
          ],
          customerIds: [customer.id],
        });
        return customer;
      });
    } catch (error) {
      // two registrations of one phone at once: the unique index decides, the loser gets CONFLICT
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.ctx.em.fork().findOne(Customer, { phone }, { fields: ['id'] });
        throw CustomerErrors.phoneTaken(winner?.id ?? 'unknown');
      }
      throw error;
    }
  }

  /** The customer's key account changed (linked, moved or unlinked): analytics' key-account reports follow it. */
  static async publishKeyAccountChanged(
    bus: EventBus,
    em: EntityManager,
    customer: Customer,
    previousKeyAccountId: string | null,
  ): Promise<void> {
    await bus.publish<CustomerKeyAccountChangedData>(em, MemberFactEvents.CustomerKeyAccountChanged, {
      customerId: customer.id,
      keyAccountId: customer.keyAccountId,
      previousKeyAccountId,
      changedAt: (customer.updatedAt ?? new Date()).toISOString(),
    });
  }

  static async publishRegistered(bus: EventBus, em: EntityManager, customer: Customer): Promise<void> {
    await bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, {
      customerId: customer.id,
      channel: customer.channel,
      region: customer.region,
      registeredAt: customer.createdAt.toISOString(),
      keyAccountId: customer.keyAccountId,
      birthDate: customer.birthDate,
    });
    if (customer.referrerId) {
      await bus.publish<CustomerReferredData>(em, Events.CustomerReferred, { referrerId: customer.referrerId, customerId: customer.id });
    }
  }

  /**
   * The registration desk's call: the person with this phone if they are already known (found,
   * not duplicated), otherwise a new customer.
   */
  async register(input: CreateCustomerInput): Promise<{ customer: Customer; existing: boolean }> {
    const phone = normalisePhone(input.phone);
    if (!phone) throw CustomerErrors.phoneInvalid(input.phone);
    const found = await this.findByPhone(phone);
    if (found) return { customer: found, existing: true };
    try {
      return { customer: await this.create(input), existing: false };
    } catch (error) {
      // registered at the same moment by someone else: theirs is the record
      const winner = error instanceof DomainError && error.details.reason === 'PHONE_TAKEN' ? await this.findByPhone(phone) : null;
      if (winner) return { customer: winner, existing: true };
      throw error;
    }
  }

  private async findByPhone(phone: string): Promise<Customer | null> {
    const row = await this.ctx.em.fork().findOne(Customer, { phone }, { fields: ['id'] });
    return row ? this.ctx.loaders.customerById.load(row.id) : null;
  }

  /** NOT_FOUND both for an id that does not exist and for a customer outside the caller's scope. */
  async get(id: string): Promise<Customer> {
    const customer = await this.ctx.loaders.customerById.load(id);
    if (!customer) {
      // a record merged away names its survivor, when the caller may see the survivor
      const merge = isUuid(id) ? await this.ctx.em.findOne(CustomerMerge, { mergedId: id.toLowerCase() }) : null;
      const survivor = merge ? await this.ctx.loaders.customerById.load(merge.survivorId) : null;
      throw CustomerErrors.notFound(id, survivor?.id);
    }
    return customer;
  }

  async update(id: string, input: UpdateCustomerInput): Promise<Customer> {
    if (!isUuid(id)) throw CustomerErrors.notFound(id);
    return this.ctx.em.transactional(async (em) => {
      const customer = await em.findOne(Customer, { id: id.toLowerCase() });
      if (!customer) throw CustomerErrors.notFound(id);
      const fields = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
      const hadReferrer = customer.referrerId;
      const hadKeyAccount = customer.keyAccountId;
      if (input.name != null) setName(customer, input.name);
      if (input.phone != null) {
        const phone = normalisePhone(input.phone);
        if (!phone) throw CustomerErrors.phoneInvalid(input.phone);
        const other = await em.findOne(Customer, { phone, id: { $ne: customer.id } }, { fields: ['id'] });
        if (other) throw CustomerErrors.phoneTaken(other.id);
        customer.phone = phone;
      }
      if (input.gender != null) customer.gender = input.gender;
      if (input.channel != null) customer.channel = input.channel;
      if (input.region !== undefined) customer.region = input.region?.trim() || null;
      if (input.wechatId !== undefined) customer.wechatId = input.wechatId?.trim() || null;
      if (input.address !== undefined) customer.address = input.address?.trim() || null;
      if (input.keyAccountId !== undefined) customer.keyAccountId = optionalId('keyAccountId', input.keyAccountId);
      if (input.consultantId !== undefined) customer.consultantId = optionalId('consultantId', input.consultantId);
      if (input.referrerId !== undefined) {
        const referrerId = optionalId('referrerId', input.referrerId);
        if (referrerId && (referrerId === customer.id || !(await em.count(Customer, { id: referrerId }))))
          throw CustomerErrors.referrerInvalid(referrerId);
        customer.referrerId = referrerId;
      }
      const hadBirthDate = customer.birthDate;
      if (input.birthDate !== undefined) {
        const value = input.birthDate?.trim() || null;
        if (value && !isBirthDate(value)) throw CustomerErrors.birthDateInvalid(value);
        customer.birthDate = value;
      }
      if (input.tags != null) {
        const tags = normaliseTags(input.tags);
        if (!tags) throw CustomerErrors.tagInvalid();
        customer.tags = tags;
      }
      if (input.marketingConsent != null) customer.marketingConsent = input.marketingConsent;
      customer.updatedAt = new Date();
      await em.flush();
      if (!hadReferrer && customer.referrerId) {
        await this.ctx.bus.publish<CustomerReferredData>(em, Events.CustomerReferred, {
          referrerId: customer.referrerId,
          customerId: customer.id,
        });
      }
      if (hadKeyAccount !== customer.keyAccountId)
        await CustomerService.publishKeyAccountChanged(this.ctx.bus, em, customer, hadKeyAccount);
      // members keeps its own copy for birthdays (taken at registration); a later date must reach it
      if (hadBirthDate !== customer.birthDate) {
        await this.ctx.bus.publish<CustomerBirthDateChangedData>(em, Events.CustomerBirthDateChanged, {
          customerId: customer.id,
          channel: customer.channel,
          region: customer.region,
          registeredAt: customer.createdAt.toISOString(),
          keyAccountId: customer.keyAccountId,
          birthDate: customer.birthDate,
          changedAt: (customer.updatedAt ?? new Date()).toISOString(),
        });
      }
      await this.ctx.audit.change(em, {
        operation: 'mutation updateCustomer',
        targetType: 'Customer',
        targetIds: [customer.id],
        fields,
        customerIds: [customer.id],
      });
      return customer;
    });
  }

  /** A / B / C with the reason; the history keeps who, when, from and to. */
  async reclassify(input: ReclassifyCustomerInput): Promise<Customer> {
    const reason = input.reason.trim();
    if (reason.length < 1 || reason.length > 500) throw CustomerErrors.reasonRequired();
    if (!isUuid(input.customerId)) throw CustomerErrors.notFound(input.customerId);
    return this.ctx.em.transactional(async (em) => {
      const customer = await em.findOne(Customer, { id: input.customerId.toLowerCase() });
      if (!customer) throw CustomerErrors.notFound(input.customerId);
      const change = Object.assign(new CustomerClassChange(), {
        customerId: customer.id,
        fromClass: customer.customerClass,
        toClass: input.customerClass,
        reason,
        changedBy: this.ctx.caller.id ?? null,
        changedByName: this.ctx.caller.name ?? null,
      });
      em.persist(change);
      customer.customerClass = input.customerClass;
      if (input.hiddenNeeds !== undefined) customer.hiddenNeeds = input.hiddenNeeds?.trim() || null;
      customer.updatedAt = new Date();
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation reclassifyCustomer',
        targetType: 'Customer',
        targetIds: [customer.id],
        fields: input.hiddenNeeds !== undefined ? ['customerClass', 'hiddenNeeds'] : ['customerClass'],
        customerIds: [customer.id],
      });
      return customer;
    });
  }

  classHistory(customerId: string): Promise<CustomerClassChange[]> {
    return this.ctx.em.find(CustomerClassChange, { customerId }, { orderBy: { changedAt: 'desc', id: 'desc' } });
  }

  /**
   * Merges a duplicate into the survivor in one transaction: the survivor takes what it lacks,
   * every row that refers to the duplicate (deals, class history, messages, referrals, and the
   * tables of other modules through their hooks or their customer_id column) moves to the
   * survivor, the duplicate is removed, the merge recorded and CustomersMerged published once.
   */
  async merge(input: MergeCustomersInput): Promise<CustomerMerge> {
    const survivorId = input.survivorId.trim().toLowerCase();
    const mergedId = input.mergedId.trim().toLowerCase();
    if (!isUuid(survivorId)) throw CustomerErrors.notFound(input.survivorId);
    if (!isUuid(mergedId)) throw CustomerErrors.notFound(input.mergedId);
    if (survivorId === mergedId) throw CustomerErrors.mergeSelf();
    return this.ctx.em.transactional(async (em) => {
      // both rows locked, in id order so two merges of one pair cannot deadlock
      const locked = await em.find(
        Customer,
        { id: { $in: [survivorId, mergedId] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const survivor = locked.find((c) => c.id === survivorId);
      const merged = locked.find((c) => c.id === mergedId);
      if (!survivor) throw CustomerErrors.notFound(input.survivorId);
      if (!merged) throw CustomerErrors.notFound(input.mergedId);
      const snapshot = { ...merged } as unknown as Record<string, unknown>;
      const hadBirthDate = survivor.birthDate;

      for (const key of [
        'birthDate',
        'wechatId',
        'address',
        'region',
        'consultantId',
        'keyAccountId',
        'customerClass',
        'hiddenNeeds',
      ] as const) {
        if (survivor[key] == null && merged[key] != null) (survivor as unknown as Record<string, unknown>)[key] = merged[key];
      }
      if (!survivor.referrerId && merged.referrerId && merged.referrerId !== survivor.id) survivor.referrerId = merged.referrerId;
      survivor.tags = [...new Set([...survivor.tags, ...merged.tags])];
      survivor.marketingConsent = survivor.marketingConsent || merged.marketingConsent;
      if (merged.createdAt < survivor.createdAt) survivor.createdAt = merged.createdAt;
      // the fields the merge screen chose from the duplicate (the phone only once the duplicate is gone: it is unique)
      const chosen = new Set(input.keepFromMerged ?? []);
      for (const [field, key] of MERGE_FIELDS) {
        if (chosen.has(field)) (survivor as unknown as Record<string, unknown>)[key] = merged[key];
      }
      if (chosen.has(MergeField.NAME)) setName(survivor, merged.name);

      const moved: Record<string, number> = {};
      const conn = em.getConnection();
      const trx = em.getTransactionContext();
      for (const [name, hook] of customerMergeHooks()) moved[name] = await hook(em, survivorId, mergedId);
      // every other table of this service that refers to a customer (consultations, visits, follow-ups,
      // complaints once they exist, deals, class history, deliveries): rows move to the survivor
      const tables = await conn.execute<{ table_name: string }[]>(
        `select table_name from information_schema.columns where table_schema = 'crm' and column_name = 'customer_id' order by table_name`,
        [],
        'all',
        trx,
      );
      for (const { table_name: table } of tables) {
        if (MERGE_SKIPPED_TABLES.has(table) || moved[table] !== undefined) continue;
        const rows = await conn.execute(
          `update "crm"."${table}" set customer_id = ? where customer_id = ?`,
          [survivorId, mergedId],
          'run',
          trx,
        );
        moved[table] = (rows as { affectedRows?: number }).affectedRows ?? 0;
      }
      const referred = await conn.execute(
        `update "crm"."customer" set referrer_id = ? where referrer_id = ? and id <> ?`,
        [survivorId, mergedId, survivorId],
        'run',
        trx,
      );
      moved.referrals = (referred as { affectedRows?: number }).affectedRows ?? 0;
      await conn.execute(
        `update "crm"."customer" set referrer_id = null where id = ? and referrer_id = ?`,
        [survivorId, mergedId],
        'run',
        trx,
      );
      if (survivor.referrerId === mergedId) survivor.referrerId = null;

      em.remove(merged);
      await em.flush();
      if (chosen.has(MergeField.PHONE)) survivor.phone = merged.phone;
      const deals = await em.count(CustomerDeal, { customerId: survivorId });
      survivor.dealCount = deals;
      survivor.stage = higherStage(stageFor(survivor.stage, deals), merged.stage);
      survivor.updatedAt = new Date();
      const record = Object.assign(new CustomerMerge(), {
        survivorId,
        mergedId,
        mergedSnapshot: snapshot,
        movedRows: moved,
        reason: input.reason?.trim() || null,
        mergedBy: this.ctx.caller.id ?? null,
      });
      em.persist(record);
      await em.flush();
      await this.ctx.bus.publish<CustomersMergedData>(em, Events.CustomersMerged, {
        survivorId,
        mergedId,
        mergedAt: record.mergedAt.toISOString(),
      });
      // members keeps its own copy for birthdays: a date the survivor gains in the merge must reach it
      if (hadBirthDate !== survivor.birthDate) {
        await this.ctx.bus.publish<CustomerBirthDateChangedData>(em, Events.CustomerBirthDateChanged, {
          customerId: survivor.id,
          channel: survivor.channel,
          region: survivor.region,
          registeredAt: survivor.createdAt.toISOString(),
          keyAccountId: survivor.keyAccountId,
          birthDate: survivor.birthDate,
          changedAt: record.mergedAt.toISOString(),
        });
      }
      await this.ctx.audit.change(em, {
        operation: 'mutation mergeCustomers',
        targetType: 'Customer',
        targetIds: [survivorId, mergedId],
        fields: ['merged', ...[...chosen].map((field) => MERGE_FIELD_NAMES[field])],
        customerIds: [survivorId, mergedId],
      });
      return record;
    });
  }

  /**
   * Newest registration first (登记时间, which an import or a back-dated registration sets, so not the
   * id's order), ties by id; the filter's search matches a name fragment, full pinyin, initials, or
   * phone digits. Only the customers the caller may see are listed and counted. The cursor is the last
   * row's registration instant and id (`<ISO>_<uuid>`), so paging survives that row being merged away.
   */
  async list(query: CustomerListQuery): Promise<Page<Customer>> {
    const size = pageSize(query.first);
    const after = parseRegistrationCursor(query.after);
    const filters = customerFilterQuery({ ...query.filter, search: query.search ?? query.filter?.search ?? null }, this.ctx.caller);
    const where: FilterQuery<Customer> = { $and: filters };
    const before: FilterQuery<Customer> | null = after
      ? { $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, id: { $lt: after.id } }] }
      : null;
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Customer, before ? { $and: [...filters, before] } : where, {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: size + 1,
      }),
      this.ctx.em.count(Customer, where),
    ]);
    const page = toPage(rows, size, totalCount);
    const last = page.nodes.at(-1);
    return { ...page, pageInfo: { ...page.pageInfo, endCursor: last ? `${last.createdAt.toISOString()}_${last.id}` : null } };
  }

  /**
   * DealClosed: records the deal once per receipt (a redelivered or republished event counts once)
   * and moves the stage on. A deal of a customer merged away counts for the survivor.
   */
  static async recordDeal(em: EntityManager, deal: DealClosedData): Promise<boolean> {
    let customerId = deal.customerId?.toLowerCase();
    if (!customerId || !isUuid(customerId)) return false;
    const merge = await em.findOne(CustomerMerge, { mergedId: customerId });
    if (merge) customerId = merge.survivorId;
    const customer = await em.findOne(Customer, { id: customerId });
    if (!customer) return false;
    const inserted = await em
      .getConnection()
      .execute<{ receipt_number: string }[]>(
        `insert into "crm"."customer_deal" (receipt_number, customer_id, visit_id, amount_fen, occurred_at) values (?, ?, ?, ?, ?) on conflict do nothing returning receipt_number`,
        [deal.receiptNumber, customerId, deal.visitId, deal.amountFen, deal.occurredAt],
        'all',
        em.getTransactionContext(),
      );
    if (inserted.length === 0) return false;
    customer.dealCount = await em.count(CustomerDeal, { customerId });
    customer.stage = stageFor(customer.stage, customer.dealCount);
    customer.updatedAt = new Date();
    await em.flush();
    return true;
  }
}

const STAGE_RANK = { POTENTIAL: 0, ACTUAL: 1, LOYAL: 2 } as const;
function higherStage(a: CustomerStage, b: CustomerStage): CustomerStage {
  return STAGE_RANK[a] >= STAGE_RANK[b] ? a : b;
}

const REGISTRATION_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_(.+)$/;

/** `<ISO instant>_<uuid>`, as `list` writes endCursor. */
function parseRegistrationCursor(after: string | null | undefined): { createdAt: Date; id: string } | undefined {
  if (after == null || after === '') return undefined;
  const match = REGISTRATION_CURSOR.exec(after);
  const createdAt = match ? new Date(match[1]!) : null;
  if (!match || !createdAt || Number.isNaN(createdAt.getTime()) || !isUuid(match[2]!))
    throw badInput('after is not a cursor from this list', 'after');
  return { createdAt, id: match[2]!.toLowerCase() };
}
