import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { exportXlsx, readGraphqlError } from '@careline/frontend-shared';
import { Alert, Button, Descriptions, Flex, Modal, Progress, Table, Typography, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerImportJobFragment as ImportJob } from '../../../gql/graphql';
import { CustomerImportDocument, StartCustomerImportDocument } from '../graphql/customer-import.documents.js';

type RowError = ImportJob['rowErrors'][number];

const MAX_BYTES = 5 * 1024 * 1024;
const finished = (job: ImportJob | undefined) => job?.status === 'DONE' || job?.status === 'FAILED';

/** The file as base64 (what startCustomerImport takes). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // in slices: String.fromCharCode over a whole 5 MB array overflows the call stack
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One row's error in words, from its reason (the server's English message never reaches the screen). */
function describe(t: TFunction<'crm'>, error: RowError): string {
  if (!error.reason) return t('customerImport.reasons.UNKNOWN');
  return t(`customerImport.reasons.${error.reason}`, { value: error.value ?? '', otherRow: error.otherRow ?? '' });
}

/**
 * 批量导入客户: pick a .csv or .xlsx, 预检 (a dry run: what would be created, which rows are customers
 * already on file, which rows are refused and why), then 导入 with the progress of the job, and the
 * refused rows as a spreadsheet to correct and import again.
 */
export function ImportCustomersModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation('crm');
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [polling, setPolling] = useState(false);
  const [start, { loading: starting }] = useMutation(StartCustomerImportDocument);
  const { data, error } = useQuery(CustomerImportDocument, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    // the job runs in the background: poll until it is done
    pollInterval: polling ? 500 : 0,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const job = jobId ? (data?.customerImport ?? undefined) : undefined;
  const running = Boolean(jobId) && !finished(job);
  const doneId = job && finished(job) ? job.id : null;
  const imported = job?.status === 'DONE' && !job.dryRun;
  useEffect(() => {
    if (!doneId) return;
    setPolling(false);
    // the list behind the modal shows the new customers
    if (imported) onImported();
  }, [doneId, imported, onImported]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    if (file.size > MAX_BYTES) return setFailure(t('customerImport.tooLarge'));
    try {
      const started = await start({ variables: { input: { filename: file.name, contentBase64: await toBase64(file), dryRun } } });
      setJobId(started.data?.startCustomerImport?.id ?? null);
      setPolling(true);
    } catch (startError) {
      setFailure(readGraphqlError(startError).message);
    }
  };

  const reset = () => {
    setFile(null);
    setJobId(null);
    setPolling(false);
    setFailure(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const downloadErrors = (current: ImportJob) =>
    exportXlsx(`${t('customerImport.errorFileName', { name: current.filename.replace(/\.(csv|xlsx)$/i, '') })}.xlsx`, [
      {
        name: t('customerImport.errorSheet'),
        columns: [
          { header: t('customerImport.row'), key: 'row', width: 8 },
          { header: t('customerImport.column'), key: 'column', width: 14 },
          { header: t('customerImport.value'), key: 'value', width: 24 },
          { header: t('customerImport.reason'), key: 'reason', width: 48 },
        ],
        rows: current.rowErrors.map((rowError) => ({
          row: rowError.row,
          column: rowError.field ? t(`customerImport.columns.${rowError.field}`) : '—',
          value: rowError.value ?? '',
          reason: describe(t, rowError),
        })),
      },
    ]);

  const percent = job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  const outcome = job && job.status === 'DONE' && (
    <Flex vertical gap={12} data-testid="crm-import-outcome">
      <Alert
        type={job.rowErrors.length ? 'warning' : 'success'}
        showIcon
        message={t(job.dryRun ? 'customerImport.previewTitle' : 'customerImport.doneTitle')}
        description={t(job.dryRun ? 'customerImport.previewHint' : 'customerImport.doneHint')}
      />
      <Descriptions size="small" column={4} bordered data-testid="crm-import-summary">
        <Descriptions.Item label={t(job.dryRun ? 'customerImport.wouldCreate' : 'customerImport.created')}>
          <span data-testid="crm-import-created">{job.created}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t(job.dryRun ? 'customerImport.wouldUpdate' : 'customerImport.updated')}>
          <span data-testid="crm-import-updated">{job.updated}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerImport.unchanged')}>
          <span data-testid="crm-import-unchanged">{job.unchanged}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerImport.refused')}>
          <span data-testid="crm-import-refused">{job.rowErrors.length}</span>
        </Descriptions.Item>
      </Descriptions>
      {job.rowErrors.length > 0 && (
        <>
          <Table<RowError>
            size="small"
            rowKey={(rowError) => `${rowError.row}-${rowError.field ?? ''}`}
            dataSource={job.rowErrors}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            data-testid="crm-import-errors"
            columns={[
              { title: t('customerImport.row'), dataIndex: 'row', width: 80 },
              {
                title: t('customerImport.column'),
                dataIndex: 'field',
                width: 120,
                render: (field: string | null) => (field ? t(`customerImport.columns.${field}`) : '—'),
              },
              { title: t('customerImport.reason'), key: 'reason', render: (_, rowError) => describe(t, rowError) },
            ]}
          />
          <div>
            <Button onClick={() => void downloadErrors(job)} data-testid="crm-import-error-file">
              {t('customerImport.errorFile')}
            </Button>
          </div>
        </>
      )}
    </Flex>
  );

  return (
    <Modal
      open={open}
      title={t('customerImport.title')}
      width={820}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={close} data-testid="crm-import-close">
            {t('customerImport.close')}
          </Button>
          <Button disabled={!file || running} loading={starting} onClick={() => void run(true)} data-testid="crm-import-dry-run">
            {t('customerImport.dryRun')}
          </Button>
          <Button
            type="primary"
            // a real run only after its dry run has been read
            disabled={!file || running || !job || !job.dryRun || job.status !== 'DONE'}
            loading={starting}
            onClick={() => void run(false)}
            data-testid="crm-import-run"
          >
            {t('customerImport.run')}
          </Button>
        </Flex>
      }
      data-testid="crm-import-modal"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('customerImport.help')}</Typography.Text>
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          disabled={running}
          showUploadList={false}
          beforeUpload={(picked) => {
            setFile(picked);
            setJobId(null);
            setPolling(false);
            setFailure(null);
            // read in the page and sent with the mutation, not uploaded on its own
            return false;
          }}
          data-testid="crm-import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{file ? t('customerImport.picked', { name: file.name }) : t('customerImport.pick')}</p>
        </Upload.Dragger>
        {failure && <Alert type="error" showIcon message={failure} data-testid="crm-import-failure" />}
        {error && <Alert type="error" showIcon message={readGraphqlError(error).message} />}
        {running && (
          <Flex vertical gap={4} data-testid="crm-import-progress">
            <Typography.Text>
              {t(job?.dryRun === false ? 'customerImport.importing' : 'customerImport.checking', {
                processed: job?.processed ?? 0,
                total: job?.total ?? 0,
              })}
            </Typography.Text>
            <Progress percent={percent} status="active" />
          </Flex>
        )}
        {job?.status === 'DONE' && !job.dryRun && (
          <Progress percent={100} data-testid="crm-import-progress-done" format={() => `${job.processed} / ${job.total}`} />
        )}
        {job?.status === 'FAILED' && (
          <Alert type="error" showIcon message={t('customerImport.fileFailed')} data-testid="crm-import-file-failed" />
        )}
        {outcome}
      </Flex>
    </Modal>
  );
}
