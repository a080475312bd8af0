import { useMutation, useQuery } from '@apollo/client/react';
import { PagedTable, readGraphqlError, useCursorPages, useHospitalTime, useSession } from '@careline/frontend-shared';
import { Alert, Button, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import type { CrmPendingRemedyFragment as PendingRemedy, RemedyAction, RemedyKind, RemedyStep } from '../../../gql/graphql';
import { StaffName } from '../../common/components/staff-name.js';
import {
  ApproveRemedyDocument,
  CheckRemedyRecordDocument,
  FinanceApproveRemedyDocument,
  PendingRemediesDocument,
  remedyKinds,
} from '../graphql/remedies.documents.js';

const pageSize = 20;
/** the action of each verification step (crm's RemedyAction) */
const stepAction: Record<RemedyStep, RemedyAction> = { DIRECTOR: 'APPROVE', FINANCE: 'FINANCE_APPROVE', MEMBER_CENTRE: 'CHECK_RECORD' };

/**
 * 补救核实 (docs/domain.md §3): the remedies waiting at the signed-in role's step of the verification
 * (the director, finance, the member centre's admin), with the complaint's text, and that step's
 * action alone. Each role sees its own queue only; crm refuses any other step anyway.
 */
export function RemediesPage() {
  const { remedyStep } = useCrmPermissions();
  // the shell offers this page only to the three roles; a direct link by anyone else goes home
  if (!remedyStep) return <Navigate to="/" replace />;
  return <RemedyQueue step={remedyStep} />;
}

function RemedyQueue({ step }: { step: RemedyStep }) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const { staff } = useSession();
  const [kind, setKind] = useState<RemedyKind | null>(null);
  const pages = useCursorPages(`${step}:${kind ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(PendingRemediesDocument, {
    variables: { step, kind, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.pendingRemedies;
  const [approve] = useMutation(ApproveRemedyDocument);
  const [financeApprove] = useMutation(FinanceApproveRemedyDocument);
  const [check] = useMutation(CheckRemedyRecordDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [taken, setTaken] = useState<string | null>(null);

  // a retry of a step is answered with the same remedy (crm: remedyStep), so a double click is harmless
  const onStep = async (remedy: PendingRemedy) => {
    setFailure(null);
    setTaken(null);
    setBusy(remedy.id);
    try {
      const variables = { remedyId: remedy.id };
      if (step === 'DIRECTOR') await approve({ variables });
      else if (step === 'FINANCE') await financeApprove({ variables });
      else await check({ variables });
      setTaken(remedy.id);
      await refetch();
    } catch (e) {
      setFailure(readGraphqlError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const detail = (row: PendingRemedy) => {
    const parts: string[] = [];
    if (row.points) parts.push(t('remedies.points', { points: row.points }));
    if (row.receiptNumbers?.length) parts.push(t('remedies.receipts', { receipts: row.receiptNumbers.join(', ') }));
    if (row.joinedAt) parts.push(t('remedies.joinedAt', { date: hospitalTime(row.joinedAt) }));
    if (row.kind === 'CANCEL_GIFT') parts.push(t('remedies.cancelGift'));
    return parts.length ? parts.join('；') : t('remedies.none');
  };

  const columns: ColumnsType<PendingRemedy> = [
    {
      title: t('remedies.kind'),
      dataIndex: 'kind',
      render: (value: RemedyKind, row) => <Tag data-testid={`crm-remedy-kind-${row.id}`}>{t(`remedies.kinds.${value}`)}</Tag>,
    },
    { title: t('remedies.detail'), key: 'detail', render: (_, row) => detail(row) },
    {
      title: t('remedies.complaint'),
      key: 'complaint',
      render: (_, row) => (
        <Flex vertical gap={2} style={{ maxWidth: 320 }}>
          <Typography.Text data-testid={`crm-remedy-complaint-${row.id}`}>
            {row.complaintText ?? t('remedies.complaintHidden')}
          </Typography.Text>
          {row.complaint && (
            <Typography.Text type="secondary">
              {t(`complaintCategories.${row.complaint.category}`)} · {hospitalTime(row.complaint.receivedAt)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('remedies.proposed'),
      key: 'proposed',
      render: (_, row) => (
        <>
          <StaffName id={row.proposedBy} staff={row.proposedByStaff} /> · {hospitalTime(row.proposedAt)}
        </>
      ),
    },
    {
      title: t('remedies.approvals'),
      key: 'approvals',
      render: (_, row) => (
        <Flex vertical gap={2}>
          {row.approvedAt ? (
            <span>
              {t('remedies.directorApproved', { name: row.approvedByStaff?.name ?? t('staffMember'), time: hospitalTime(row.approvedAt) })}
            </span>
          ) : (
            t('remedies.none')
          )}
          {row.financeApprovedAt && (
            <span>
              {t('remedies.financeApproved', {
                name: row.financeApprovedByStaff?.name ?? t('staffMember'),
                time: hospitalTime(row.financeApprovedAt),
              })}
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, row) =>
        // crm says whether the caller may take this step (never on their own proposal: SAME_PERSON)
        !row.viewerActions.includes(stepAction[step]) ? (
          row.proposedBy === staff?.id ? (
            <Typography.Text type="secondary">{t('remedies.ownProposal')}</Typography.Text>
          ) : null
        ) : (
          <Popconfirm
            title={t(`remedies.confirm.${step}`)}
            okText={t('remedies.ok')}
            cancelText={t('remedies.cancel')}
            onConfirm={() => onStep(row)}
            okButtonProps={{ ...{ 'data-testid': `crm-remedy-confirm-${row.id}` } }}
          >
            <Button size="small" type="primary" loading={busy === row.id} data-testid={`crm-remedy-step-${row.id}`}>
              {t(`remedies.action.${step}`)}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="crm-remedies-page" data-step={step}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="crm-remedies-intro">
        {t(`remedies.intro.${step}`)}
      </Typography.Paragraph>
      <Select<RemedyKind | ''>
        value={kind ?? ''}
        onChange={(value) => setKind(value || null)}
        options={[
          { value: '', label: t('remedies.anyKind') },
          ...remedyKinds.map((value) => ({ value, label: t(`remedies.kinds.${value}`) })),
        ]}
        style={{ width: 200 }}
        data-testid="crm-remedies-kind"
      />
      {taken && (
        <Alert type="success" showIcon message={t('remedies.done')} closable onClose={() => setTaken(null)} data-testid="crm-remedy-done" />
      )}
      {failure && (
        <Alert type="error" showIcon message={failure} closable onClose={() => setFailure(null)} data-testid="crm-remedy-failure" />
      )}
      <PagedTable
        connection={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={t('remedies.errorTitle')}
        empty={t(kind ? 'remedies.emptyKind' : 'remedies.empty')}
        paging={pages}
        pageSize={pageSize}
        testId="crm-remedies"
      >
        {(nodes) => (
          <Table<PendingRemedy>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={nodes}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ 'data-testid': `crm-remedy-row-${row.id}` }) as never}
          />
        )}
      </PagedTable>
    </Flex>
  );
}
