import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { downloadBase64, readGraphqlError } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ExportMonthlyAnalysisDocument,
  ScorecardTemplatesDocument,
  ScorecardsDocument,
  SetJudgedScoreDocument,
  UpdateScorecardTemplateDocument,
} from '../graphql/scorecards.documents.js';

export function useScorecardTemplates() {
  const { data, loading, error, refetch } = useQuery(ScorecardTemplatesDocument);
  return { templates: data?.scorecardTemplates, loading, error, refetch };
}

/** The month's scorecards of a position (a department admin: their own department's, as the server limits them). */
export function useScorecards(month: string, positionCode: string | undefined, departmentCode: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(
    ScorecardsDocument,
    positionCode
      ? { variables: { month, positionCode, departmentCode: departmentCode ?? null }, notifyOnNetworkStatusChange: true }
      : skipToken,
  );
  return { report: (data ?? previousData)?.scorecards, loading, error, refetch };
}

/** Saves a template (the director); the templates and the scorecards scored with them are fetched again. */
export function useUpdateScorecardTemplate() {
  return useMutation(UpdateScorecardTemplateDocument, { refetchQueries: ['ScorecardTemplates', 'Scorecards'], awaitRefetchQueries: true });
}

/** Enters judged scores; the scorecards are fetched again (totals and ranks change). */
export function useSetJudgedScore() {
  return useMutation(SetJudgedScoreDocument, { refetchQueries: ['Scorecards'], awaitRefetchQueries: true });
}

/**
 * Downloads the month's 月度经营分析 workbook (built by analytics, which audits the export): every
 * export is a fresh file, never from (nor into) the cache.
 */
export function useExportMonthlyAnalysis() {
  const { t } = useTranslation('kpi');
  const client = useApolloClient();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportMonth = useCallback(
    async (month: string) => {
      setExporting(true);
      try {
        const { data } = await client.query({ query: ExportMonthlyAnalysisDocument, variables: { month }, fetchPolicy: 'no-cache' });
        if (!data) throw new Error(t('scorecards.exportFailed'));
        const { filename, contentBase64 } = data.exportMonthlyAnalysis;
        downloadBase64(contentBase64, filename);
        void message.success(t('scorecards.exported', { filename }));
      } catch (error) {
        void message.error(`${t('scorecards.exportFailed')}: ${readGraphqlError(error).message}`);
      } finally {
        setExporting(false);
      }
    },
    [client, message, t],
  );
  return { exportMonth, exporting };
}
