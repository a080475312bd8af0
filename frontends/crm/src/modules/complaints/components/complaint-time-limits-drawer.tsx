import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Button, Drawer, InputNumber, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSeverity, ComplaintStatus } from '../../../gql/graphql';
import {
  ComplaintTimeLimitsDocument,
  complaintSeverities,
  timedStages,
  UpdateComplaintTimeLimitsDocument,
} from '../graphql/complaints.documents.js';
import { useDuration } from './complaint-clock-tag.js';

const key = (stage: ComplaintStatus, severity: ComplaintSeverity) => `${stage}:${severity}`;
/** crm's bounds: whole minutes, 1 to 30 days */
const MAX_MINUTES = 30 * 24 * 60;

/**
 * 投诉时限设置: the limit of every open stage per severity, in minutes, edited by the
 * customer-service admin (and the director). Saves the changed cells at once; crm checks them
 * again and refuses the whole change with a reason shown here.
 */
export function ComplaintTimeLimitsDrawer({ open, onClose, editable }: { open: boolean; onClose: () => void; editable: boolean }) {
  const { t } = useTranslation('crm');
  const duration = useDuration();
  const { data, loading, error, refetch } = useQuery(ComplaintTimeLimitsDocument, { skip: !open });
  const [update] = useMutation(UpdateComplaintTimeLimitsDocument);
  const saved = useMemo(
    () => new Map((data?.complaintTimeLimits ?? []).map((limit) => [key(limit.stage, limit.severity), limit.limitMinutes])),
    [data],
  );
  const [draft, setDraft] = useState<Map<string, number | null>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => setDraft(new Map(saved)), [saved]);

  const changed = timedStages.flatMap((stage) =>
    complaintSeverities.flatMap((severity) => {
      const value = draft.get(key(stage, severity));
      return value != null && value !== saved.get(key(stage, severity)) ? [{ stage, severity, limitMinutes: value }] : [];
    }),
  );
  const incomplete = [...draft.values()].some((value) => value == null);

  const { submit, submitting } = useIdempotentSubmit(async () => {
    setFailure(null);
    setDone(false);
    try {
      await update({ variables: { limits: changed } });
      await refetch();
      setDone(true);
      return true;
    } catch (caught) {
      const readable = readGraphqlError(caught);
      const reason = readable.extensions['reason'];
      setFailure(typeof reason === 'string' ? t(`complaintLimits.errors.${reason}`, { defaultValue: readable.message }) : readable.message);
      return false;
    }
  });

  const columns: ColumnsType<{ stage: ComplaintStatus }> = [
    { title: t('complaintLimits.stage'), dataIndex: 'stage', render: (stage: ComplaintStatus) => t(`complaintStatus.${stage}`) },
    ...complaintSeverities.map((severity) => ({
      title: t(`severities.${severity}`),
      key: severity,
      render: (_: unknown, row: { stage: ComplaintStatus }) => {
        const value = draft.get(key(row.stage, severity)) ?? null;
        return (
          <Space direction="vertical" size={2} data-testid={`crm-limit-${row.stage}-${severity}`}>
            <InputNumber<number>
              min={1}
              max={MAX_MINUTES}
              precision={0}
              value={value}
              disabled={!editable}
              addonAfter={t('complaintLimits.minutesUnit')}
              style={{ width: 140 }}
              onChange={(next) => setDraft(new Map(draft).set(key(row.stage, severity), next))}
            />
            {value != null && <Typography.Text type="secondary">{duration(value * 60_000)}</Typography.Text>}
          </Space>
        );
      },
    })),
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={880}
      title={t('complaintLimits.title')}
      data-testid="crm-complaint-limits"
      extra={
        editable && (
          <Button
            type="primary"
            loading={submitting}
            disabled={changed.length === 0 || incomplete}
            onClick={() => void submit(undefined)}
            data-testid="crm-complaint-limits-save"
          >
            {t('complaintLimits.save', { count: changed.length })}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('complaintLimits.help')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={readGraphqlError(error).message} style={{ marginBottom: 12 }} />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-complaint-limits-error" />}
      {done && (
        <Alert
          type="success"
          showIcon
          message={t('complaintLimits.saved')}
          style={{ marginBottom: 12 }}
          data-testid="crm-complaint-limits-saved"
        />
      )}
      <Table
        rowKey="stage"
        size="small"
        loading={loading}
        pagination={false}
        columns={columns}
        dataSource={timedStages.map((stage) => ({ stage }))}
        scroll={{ x: 'max-content' }}
      />
    </Drawer>
  );
}
