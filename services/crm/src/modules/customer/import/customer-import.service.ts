import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError, RequestAudit, type Caller, type EventBus, type Logger, isUuid } from '@careline/service-kit';
import type { CrmContext } from '../../../context.js';
import { Customer, Gender, SourceChannel } from '../customer.entity.js';
import { CustomerImport, ImportRowErrorReason as Reason, ImportStatus, type ImportRowError } from '../customer-history.entity.js';
import { CustomerService, setName } from '../customer.service.js';
import { normaliseTags } from '../customer.rules.js';
import { isBirthDate } from '../../../common/birth-date.js';
import { normalisePhone } from '../../../common/phone.js';
import { ImportFileError, parseImportFile, type ImportRow } from './customer-import.parse.js';

export const IMPORT_QUEUE = 'crm.customer-import';
const MAX_BYTES = 5 * 1024 * 1024;

export const ImportErrors = {
  fileInvalid: (message: string) => new DomainError('BAD_USER_INPUT', message, { field: 'contentBase64', reason: 'IMPORT_FILE_INVALID' }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `customer import ${id} was not found`, { reason: 'IMPORT_NOT_FOUND' }),
};

const CHANNELS: Record<string, SourceChannel> = {
  电话: SourceChannel.PHONE,
  微信: SourceChannel.WECHAT,
  qq: SourceChannel.WECHAT,
  'qq/微信': SourceChannel.WECHAT,
  网络: SourceChannel.WEB,
  自然到院: SourceChannel.WALK_IN,
  到院: SourceChannel.WALK_IN,
  老带新: SourceChannel.REFERRAL,
  转介绍: SourceChannel.REFERRAL,
  合作单位: SourceChannel.PARTNER,
  活动: SourceChannel.CAMPAIGN,
};
const GENDERS: Record<string, Gender> = {
  男: Gender.MALE,
  m: Gender.MALE,
  male: Gender.MALE,
  女: Gender.FEMALE,
  f: Gender.FEMALE,
  female: Gender.FEMALE,
  未知: Gender.UNKNOWN,
  unknown: Gender.UNKNOWN,
};
const YES = new Set(['是', '同意', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', '不同意', 'n', 'no', 'false', '0']);

type RowError = ImportRowError;

/** A row read into profile values, or its first error. */
interface RowValues {
  name: string;
  phone: string;
  gender?: Gender;
  channel?: SourceChannel;
  region?: string;
  birthDate?: string;
  wechatId?: string;
  address?: string;
  tags?: string[];
  marketingConsent?: boolean;
  registeredAt?: Date;
}

export function readRow(row: ImportRow): RowValues | RowError {
  const v = row.values;
  const error = (field: keyof ImportRow['values'], reason: Reason, message: string): RowError => ({
    row: row.row,
    field,
    message,
    reason,
    value: v[field] ?? null,
  });
  const probe = new Customer();
  try {
    setName(probe, v.name ?? '');
  } catch {
    return error('name', Reason.NAME_INVALID, 'name must be 1 to 50 characters');
  }
  const phone = v.phone ? normalisePhone(v.phone) : null;
  if (!phone) return error('phone', Reason.PHONE_INVALID, `phone "${v.phone ?? ''}" is not a valid phone number`);
  const out: RowValues = { name: probe.name, phone };
  if (v.gender) {
    const gender = GENDERS[v.gender.toLowerCase()];
    if (!gender) return error('gender', Reason.GENDER_INVALID, `gender "${v.gender}" is not 男 / 女 / MALE / FEMALE`);
    out.gender = gender;
  }
  if (v.channel) {
    const upper = v.channel.toUpperCase() as SourceChannel;
    const channel = Object.values(SourceChannel).includes(upper) ? upper : CHANNELS[v.channel.toLowerCase()];
    if (!channel) return error('channel', Reason.CHANNEL_INVALID, `channel "${v.channel}" is not a source channel`);
    out.channel = channel;
  }
  if (v.region) out.region = v.region;
  if (v.birthDate) {
    const date = v.birthDate
      .replace(/[/.]/g, '-')
      .replace(/^(\d{4})-(\d)-/, '$1-0$2-')
      .replace(/-(\d)$/, '-0$1');
    if (!isBirthDate(date))
      return error('birthDate', Reason.BIRTH_DATE_INVALID, `birth date "${v.birthDate}" is not a past date YYYY-MM-DD`);
    out.birthDate = date;
  }
  if (v.wechatId) out.wechatId = v.wechatId;
  if (v.address) out.address = v.address;
  if (v.tags) {
    const tags = normaliseTags(v.tags.split(/[;,，；|、]/));
    if (!tags) return error('tags', Reason.TAGS_INVALID, 'tags must be 1 to 20 characters, at most 20 of them');
    out.tags = tags;
  }
  if (v.marketingConsent) {
    const answer = v.marketingConsent.toLowerCase();
    if (!YES.has(answer) && !NO.has(answer))
      return error('marketingConsent', Reason.CONSENT_INVALID, `consent "${v.marketingConsent}" is not 是 / 否`);
    out.marketingConsent = YES.has(answer);
  }
  if (v.registeredAt) {
    const at = new Date(v.registeredAt);
    if (Number.isNaN(at.getTime()) || at.getTime() > Date.now())
      return error('registeredAt', Reason.REGISTERED_AT_INVALID, `registeredAt "${v.registeredAt}" is not a past time`);
    out.registeredAt = at;
  }
  return out;
}

/** The fields an existing customer would change to (tags are added, never removed; the channel stays the first one). */
function changesFor(customer: Customer, values: RowValues): Partial<Customer> {
  const changes: Partial<Customer> = {};
  if (values.name !== customer.name) changes.name = values.name;
  for (const key of ['gender', 'region', 'birthDate', 'wechatId', 'address', 'marketingConsent'] as const) {
    if (values[key] !== undefined && values[key] !== customer[key]) (changes as Record<string, unknown>)[key] = values[key];
  }
  if (values.tags) {
    const merged = [...new Set([...customer.tags, ...values.tags])];
    if (merged.length !== customer.tags.length) changes.tags = merged;
  }
  return changes;
}

export class CustomerImportService {
  constructor(private readonly ctx: CrmContext) {}

  async start(input: { filename: string; contentBase64: string; dryRun: boolean }): Promise<CustomerImport> {
    const filename = input.filename.trim();
    if (!/\.(csv|xlsx)$/i.test(filename)) throw ImportErrors.fileInvalid('only .csv and .xlsx files can be imported');
    const content = Buffer.from(input.contentBase64, 'base64');
    if (!content.length) throw ImportErrors.fileInvalid('the file is empty');
    if (content.length > MAX_BYTES) throw ImportErrors.fileInvalid('the file is larger than 5 MB');
    const job = await this.ctx.em.transactional(async (em) => {
      const row = Object.assign(new CustomerImport(), { filename, dryRun: input.dryRun, content, createdBy: this.ctx.caller.id ?? null });
      em.persist(row);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation startCustomerImport',
        targetType: 'CustomerImport',
        targetIds: [row.id],
        fields: ['filename', 'dryRun'],
      });
      return row;
    });
    await this.ctx.bus.jobs.send(IMPORT_QUEUE, { importId: job.id }, { singletonKey: job.id });
    return job;
  }

  async get(id: string): Promise<CustomerImport> {
    const job = isUuid(id) ? await this.ctx.em.findOne(CustomerImport, { id: id.toLowerCase() }) : null;
    if (!job) throw ImportErrors.notFound(id);
    return job;
  }
}

