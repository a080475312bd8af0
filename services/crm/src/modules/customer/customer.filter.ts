import type { FilterQuery } from '@mikro-orm/postgresql';
import { canSeePersonalData, type Caller, isUuid } from '@careline/service-kit';
import type { Customer } from './customer.entity.js';
import type { CustomerFilter } from './dto/customer-filter.input.js';
import { CustomerErrors } from './customer.exception.js';
import { customerScope } from './customer.scope.js';

/** The customer filter input, for features that select customers (message segments). */
export { CustomerFilter } from './dto/customer-filter.input.js';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const NO_ROWS = { id: { $in: [] as string[] } };
const STAFF_ONLY_FILTERS = ['customerClass', 'stage', 'tag', 'consultantId', 'referrerId', 'marketingConsent'] as const;

/**
 * The conditions of a customer search or message segment, always within what `caller` may see.
 * Phone searches need personal-data access, except a tail of up to 4 digits (what a masked phone shows).
 */
export function customerFilterQuery(filter: CustomerFilter | null | undefined, caller: Caller): FilterQuery<Customer>[] {
  const filters: FilterQuery<Customer>[] = [customerScope(caller)];
  // the hospital's own working fields are not for partners, not even as a filter
  if (caller.kind === 'partner' && STAFF_ONLY_FILTERS.some((key) => filter?.[key] != null)) throw CustomerErrors.filterNotAllowed();
  const term = filter?.search?.trim();
  if (term) {
    const digits = term.replace(/[\s-]/g, '');
    if (/^\+?\d+$/.test(digits)) {
      // a phone match would reveal the number a masked view hides
      if (!canSeePersonalData(caller)) throw CustomerErrors.phoneSearchNotAllowed();
      filters.push({ phone: { $like: `%${escapeLike(digits.replace(/^\+?86(?=1)/, ''))}%` } });
    } else if (/^[a-z\s]+$/i.test(term)) {
      const latin = term.toLowerCase().replace(/\s+/g, '');
      filters.push({
        $or: [
          { namePinyin: { $like: `%${escapeLike(latin)}%` } },
          { nameInitials: { $like: `${escapeLike(latin)}%` } },
          { name: { $ilike: `%${escapeLike(term)}%` } },
        ],
      });
    } else {
      // a term without upper / lower case (汉字) matches the same rows with LIKE as with ILIKE, and LIKE
      // skips lower-casing every name it reads; both use the trigram index from 3 characters on
      const uncased = term.toLowerCase() === term.toUpperCase();
      filters.push({ name: uncased ? { $like: `%${escapeLike(term)}%` } : { $ilike: `%${escapeLike(term)}%` } });
    }
  }
  const tail = filter?.phoneTail?.replace(/\D/g, '');
  if (filter?.phoneTail != null) {
    if (!tail) filters.push(NO_ROWS);
    else {
      if (tail.length > 4 && !canSeePersonalData(caller)) throw CustomerErrors.phoneSearchNotAllowed();
      filters.push({ phone: { $like: `%${tail}` } });
    }
  }
  if (filter?.customerClass) filters.push({ customerClass: filter.customerClass });
  if (filter?.stage) filters.push({ stage: filter.stage });
  if (filter?.channel) filters.push({ channel: filter.channel });
  if (filter?.region) filters.push({ region: filter.region.trim() });
  if (filter?.tag) filters.push({ tags: { $contains: [filter.tag.trim()] } });
  if (filter?.marketingConsent != null) filters.push({ marketingConsent: filter.marketingConsent });
  for (const key of ['consultantId', 'referrerId', 'keyAccountId'] as const) {
    const value = filter?.[key];
    if (value) filters.push(isUuid(value) ? { [key]: value.toLowerCase() } : NO_ROWS);
  }
  return filters;
}
