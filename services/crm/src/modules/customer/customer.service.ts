import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import { canSeePersonalData, Events, pageSize, parseCursor, toPage, type CustomerRegisteredData, type Page } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, Gender } from './customer.entity.js';
import { CustomerErrors } from './customer.exception.js';
import type { CreateCustomerInput } from './dto/create-customer.input.js';
import { normalisePhone } from './phone.js';
import { isUuid } from './customer.rules.js';
import { customerScope } from './customer.scope.js';

export interface CustomerListQuery {
  search?: string | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export class CustomerService {
  constructor(private readonly ctx: CrmContext) {}

  /** Registers a customer and publishes CustomerRegistered in the same transaction. */
  async create(input: CreateCustomerInput): Promise<Customer> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 50) throw CustomerErrors.nameRequired();
    const phone = normalisePhone(input.phone);
    if (!phone) throw CustomerErrors.phoneInvalid(input.phone);
    const registeredAt = input.registeredAt ?? new Date();
    if (Number.isNaN(registeredAt.getTime()) || registeredAt.getTime() > Date.now() + 60_000) throw CustomerErrors.registeredInFuture();
    const keyAccountId = input.keyAccountId?.trim() || null;
    if (keyAccountId !== null && !isUuid(keyAccountId)) throw CustomerErrors.keyAccountInvalid(keyAccountId);

    try {
      return await this.ctx.em.transactional(async (em) => {
        const existing = await em.findOne(Customer, { phone }, { fields: ['id'] });
        if (existing) throw CustomerErrors.phoneTaken(existing.id);
        const customer = Object.assign(new Customer(), {
          name,
          phone,
          channel: input.channel,
          gender: input.gender ?? Gender.UNKNOWN,
          region: input.region?.trim() || null,
          keyAccountId: keyAccountId?.toLowerCase() ?? null,
          createdAt: registeredAt,
        });
        em.persist(customer);
        await em.flush();
        await this.ctx.bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, {
          customerId: customer.id,
          channel: customer.channel,
          region: customer.region,
          registeredAt: customer.createdAt.toISOString(),
          keyAccountId: customer.keyAccountId,
        });
        await this.ctx.audit.change(em, {
          operation: 'mutation createCustomer',
          targetType: 'Customer',
          targetIds: [customer.id],
          fields: ['name', 'phone', 'gender', 'channel', 'region', 'keyAccountId', 'createdAt'],
          customerIds: [customer.id],
        });
        return customer;
      });
    } catch (error) {
      // two registrations of one phone at once: the unique index decides, the loser gets CONFLICT
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.ctx.em.fork().findOne(Customer, { phone }, { fields: ['id'] });
        throw CustomerErrors.phoneTaken(winner?.id ?? 'unknown');
      }
      throw error;
    }
  }

  /** NOT_FOUND both for an id that does not exist and for a customer outside the caller's scope. */
  async get(id: string): Promise<Customer> {
    const customer = await this.ctx.loaders.customerById.load(id);
    if (!customer) throw CustomerErrors.notFound(id);
    return customer;
  }

  /**
   * Newest first; `search` matches a name fragment, or a phone fragment when it is digits. Only
   * the customers the caller may see are listed and counted.
   */
  async list(query: CustomerListQuery): Promise<Page<Customer>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const term = query.search?.trim();
    const filters: FilterQuery<Customer>[] = [customerScope(this.ctx.caller)];
    if (term) {
      const digits = term.replace(/[\s-]/g, '');
      const byPhone = /^\+?\d+$/.test(digits);
      // a phone match would reveal the number a masked view hides
      if (byPhone && !canSeePersonalData(this.ctx.caller)) throw CustomerErrors.phoneSearchNotAllowed();
      filters.push(
        byPhone
          ? { phone: { $like: `%${escapeLike(digits.replace(/^\+?86(?=1)/, ''))}%` } }
          : { name: { $ilike: `%${escapeLike(term)}%` } },
      );
    }
    const where: FilterQuery<Customer> = { $and: filters };
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Customer, after ? { $and: [...filters, { id: { $lt: after } }] } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Customer, where),
    ]);
    return toPage(rows, size, totalCount);
  }
}
