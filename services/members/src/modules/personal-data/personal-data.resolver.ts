import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonalDataSection, Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { PersonalDataExport } from './personal-data-export.stub.js';
import { membersPersonalData } from './personal-data.service.js';

/** Who may read an export crm has let through: the director and the customer-service roles that propose one. */
export const EXPORT_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  @Authorized(EXPORT_READERS)
  @FieldResolver(() => [PersonalDataSection], {
    description: 'membership, card, points ledger, consumption, redemptions, activities, adjustments, greetings',
  })
  async members(@Root() exp: PersonalDataExport, @Ctx() ctx: MembersContext): Promise<PersonalDataSection[]> {
    ctx.audit.readPersonal('query personalDataExport', 'PersonalDataExport', exp.id, 'members', exp.customerId);
    return membersPersonalData(ctx.em, exp.customerId);
  }
}
