import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { EventBus } from './events/event-bus.js';
import { RequestAudit } from './auth/request-audit.js';

/** Who is calling, as the gateway forwarded it. */
export interface Caller {
  kind: 'staff' | 'partner' | 'system' | 'anonymous';
  /** staff id, or the API key's id for a partner */
  id?: string;
  name?: string;
  role?: string;
  department?: string;
  /** the key account (crm) a partner organisation is */
  partnerId?: string;
  scopes?: string[];
  clientIp?: string;
  /** a staff caller's sign-in session (identity issues it; logout ends it) */
  sessionId?: string;
}

export const anonymousCaller: Caller = { kind: 'anonymous' };

/** Request scope of every resolver: a forked EntityManager, this request's loaders, the caller. */
export interface ServiceContext<Loaders = unknown> {
  em: EntityManager;
  loaders: Loaders;
  caller: Caller;
  requestId: string;
  log: Logger;
  /** publishes domain events inside the caller's transaction */
  bus: EventBus;
  /** this request's audit trail */
  audit: RequestAudit;
}

/**
 * The only place a request gets its EntityManager and DataLoaders: both are new per request,
 * so no identity map or loader cache ever serves one caller's data to another.
 */
export function createContextFactory<Loaders>(
  service: string,
  orm: MikroORM,
  bus: EventBus,
  createLoaders: (em: EntityManager, caller: Caller) => Loaders,
) {
  return (scope: { caller: Caller; requestId: string; log: Logger }): ServiceContext<Loaders> => {
    const em = orm.em.fork();
    const audit = new RequestAudit(service, scope.caller, scope.requestId, bus, orm);
    return { em, loaders: createLoaders(em, scope.caller), bus, audit, ...scope };
  };
}
