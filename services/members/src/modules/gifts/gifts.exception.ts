import { DomainError } from '@careline/service-kit';

export const GiftErrors = {
  notFound: (id: string) => new DomainError('NOT_FOUND', `gift ${id} was not found`, { reason: 'GIFT_NOT_FOUND', field: 'giftId' }),
  redemptionNotFound: (id: string) =>
    new DomainError('NOT_FOUND', `gift redemption ${id} was not found`, { reason: 'REDEMPTION_NOT_FOUND', field: 'redemptionId' }),
  outOfStock: (stock: number, quantity: number) =>
    new DomainError('CONFLICT', `only ${stock} left; ${quantity} asked for`, { reason: 'OUT_OF_STOCK', stock, quantity }),
  quantityInvalid: (field = 'quantity') =>
    new DomainError('BAD_USER_INPUT', `${field} must be a whole number from 1 to 100000`, { field, reason: 'QUANTITY_INVALID' }),
  priceInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'pointsPrice must be a whole number from 1 to 100000000', {
      field: 'pointsPrice',
      reason: 'PRICE_INVALID',
    }),
  nameInvalid: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 100 characters', { field: 'name', reason: 'NAME_INVALID' }),
  stockInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'stock must be a whole number from 0 to 1000000', { field: 'stock', reason: 'STOCK_INVALID' }),
  financeOnly: () =>
    new DomainError('FORBIDDEN', 'unit costs are set by finance (成本核算) or the director', {
      field: 'unitCostFen',
      reason: 'FINANCE_ONLY',
    }),
};
