import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonalDataSection, Role } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import { PersonalDataExport } from './personal-data-export.stub.js';
import { analyticsPersonalData } from './personal-data.service.js';

/** Who may read an export crm has let through: the director and the customer-service roles that propose one. */
export const EXPORT_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  @Authorized(EXPORT_READERS)
  @FieldResolver(() => [PersonalDataSection], { description: 'the facts analytics counts about the person, and the events it logged' })
  async analytics(@Root() exp: PersonalDataExport, @Ctx() ctx: AnalyticsContext): Promise<PersonalDataSection[]> {
    ctx.audit.readPersonal('query personalDataExport', 'PersonalDataExport', exp.id, 'analytics', exp.customerId);
    return analyticsPersonalData(ctx.em, exp.customerId);
  }
}
