import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs, Role } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AuditLogFilter } from './dto/audit-log-filter.input.js';
import { AuditExport } from './dto/audit-export.type.js';

/** The audit log is for the auditor and the operations director. */
@Authorized(Role.AUDITOR, Role.OPS_DIRECTOR)
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '审计日志: every service’s audit entries, newest first',
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuditEntryConnection> {
    return new AuditService(ctx).list(filter, page.first, page.after);
  }

  @Query(() => AuditExport, {
    description: 'The matching audit entries as an .xlsx file (at most 50 000, newest first); the export is audited too',
  })
  exportAuditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuditExport> {
    return new AuditService(ctx).export(filter);
  }
}
