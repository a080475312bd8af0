import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, FeatureModule } from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';

export interface FactContext {
  /** the hospital's IANA time zone: every fact's day is its calendar day there */
  timeZone: string;
  /**
   * a load into an empty analytics (the seed's bulk path): rollups that would be upserted all over
   * a large table are appended to a staging table through `stage` instead, and written once when
   * the load is done (FactPlugin.foldStaged)
   */
  stage?: RowStager;
}

/**
 * Appends `rows` (values in the order of `columns`) to `table` in the transaction of the batch
 * being applied: the seed's bulk path streams them with COPY, cheaper per row than any statement.
 */
export type RowStager = (table: string, columns: readonly string[], rows: readonly (readonly (string | number)[])[]) => Promise<void>;

/**
 * Turns one consumed event into facts and keeps their rollups in step, in the caller's transaction.
 * Idempotent by the fact's natural key (insert … on conflict): applying an event twice, or a
 * re-published copy under a new id, changes nothing. May resolve to false when the fact was already
 * recorded (the direct-call consumers report it); anything else counts as recorded.
 */
export type FactApplier = {
  // a method signature, so an applier may declare the payload it reads (DomainEvent<CustomerRegisteredData>)
  apply(em: EntityManager, event: DomainEvent<unknown>, ctx: FactContext): Promise<void | boolean>;
}['apply'];

/** What one analytics feature records from events: its appliers, the tables they write, its bulk hooks. */
export interface FactPlugin {
  /** event type → the appliers that record it, run in the order given */
  appliers: Record<string, FactApplier[]>;
  /** every table the appliers write (facts and rollups), schema-qualified: the replay truncates them */
  tables: readonly string[];
  /**
   * Bulk loads (the seed's bulk path, the replay): between beginBulk and endBulk, an applier that
   * can defer its rollup updates to the end of `em`'s transaction does so. endBulk runs before commit.
   */
  beginBulk?(em: EntityManager, ctx: FactContext): void;
  endBulk?(em: EntityManager): Promise<void>;
  /**
   * Set-based loading (the seed's bulk path): events of `types` applied a run at a time, in their
   * order, in a few statements per run, leaving what the appliers would. The plug-in's other
   * types still go through its appliers one by one, between the runs.
   */
  bulk?: {
    types: readonly string[];
    apply(em: EntityManager, events: readonly DomainEvent<unknown>[], ctx: FactContext): Promise<void>;
  };
  /** writes what loads with a `stage` staged into the rollups (nothing when nothing is staged) */
  foldStaged?(em: EntityManager): Promise<void>;
}

/** An analytics feature module: a kit FeatureModule that may bring facts for the dispatcher. */
export interface AnalyticsModule extends FeatureModule {
  facts?: FactPlugin;
}

/**
 * The one dispatcher: event type → the appliers that record it. It is given its plug-ins (the
 * `facts` of the service's feature modules, in the order listed) and imports none of them.
 */
export class FactDispatcher {
  private readonly byType = new Map<string, FactApplier[]>();
  /** every table the plug-ins write, in plug-in order (the replay truncates them all) */
  readonly tables: readonly string[];

  constructor(private readonly plugins: readonly FactPlugin[]) {
    for (const plugin of plugins) {
      for (const [type, appliers] of Object.entries(plugin.appliers))
        this.byType.set(type, [...(this.byType.get(type) ?? []), ...appliers]);
    }
    this.tables = [...new Set(plugins.flatMap((p) => p.tables))];
  }

  /** The dispatcher of the modules' plug-ins (modules without facts bring none). */
  static of(modules: readonly AnalyticsModule[]): FactDispatcher {
    return new FactDispatcher(modules.flatMap((m) => (m.facts ? [m.facts] : [])));
  }

  /** The event types some plug-in records, sorted (analytics subscribes to each). */
  get eventTypes(): string[] {
    return [...this.byType.keys()].sort();
  }

  /**
   * Applies `event` with every applier registered for its type. Appliers that answer with a boolean
   * say whether their fact was new; those that answer nothing have no opinion. False when some applier
   * answered and none said its fact was new (a re-published copy under a new id).
   */
  async apply(em: EntityManager, event: DomainEvent<unknown>, ctx: FactContext): Promise<boolean> {
    const answers: boolean[] = [];
    for (const apply of this.byType.get(event.type) ?? []) {
      const result = await apply(em, event, ctx);
      if (typeof result === 'boolean') answers.push(result);
    }
    return answers.length === 0 || answers.some(Boolean);
  }

  /**
   * Applies a batch of events in `em`'s transaction, plug-in by plug-in (each writes its own
   * tables): the runs of events a plug-in loads set-based (FactPlugin.bulk) in one call each, the
   * others through its appliers in order between them. What the appliers would leave, event by
   * event, for a single writer (the seed's bulk path).
   */
  async applyBatch(em: EntityManager, events: readonly DomainEvent<unknown>[], ctx: FactContext): Promise<void> {
    for (const plugin of this.plugins) {
      const bulkTypes = new Set(plugin.bulk?.types ?? []);
      let run: DomainEvent<unknown>[] = [];
      const flush = async () => {
        if (run.length) await plugin.bulk!.apply(em, run, ctx);
        run = [];
      };
      for (const event of events) {
        const appliers = plugin.appliers[event.type];
        if (!appliers) continue;
        if (bulkTypes.has(event.type)) {
          run.push(event);
          continue;
        }
        await flush();
        for (const apply of appliers) await apply(em, event, ctx);
      }
      await flush();
    }
  }

  /** Starts a bulk load in `em`'s transaction (see FactPlugin.beginBulk); endBulk must run before it commits. */
  beginBulk(em: EntityManager, ctx: FactContext): void {
    for (const plugin of this.plugins) plugin.beginBulk?.(em, ctx);
  }

  async endBulk(em: EntityManager): Promise<void> {
    for (const plugin of this.plugins) await plugin.endBulk?.(em);
  }

  /** Writes every plug-in's staged rollups (FactContext.stage) into its rollups, in `em`'s transaction. */
  async foldStaged(em: EntityManager): Promise<void> {
    for (const plugin of this.plugins) await plugin.foldStaged?.(em);
  }
}

/** Appends the event to analytics.event_log (inside the consuming transaction). */
export async function logEvent(em: EntityManager, event: DomainEvent<unknown>): Promise<void> {
  await em.execute(
    `insert into "${ANALYTICS}"."event_log" (event_id, event_type, occurred_at, payload, received_at)
     values (?, ?, ?::timestamptz, ?::jsonb, now()) on conflict (event_id) do nothing`,
    [event.id, event.type, event.occurredAt, JSON.stringify(event.data)],
  );
}