/**
 * The import job: reads the file, then row by row upserts by phone (a dry run only reports), recording
 * each row's change or error and the progress as it goes. A row that fails changes nothing.
 */
export async function runImport(orm: MikroORM, bus: EventBus, importId: string, log?: Logger): Promise<void> {
  const em = orm.em.fork();
  const job = await em.findOne(CustomerImport, { id: importId }, { populate: ['content'] });
  if (!job || job.status === ImportStatus.DONE || job.status === ImportStatus.FAILED) return;
  let rows: ImportRow[];
  try {
    rows = await parseImportFile(job.filename, Buffer.from(job.content));
  } catch (error) {
    job.status = ImportStatus.FAILED;
    job.failure = error instanceof ImportFileError ? error.message : 'the file cannot be read';
    job.finishedAt = new Date();
    await em.flush();
    return;
  }
  Object.assign(job, {
    status: ImportStatus.RUNNING,
    total: rows.length,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rowErrors: [],
    changes: [],
  });
  await em.flush();
  const actor: Caller = job.createdBy ? { kind: 'staff', id: job.createdBy } : { kind: 'system' };
  const audit = new RequestAudit('crm', actor, `import-${job.id}`, bus, orm);
  const seen = new Map<string, number>();
  const count = (change: ImportChange) => {
    job.changes.push(change);
    if (change.action === 'CREATE') job.created++;
    else if (change.action === 'UPDATE') job.updated++;
    else job.unchanged++;
  };

  // rows go in chunks: one transaction, one lookup of the chunk's phones and one flush per chunk;
  // a chunk that fails (a phone registered meanwhile) is redone row by row, each row on its own
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
    const chunk: { row: number; values: RowValues }[] = [];
    for (const row of rows.slice(start, start + IMPORT_CHUNK)) {
      const values = readRow(row);
      if ('message' in values) job.rowErrors.push(values);
      else if (seen.has(values.phone))
        job.rowErrors.push({
          row: row.row,
          field: 'phone',
          message: `the phone repeats row ${seen.get(values.phone)}`,
          reason: Reason.PHONE_REPEATED,
          value: row.values.phone ?? null,
          otherRow: seen.get(values.phone) ?? null,
        });
      else {
        seen.set(values.phone, row.row);
        chunk.push({ row: row.row, values });
      }
    }
    try {
      const changes = await orm.em.fork().transactional((tx) => upsertChunk(tx, bus, audit, job, chunk));
      changes.forEach(count);
    } catch (error) {
      log?.warn({ err: error, from: chunk[0]?.row }, 'import chunk failed: rows one by one');
      for (const { row, values } of chunk) {
        try {
          count(await orm.em.fork().transactional((tx) => upsertRow(tx, bus, audit, job, row, values)));
        } catch (rowError) {
          log?.warn({ err: rowError, row }, 'import row failed');
          job.rowErrors.push({ row, field: null, message: (rowError as Error).message, reason: Reason.ROW_FAILED });
        }
      }
    }
    job.processed = Math.min(rows.length, start + IMPORT_CHUNK);
    await em.flush();
  }
  job.status = ImportStatus.DONE;
  job.finishedAt = new Date();
  await em.flush();
}

