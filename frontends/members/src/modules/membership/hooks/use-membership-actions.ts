import { useMutation } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActivateCardDocument,
  CancelMembershipDocument,
  FreezeMembershipDocument,
  IssueCardDocument,
  ReplaceCardDocument,
  ReportCardLostDocument,
  SetKeyCustomerDocument,
  UnfreezeMembershipDocument,
} from '../graphql/member-360.documents.js';

const refetchQueries = ['Member360', 'MembershipHistory', 'MemberSummary'];

/** What can be done to a membership and its card from 会员360; each says how it went and refreshes the page. */
export function useMembershipActions(membershipId: string) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const options = { refetchQueries };
  const [issue, issuing] = useMutation(IssueCardDocument, options);
  const [activate, activating] = useMutation(ActivateCardDocument, options);
  const [reportLost, reporting] = useMutation(ReportCardLostDocument, options);
  const [replace, replacing] = useMutation(ReplaceCardDocument, options);
  const [freeze, freezing] = useMutation(FreezeMembershipDocument, options);
  const [unfreeze, unfreezing] = useMutation(UnfreezeMembershipDocument, options);
  const [cancel, cancelling] = useMutation(CancelMembershipDocument, options);
  const [setKey, settingKey] = useMutation(SetKeyCustomerDocument, options);
  const run = useCallback(
    async (action: () => Promise<unknown>, done: string) => {
      try {
        await action();
        void message.success(done);
        return true;
      } catch (error) {
        void message.error(readGraphqlError(error).message);
        return false;
      }
    },
    [message],
  );
  const loading = [issuing, activating, reporting, replacing, freezing, unfreezing, cancelling, settingKey].some((state) => state.loading);
  return {
    loading,
    issueCard: () => run(() => issue({ variables: { membershipId } }), t('actionsDone.issueCard')),
    activateCard: (cardId: string) => run(() => activate({ variables: { cardId } }), t('actionsDone.activateCard')),
    reportCardLost: (cardId: string, reason: string) =>
      run(() => reportLost({ variables: { cardId, reason } }), t('actionsDone.reportCardLost')),
    replaceCard: (cardId: string, reason: string) => run(() => replace({ variables: { cardId, reason } }), t('actionsDone.replaceCard')),
    freeze: (reason: string) => run(() => freeze({ variables: { id: membershipId, reason } }), t('actionsDone.freeze')),
    unfreeze: (reason: string) =>
      run(() => unfreeze({ variables: { id: membershipId, reason: reason || null } }), t('actionsDone.unfreeze')),
    cancel: (reason: string) => run(() => cancel({ variables: { id: membershipId, reason } }), t('actionsDone.cancel')),
    setKeyCustomer: (isKey: boolean, ownerStaffId: string | null) =>
      run(() => setKey({ variables: { membershipId, isKey, ownerStaffId } }), t(isKey ? 'actionsDone.keySet' : 'actionsDone.keyCleared')),
  };
}
