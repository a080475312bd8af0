import type { FilterQuery } from '@mikro-orm/postgresql';
import { badInput, pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditWorkbook, localTime } from './audit-workbook.js';
import type { AuditLogFilter } from './dto/audit-log-filter.input.js';
import type { AuditExport } from './dto/audit-export.type.js';

/** One file holds at most this many entries; more means the period is too wide to read anyway. */
export const EXPORT_CAP = 50_000;
const EXPORT_BATCH = 5_000;

export class AuditService {
  constructor(private readonly ctx: IdentityContext) {}

  /** Newest first (ids are UUIDv7), keyset-paged. */
  async list(
    filter: AuditLogFilter | null | undefined,
    first: number | undefined,
    afterCursor: string | null | undefined,
  ): Promise<Page<AuditEntry>> {
    const size = pageSize(first);
    const after = parseCursor(afterCursor);
    const where = this.where(filter);
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(AuditEntry, after ? { $and: [where, { id: { $lt: after } }] } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(AuditEntry, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** The matching entries as .xlsx (newest first, at most 50 000); the export itself is audited. */
  async export(filter: AuditLogFilter | null | undefined): Promise<AuditExport> {
    const where = this.where(filter);
    const timeZone = this.ctx.loaders.runtime.timeZone;
    const workbook = new AuditWorkbook(timeZone);
    let after: string | undefined;
    let truncated = false;
    for (;;) {
      const em = this.ctx.em.fork();
      const left = EXPORT_CAP - workbook.rows;
      const batch = await em.find(AuditEntry, after ? { $and: [where, { id: { $lt: after } }] } : where, {
        orderBy: { id: 'desc' },
        limit: Math.min(EXPORT_BATCH, left) + 1,
      });
      const take = batch.slice(0, Math.min(EXPORT_BATCH, left));
      workbook.add(take);
      if (batch.length <= take.length) break;
      if (workbook.rows >= EXPORT_CAP) {
        truncated = true;
        break;
      }
      after = take.at(-1)!.id;
    }
    const content = await workbook.toBuffer();
    const used = Object.entries(filter ?? {})
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([key]) => key);
    await this.ctx.em.fork().transactional((em) =>
      this.ctx.audit.change(em, {
        operation: 'query exportAuditLog',
        targetType: 'AuditEntry',
        targetIds: [],
        fields: used,
        reason: `exported ${workbook.rows} entries${truncated ? ' (truncated)' : ''}`,
      }),
    );
    const stamp = localTime(new Date(), timeZone).replace(/[-:]/g, '').replace(' ', '-');
    return { filename: `audit-log-${stamp}.xlsx`, contentBase64: content.toString('base64'), rows: workbook.rows, truncated };
  }

  private where(filter: AuditLogFilter | null | undefined): FilterQuery<AuditEntry> {
    const where: FilterQuery<AuditEntry> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.actorId?.trim()) where.actorId = filter.actorId.trim();
    if (filter.customerId?.trim()) where.customerIds = { $contains: [filter.customerId.trim()] };
    if (filter.operation?.trim()) where.operation = filter.operation.trim();
    if (filter.outcome) where.outcome = filter.outcome;
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput('from must be before to', 'from');
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    return where;
  }
}