type ImportChange = { row: number; action: string; customerId: string | null; fields: string[] };
const IMPORT_CHUNK = 500;

function newCustomer(job: CustomerImport, values: RowValues): Customer {
  const customer = new Customer();
  setName(customer, values.name);
  Object.assign(customer, {
    phone: values.phone,
    channel: values.channel ?? SourceChannel.WALK_IN,
    gender: values.gender ?? Gender.UNKNOWN,
    region: values.region ?? null,
    birthDate: values.birthDate ?? null,
    wechatId: values.wechatId ?? null,
    address: values.address ?? null,
    tags: values.tags ?? [],
    marketingConsent: values.marketingConsent ?? false,
    createdAt: values.registeredAt ?? new Date(),
    createdBy: job.createdBy,
  });
  return customer;
}

/** A chunk of rows (distinct valid phones) upserted in one transaction: one lookup, one flush, one audit entry per kind of change. */
async function upsertChunk(
  em: EntityManager,
  bus: EventBus,
  audit: RequestAudit,
  job: CustomerImport,
  chunk: { row: number; values: RowValues }[],
): Promise<ImportChange[]> {
  if (!chunk.length) return [];
  const existing = new Map((await em.find(Customer, { phone: { $in: chunk.map((c) => c.values.phone) } })).map((c) => [c.phone, c]));
  const changes: ImportChange[] = [];
  const created: Customer[] = [];
  const updated = new Map<string, string[]>();
  for (const { row, values } of chunk) {
    const customer = existing.get(values.phone);
    if (!customer) {
      if (!job.dryRun) {
        const fresh = newCustomer(job, values);
        em.persist(fresh);
        created.push(fresh);
        changes.push({ row, action: 'CREATE', customerId: fresh.id, fields: Object.keys(values) });
      } else changes.push({ row, action: 'CREATE', customerId: null, fields: Object.keys(values) });
      continue;
    }
    const diff = changesFor(customer, values);
    const fields = Object.keys(diff);
    if (!fields.length) {
      changes.push({ row, action: 'UNCHANGED', customerId: customer.id, fields });
      continue;
    }
    if (!job.dryRun) {
      if (diff.name) setName(customer, diff.name);
      Object.assign(customer, { ...diff, name: customer.name, updatedAt: new Date() });
      updated.set(customer.id, fields);
    }
    changes.push({ row, action: 'UPDATE', customerId: customer.id, fields });
  }
  if (job.dryRun) return changes;
  await em.flush();
  for (const customer of created) await CustomerService.publishRegistered(bus, em, customer);
  if (created.length) {
    const ids = created.map((c) => c.id);
    const fields = [...new Set(chunk.filter((c) => !existing.has(c.values.phone)).flatMap((c) => Object.keys(c.values)))];
    await audit.change(em, { operation: 'job customerImport', targetType: 'Customer', targetIds: ids, fields, customerIds: ids });
  }
  if (updated.size) {
    const ids = [...updated.keys()];
    await audit.change(em, {
      operation: 'job customerImport',
      targetType: 'Customer',
      targetIds: ids,
      fields: [...new Set([...updated.values()].flat())],
      customerIds: ids,
    });
  }
  return changes;
}

