import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { OperationDescription } from './audited-operation.js';
import type { Caller } from '../context.js';
import type { EventBus } from '../events/event-bus.js';
import { AuditEvents, type AuditOutcome, type AuditRecordedData } from '../events/contracts.js';

type Entry = Pick<AuditRecordedData, 'operation' | 'targetType' | 'outcome' | 'reason'> & {
  targetIds: Set<string>;
  fields: Set<string>;
  customerIds: Set<string>;
};

/**
 * The audit trail of one request. Reads of personal data and denied attempts are collected while
 * the query runs (one entry per operation and type, listing every id and field) and written when
 * the response is about to leave; changes are written inside the change's own transaction. Entries
 * travel as AuditRecorded events to identity, which keeps the log. Each entry names its operation by
 * the root field's schema name (never the caller's alias), lists that field's calls with their
 * arguments and carries the hash of the operation document (`describe`, from the subgraph server).
 */
export class RequestAudit {
  private readonly pending = new Map<string, Entry>();
  private operation: OperationDescription | undefined;

  constructor(
    private readonly service: string,
    private readonly caller: Caller,
    private readonly requestId: string,
    private readonly bus: EventBus | undefined,
    private readonly orm: MikroORM | undefined,
  ) {}

  /** A personal field of `targetType` `id` was returned to the caller. */
  readPersonal(operation: string, targetType: string, id: string, field: string, customerId = id): void {
    const entry = this.entry(operation, targetType, 'SUCCESS', null);
    entry.targetIds.add(id);
    entry.fields.add(field);
    entry.customerIds.add(customerId);
  }

  denied(operation: string, targetType: string | null, reason: string, targetIds: string[] = []): void {
    const entry = this.entry(operation, targetType, 'DENIED', reason);
    for (const id of targetIds) entry.targetIds.add(id);
  }

  /**
   * Records a change inside the writer's transaction, so the change and its audit entry commit together.
   * `outcome` / `reason` record an attempt that failed (a wrong password); `actor` names who acted when
   * the request's caller is not it (a sign-in is made by an anonymous caller who becomes a staff member).
   */
  async change(
    em: EntityManager,
    change: {
      operation: string;
      targetType: string;
      targetIds: string[];
      fields: string[];
      customerIds?: string[];
      outcome?: AuditOutcome;
      reason?: string | null;
      actor?: Caller;
      /** 补录: when the change happened, for a record entered late */
      occurredAt?: string | null;
    },
  ): Promise<void> {
    await this.bus?.publishAll<AuditRecordedData>(
      em,
      AuditEvents.AuditRecorded,
      [
        this.toData(
          {
            operation: change.operation,
            targetType: change.targetType,
            outcome: change.outcome ?? 'SUCCESS',
            reason: change.reason ?? null,
            targetIds: new Set(change.targetIds),
            fields: new Set(change.fields),
            customerIds: new Set(change.customerIds ?? []),
          },
          change.actor,
          change.occurredAt ?? null,
        ),
      ],
      { required: true },
    );
  }

  /** The operation this request runs (set once the document is parsed and validated). */
  describe(operation: OperationDescription): void {
    this.operation = operation;
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Writes what was collected; throws when it cannot, and the request then fails. */
  async flush(): Promise<void> {
    if (!this.pending.size) return;
    if (!this.bus || !this.orm) throw new Error('audit trail unavailable');
    const entries = [...this.pending.values()];
    this.pending.clear();
    // one transaction and one INSERT per subscribed queue for all of the request's entries
    await this.orm.em.fork().transactional(async (em) => {
      await this.bus!.publishAll<AuditRecordedData>(
        em,
        AuditEvents.AuditRecorded,
        entries.map((entry) => this.toData(entry)),
        { required: true },
      );
    });
  }

  private entry(operation: string, targetType: string | null, outcome: AuditOutcome, reason: string | null): Entry {
    const key = `${operation}|${targetType}|${outcome}|${reason}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { operation, targetType, outcome, reason, targetIds: new Set(), fields: new Set(), customerIds: new Set() };
      this.pending.set(key, entry);
    }
    return entry;
  }

  private toData(entry: Entry, actor?: Caller, occurredAt: string | null = null): AuditRecordedData {
    const c = actor ?? this.caller;
    return {
      service: this.service,
      at: new Date().toISOString(),
      actorKind: c.kind,
      actorId: c.id ?? null,
      actorName: c.name ?? null,
      role: c.kind === 'partner' ? 'PARTNER' : (c.role ?? null),
      department: c.department ?? null,
      partnerId: c.partnerId ?? null,
      operation: entry.operation,
      // `query customer` → the calls of `customer` in this request's operation
      rootFields: this.operation?.rootFields.get(entry.operation.slice(entry.operation.indexOf(' ') + 1)) ?? [],
      operationHash: this.operation?.hash ?? null,
      targetType: entry.targetType,
      targetIds: [...entry.targetIds],
      fields: [...entry.fields].sort(),
      customerIds: [...entry.customerIds],
      requestId: this.requestId,
      clientIp: c.clientIp ?? this.caller.clientIp ?? null,
      outcome: entry.outcome,
      reason: entry.reason,
      ...(occurredAt ? { occurredAt } : {}),
    };
  }
}
