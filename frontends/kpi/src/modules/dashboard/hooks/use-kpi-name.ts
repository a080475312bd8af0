import { useLanguage } from '@careline/frontend-shared';
import { useCallback } from 'react';
import type { KpiDefinitionFieldsFragment } from '../../../gql/graphql';

/** A KPI's name in the UI language: the registry carries both, so no KPI needs a string of its own. */
export function useKpiName(): (definition: Pick<KpiDefinitionFieldsFragment, 'nameZh' | 'nameEn'>) => string {
  const { language } = useLanguage();
  return useCallback((definition) => (language === 'en' ? definition.nameEn : definition.nameZh), [language]);
}
