import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewCustomersGroupBy } from '../../../gql/graphql';

/** Turns a row key into what people read: the channel's name, or the date as the gateway sent it. */
export function useRowLabel(groupBy: NewCustomersGroupBy): (key: string) => string {
  const { t } = useTranslation('kpi');
  return useCallback((key: string) => (groupBy === 'CHANNEL' ? t(`channel.${key}`, { defaultValue: key }) : key), [groupBy, t]);
}
