import { Events, newId, pageSize, parseCursor, toPage, type Page, type PointsAdjustmentRequestedData } from '@careline/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { MembersContext } from '../../context.js';
import { isUuid, S, sql } from '../../common/sql.js';
import { idempotent } from '@careline/service-kit';
import { MemberLedger } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { PointsErrors } from '../points/points.exception.js';
import { assertMemberDesk, operatorOf } from '../points/points.policy.js';
import { DomainError } from '@careline/service-kit';
import { adjustmentRoleRule, adjustmentRule, PointsAdjustmentAction, type AdjustmentRefusal } from './adjustments.rules.js';
import { normaliseReason } from '../consumption/consumption.rules.js';
import { scopeOf, type PointsClock } from '../consumption/consumption.service.js';
import { AdjustmentStatus, PointsAdjustment } from './points-adjustment.entity.js';
import { AdjustmentErrors } from './adjustments.exception.js';
import type { RequestPointsAdjustmentInput } from './dto/request-points-adjustment.input.js';

const DEPARTMENT = /^[A-Z][A-Z0-9_]{0,39}$/;

interface AdjustmentRow {
  membership_id: string;
  customer_id: string;
  points: number;
  reason: string;
  status: string;
  requested_by: string;
  responsible_department: string;
}

export class AdjustmentsService {
  constructor(
    private readonly ctx: MembersContext,
    private readonly clock: PointsClock = {},
  ) {}

