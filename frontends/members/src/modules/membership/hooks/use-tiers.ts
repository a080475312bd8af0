import { useQuery } from '@apollo/client/react';
import { useLanguage } from '@careline/frontend-shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TiersDocument } from '../graphql/membership.documents.js';

/** The usual tiers, used until (or if) members' `tiers` answers. */
const knownTiers = ['ORDINARY', 'SILVER', 'GOLD', 'DIAMOND'];

/** The tiers as members configures them, with a label in the UI language, for filters and forms. */
export function useTiers() {
  const { t } = useTranslation('members');
  const { language } = useLanguage();
  const { data } = useQuery(TiersDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const english = language === 'en';
    const tiers = data?.tiers?.length
      ? data.tiers.map((tier) => ({ value: tier.code, label: english ? tier.nameEn : tier.nameZh }))
      : knownTiers.map((code) => ({ value: code, label: t(`tiers.${code}`) }));
    const label = (code: string) => tiers.find((tier) => tier.value === code)?.label ?? t(`tiers.${code}`, { defaultValue: code });
    return { options: tiers, label };
  }, [data, language, t]);
}
