import { useMutation } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApprovePointsAdjustmentDocument, RejectPointsAdjustmentDocument } from '../graphql/points.documents.js';

const refetchQueries = ['PointsAdjustments', 'MemberSummary', 'MemberPointsEntries'];

/** Approves or rejects an adjustment someone else asked for, and says how it went. */
export function useDecideAdjustment() {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [approveMutation, approving] = useMutation(ApprovePointsAdjustmentDocument, { refetchQueries });
  const [rejectMutation, rejecting] = useMutation(RejectPointsAdjustmentDocument, { refetchQueries });
  const approve = useCallback(
    async (id: string) => {
      try {
        await approveMutation({ variables: { id } });
        void message.success(t('adjustments.approved'));
      } catch (error) {
        void message.error(readGraphqlError(error).message);
      }
    },
    [approveMutation, message, t],
  );
  const reject = useCallback(
    async (id: string, reason: string) => {
      try {
        await rejectMutation({ variables: { id, reason } });
        void message.success(t('adjustments.rejected'));
        return true;
      } catch (error) {
        void message.error(readGraphqlError(error).message);
        return false;
      }
    },
    [rejectMutation, message, t],
  );
  return { approve, reject, deciding: approving.loading || rejecting.loading };
}
