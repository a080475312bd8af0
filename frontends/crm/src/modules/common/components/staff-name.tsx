import { useQuery } from '@apollo/client/react';
import { useSession } from '@careline/frontend-shared';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffNameDocument } from '../graphql/staff-name.documents.js';
import { shortId } from '../utils/short-id.js';

/**
 * A staff member named as well as the caller may know them: "me" for oneself, the name for the
 * director (identity lets only the director read every staff member), otherwise the short id, with
 * the whole id on hover. crm returns staff ids only (`onsiteConsultantId`, `doctorId`, …).
 */
export function StaffName({ id, testId }: { id: string | null | undefined; testId?: string }) {
  const { t } = useTranslation('crm');
  const { staff } = useSession();
  const { readsStaff } = useCrmPermissions();
  const mine = Boolean(id && staff && id === staff.id);
  const { data } = useQuery(StaffNameDocument, { variables: { id: id ?? '' }, skip: !id || mine || !readsStaff, errorPolicy: 'all' });
  if (!id) return <span data-testid={testId}>—</span>;
  const label = mine ? `${staff!.name}（${t('me')}）` : (data?.staff?.name ?? shortId(id));
  return (
    <Tooltip title={id}>
      <span data-testid={testId} data-staff-id={id}>
        {label}
      </span>
    </Tooltip>
  );
}