  /** A PENDING adjustment; the ledger changes only when someone else approves it. */
  async request(input: RequestPointsAdjustmentInput): Promise<PointsAdjustment> {
    const operation = 'mutation requestPointsAdjustment';
    assertMemberDesk(this.ctx, operation, 'PointsAdjustment');
    if (!isUuid(input.membershipId)) throw PointsErrors.membershipNotFound(input.membershipId);
    if (!Number.isInteger(input.points) || input.points === 0 || Math.abs(input.points) > 1_000_000) throw AdjustmentErrors.pointsInvalid();
    const department = input.responsibleDepartment?.trim().toUpperCase() ?? '';
    if (!DEPARTMENT.test(department)) throw AdjustmentErrors.departmentInvalid();
    if (!isUuid(input.responsibleStaffId)) throw AdjustmentErrors.staffInvalid();
    const args = {
      membershipId: input.membershipId.toLowerCase(),
      points: input.points,
      reason: normaliseReason(input.reason),
      responsibleDepartment: department,
      responsibleStaffId: input.responsibleStaffId.toLowerCase(),
    };
    const { result } = await this.ctx.em.transactional((em) =>
      idempotent(em, { key: input.idempotencyKey, operation, args, callerId: this.ctx.caller.id }, async () => {
        const [membership] = await sql<{ customer_id: string }>(em, `select customer_id from ${S('membership')} where id = ?`, [
          args.membershipId,
        ]);
        if (!membership) throw PointsErrors.membershipNotFound(args.membershipId);
        const id = newId();
        await sql(
          em,
          `insert into ${S('points_adjustment')} (id, membership_id, customer_id, points, reason, responsible_department, responsible_staff_id, status, requested_by, requested_at)
           values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)`,
          [
            id,
            args.membershipId,
            membership.customer_id,
            args.points,
            args.reason,
            department,
            args.responsibleStaffId,
            operatorOf(this.ctx.caller),
            new Date(),
          ],
        );
        // the approvers are told (identity's notifications); inside the idempotent write, so a retried request tells no one again
        await this.ctx.bus.publish<PointsAdjustmentRequestedData>(em, Events.PointsAdjustmentRequested, {
          adjustmentId: id,
          membershipId: args.membershipId,
          customerId: membership.customer_id,
          points: args.points,
          requestedBy: operatorOf(this.ctx.caller),
          requestedAt: new Date().toISOString(),
        });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'PointsAdjustment',
          targetIds: [id],
          fields: ['points', 'reason', 'responsibleDepartment', 'responsibleStaffId'],
          customerIds: [membership.customer_id],
        });
        return { adjustmentId: id };
      }),
    );
    return this.get(result.adjustmentId);
  }

  /**
   * Writes the adjustment to the ledger (a debit beyond the balance is INSUFFICIENT_POINTS and
   * leaves it PENDING). Never by the requester: FORBIDDEN SAME_PERSON. Approving it again, by the
   * same approver, answers the approved adjustment; any other decision on a decided one is CONFLICT.
   */
  async approve(id: string): Promise<PointsAdjustment> {
    const operation = 'mutation approvePointsAdjustment';
    this.assertRole(operation);
    if (!isUuid(id)) throw AdjustmentErrors.notFound(id);
    const adjustmentId = id.toLowerCase();
    const approver = operatorOf(this.ctx.caller);
    await this.ctx.em.transactional(async (em) => {
      const row = await this.lock(em, adjustmentId);
      const facts = { status: row.status, requestedBy: row.requested_by, points: row.points };
      // approving again, by the same approver: the approved adjustment, nothing written
      if (
        row.requested_by !== approver &&
        row.status === AdjustmentStatus.APPROVED &&
        (await this.decidedBy(em, adjustmentId)) === approver
      )
        return;
      const scope = scopeOf(this.ctx, em, this.clock);
      // the balance counts only for a pending adjustment someone else asked for (the rule refuses the rest first)
      const ledger =
        row.requested_by !== approver && row.status === AdjustmentStatus.PENDING ? await MemberLedger.open(scope, row.membership_id) : null;
      // the same rule as PointsAdjustment.viewerActions
      const refused = adjustmentRule(this.ctx.caller, approver, facts, PointsAdjustmentAction.APPROVE, ledger?.balance ?? 0);
      if (refused) throw this.refuse(operation, refused, adjustmentId);
      if (!ledger) throw new Error('a pending adjustment of someone else has its ledger open');
      const meta = {
        // the responsible department stays on the adjustment itself; the ledger's words carry no code
        reason: `积分调整: ${row.reason}`,
        operatorId: approver,
        adjustmentId,
      };
      const entry =
        row.points > 0
          ? await ledger.credit(PointsEntryKind.ADJUST, row.points, meta)
          : await ledger.debit(PointsEntryKind.ADJUST, -row.points, meta);
      await ledger.close();
      await sql(em, `update ${S('points_adjustment')} set status = 'APPROVED', decided_by = ?, decided_at = ?, entry_id = ? where id = ?`, [
        approver,
        scope.now,
        entry!.id,
        adjustmentId,
      ]);
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'PointsAdjustment',
        targetIds: [adjustmentId, entry!.id],
        fields: ['status', 'decidedBy', 'decidedAt'],
        customerIds: [row.customer_id],
      });
    });
    return this.get(adjustmentId);
  }

  async reject(id: string, reason: string): Promise<PointsAdjustment> {
    const operation = 'mutation rejectPointsAdjustment';
    this.assertRole(operation);
    if (!isUuid(id)) throw AdjustmentErrors.notFound(id);
    const adjustmentId = id.toLowerCase();
    const why = normaliseReason(reason);
    await this.ctx.em.transactional(async (em) => {
      const row = await this.lock(em, adjustmentId);
      const facts = { status: row.status, requestedBy: row.requested_by, points: row.points };
      const refused = adjustmentRule(this.ctx.caller, operatorOf(this.ctx.caller), facts, PointsAdjustmentAction.REJECT, 0);
      if (refused) throw this.refuse(operation, refused, adjustmentId);
      await sql(
        em,
        `update ${S('points_adjustment')} set status = 'REJECTED', decided_by = ?, decided_at = now(), rejection_reason = ? where id = ?`,
        [operatorOf(this.ctx.caller), why, adjustmentId],
      );
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'PointsAdjustment',
        targetIds: [adjustmentId],
        fields: ['status', 'decidedBy', 'decidedAt', 'rejectionReason'],
        customerIds: [row.customer_id],
      });
    });
    return this.get(adjustmentId);
  }

  /** Newest first; staff filter by status (the approver's queue is PENDING) and by member. */
  async list(query: {
    status?: AdjustmentStatus | null;
    membershipId?: string | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<PointsAdjustment>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<PointsAdjustment>[] = [];
    if (query.status) filters.push({ status: query.status });
    if (query.membershipId)
      filters.push(isUuid(query.membershipId) ? { membershipId: query.membershipId.toLowerCase() } : { id: { $in: [] } });
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(
        PointsAdjustment,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(PointsAdjustment, { $and: filters }),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** the role part of the rule, before anything is read (audited when refused) */
  private assertRole(operation: string): void {
    const refused = adjustmentRoleRule(this.ctx.caller);
    if (refused) throw this.refuse(operation, refused, null);
  }

  /** a refusal of the rule as the caller's error; a refusal of the person (role, requester) is audited */
  private refuse(operation: string, refusal: AdjustmentRefusal, id: string | null): DomainError {
    if (refusal.code === 'FORBIDDEN')
      this.ctx.audit.denied(operation, 'PointsAdjustment', `${refusal.reason}: ${refusal.message}`, id ? [id] : []);
    return new DomainError(refusal.code, refusal.message, { reason: refusal.reason, ...refusal.extensions });
  }

  /** Locks the adjustment. */
  private async lock(em: Parameters<typeof sql>[0], id: string): Promise<AdjustmentRow> {
    const [row] = await sql<AdjustmentRow>(
      em,
      `select membership_id, customer_id, points, reason, status, requested_by, responsible_department from ${S('points_adjustment')} where id = ? for update`,
      [id],
    );
    if (!row) throw AdjustmentErrors.notFound(id);
    return row;
  }

  private async decidedBy(em: Parameters<typeof sql>[0], id: string): Promise<string | null> {
    const [row] = await sql<{ decided_by: string | null }>(em, `select decided_by from ${S('points_adjustment')} where id = ?`, [id]);
    return row?.decided_by ?? null;
  }

  private get(id: string): Promise<PointsAdjustment> {
    return this.ctx.em.fork().findOneOrFail(PointsAdjustment, { id });
  }
}
