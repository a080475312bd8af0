import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { collectPersonalData, PersonalDataSection, Role } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { PersonalDataExport } from './personal-data-export.stub.js';

/** Who may read an export crm has let through: the director and the customer-service roles that propose one. */
export const EXPORT_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  @Authorized(EXPORT_READERS)
  @FieldResolver(() => [PersonalDataSection], { description: 'the audit trail of every read and change of the person’s data' })
  async audit(@Root() exp: PersonalDataExport, @Ctx() ctx: IdentityContext): Promise<PersonalDataSection[]> {
    ctx.audit.readPersonal('query personalDataExport', 'PersonalDataExport', exp.id, 'audit', exp.customerId);
    return collectPersonalData(ctx.em, 'identity', { customer_ids: [exp.customerId] });
  }
}
