import type { MikroORM } from '@mikro-orm/postgresql';
import { Events, type DealClosedData, type EventBus, type Logger } from '@careline/service-kit';
import { Customer } from './customer.entity.js';
import { CustomerService } from './customer.service.js';
import { pinyinKeys } from './pinyin.js';
import { subscribeCustomerImports } from './import/customer-import.service.js';

/** DealClosed moves customers through the stages, counted once per receipt. */
export async function subscribeCustomerEvents({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.subscribe<DealClosedData>('crm', Events.DealClosed, async (event) => {
    const counted = await orm.em.fork().transactional((em) => CustomerService.recordDeal(em, event.data));
    log.debug({ eventId: event.id, receipt: event.data.receiptNumber, counted }, 'deal recorded');
  });
  await subscribeCustomerImports({ bus, orm, log });
}

/** Customers registered before pinyin search existed get their search keys. */
export async function backfillPinyin(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  for (;;) {
    const rows = await em.find(Customer, { namePinyin: '', name: { $ne: '' } }, { limit: 500 });
    const changed = rows.filter((row) => {
      const keys = pinyinKeys(row.name);
      row.namePinyin = keys.full || '-';
      row.nameInitials = keys.initials || '-';
      return true;
    });
    if (!changed.length) return;
    await em.flush();
    em.clear();
  }
}
