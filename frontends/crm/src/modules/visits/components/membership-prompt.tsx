import { useQuery } from '@apollo/client/react';
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrmVisitFragment as Visit } from '../../../gql/graphql';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { VisitCustomerMembershipDocument } from '../graphql/visits.documents.js';

/** members' 入会 page in the shell (frontends/shell navigation mounts the members remote at /members). */
const ENROL_PAGE = '/members/enrol';

/**
 * 会员引导: a paying customer (the visit's deal is recorded) who is not a member yet is introduced to
 * the membership, which prevents "nobody told me about the card" complaints (未主动介绍会员制度, docs/domain.md §3). Shows
 * nothing until members answers, for members, and for visits without a deal. The link to 入会 is
 * offered to those who may open a card (the member centre, customer service, the director); the
 * guide and the on-site consultants are told who does instead.
 */
export function MembershipPrompt({ visit, variant }: { visit: Visit; variant: 'tag' | 'alert' }) {
  const { t } = useTranslation('crm');
  const { enrolsMembers } = useCrmPermissions();
  const { data } = useQuery(VisitCustomerMembershipDocument, {
    variables: { customerId: visit.customerId },
    skip: visit.dealt !== true,
    errorPolicy: 'all',
    fetchPolicy: 'cache-first',
  });
  const customer = data?.customer;
  // membership is null for a non-member; an unanswered query (members down) shows no prompt
  if (visit.dealt !== true || !customer || customer.membership !== null) return null;
  const testId = `crm-visit-member-prompt-${visit.id}`;
  const link = enrolsMembers ? (
    <Link to={ENROL_PAGE} data-testid={`${testId}-enrol`}>
      {t('visitDesk.memberPromptEnrol')}
    </Link>
  ) : (
    <span data-testid={`${testId}-who`}>{t('visitDesk.memberPromptWho')}</span>
  );
  if (variant === 'tag')
    return (
      <Tag color="volcano" style={{ marginLeft: 6 }} data-testid={testId}>
        {t('visitDesk.memberPromptShort')} · {link}
      </Tag>
    );
  return <Alert type="warning" showIcon title={t('visitDesk.memberPrompt')} action={link} data-testid={testId} />;
}