async function upsertRow(em: EntityManager, bus: EventBus, audit: RequestAudit, job: CustomerImport, row: number, values: RowValues) {
  const existing = await em.findOne(Customer, { phone: values.phone });
  if (!existing) {
    if (job.dryRun) return { row, action: 'CREATE', customerId: null, fields: Object.keys(values) };
    const customer = newCustomer(job, values);
    em.persist(customer);
    await em.flush();
    await CustomerService.publishRegistered(bus, em, customer);
    await audit.change(em, {
      operation: 'job customerImport',
      targetType: 'Customer',
      targetIds: [customer.id],
      fields: Object.keys(values),
      customerIds: [customer.id],
    });
    return { row, action: 'CREATE', customerId: customer.id, fields: Object.keys(values) };
  }
  const changes = changesFor(existing, values);
  const fields = Object.keys(changes);
  if (!fields.length) return { row, action: 'UNCHANGED', customerId: existing.id, fields };
  if (!job.dryRun) {
    if (changes.name) setName(existing, changes.name);
    Object.assign(existing, { ...changes, name: existing.name, updatedAt: new Date() });
    await em.flush();
    await audit.change(em, {
      operation: 'job customerImport',
      targetType: 'Customer',
      targetIds: [existing.id],
      fields,
      customerIds: [existing.id],
    });
  }
  return { row, action: 'UPDATE', customerId: existing.id, fields };
}

export async function subscribeCustomerImports({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.jobs.createQueue(IMPORT_QUEUE, { retryLimit: 2, retryDelay: 5 });
  await bus.jobs.work<{ importId: string }>(IMPORT_QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await runImport(orm, bus, job.data.importId, log);
  });
}
