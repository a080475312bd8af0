import { RouteTabs } from '@careline/frontend-shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivitiesPage } from '../modules/activities/components/activities-page.js';
import { BirthdaysPage } from '../modules/birthdays/components/birthdays-page.js';
import { RecordConsumptionPage } from '../modules/consumption/components/record-consumption-page.js';
import { FinancePage } from '../modules/finance/components/finance-page.js';
import { GiftsPage } from '../modules/gifts/components/gifts-page.js';
import { RedeemGiftPage } from '../modules/gifts/components/redeem-gift-page.js';
import { EnrolPage } from '../modules/membership/components/enrol-page.js';
import { MemberSearchPage } from '../modules/membership/components/member-search-page.js';
import { AdjustmentsPage } from '../modules/points/components/adjustments-page.js';
import type { MemberPage } from './member-page.js';

const content: Record<MemberPage, () => ReactNode> = {
  search: () => <MemberSearchPage />,
  enrol: () => <EnrolPage />,
  consumption: () => <RecordConsumptionPage />,
  redeem: () => <RedeemGiftPage />,
  adjustments: () => <AdjustmentsPage />,
  gifts: () => <GiftsPage />,
  activities: () => <ActivitiesPage />,
  birthdays: () => <BirthdaysPage />,
  finance: () => <FinancePage />,
};

/** The pages the caller may open, one per route (`/members/<page>`), so a page can be bookmarked. */
export function MembersTabs({ pages }: { pages: readonly MemberPage[] }) {
  const { t } = useTranslation('members');
  return (
    <RouteTabs
      keys={pages}
      param="page"
      title={t('title')}
      label={(key) => t(`pages.${key}`)}
      render={(key) => content[key]()}
      testId="members"
    />
  );
}
