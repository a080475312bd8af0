import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useSession } from '@careline/frontend-shared';
import { Alert, Button, Card, Empty, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { DepartmentStaffDocument, DutyRosterDocument, SetDutyRosterDocument } from '../graphql/appointments.documents.js';

/**
 * 值班表 of a day: the on-site consultants on duty in rotation order, and who takes the next
 * phone-converted booking (按轮排). ONSITE and the director set it; the pointer lives in crm and
 * survives restarts.
 */
export function DutyRosterCard({ day }: { day: string }) {
  const { t } = useTranslation('crm');
  const { staff } = useSession();
  const { setsRoster } = useCrmPermissions();
  const { data, error, refetch } = useQuery(DutyRosterDocument, { variables: { day }, fetchPolicy: 'cache-and-network' });
  const roster = data?.dutyRoster;
  const [editing, setEditing] = useState(false);
  // identity lists ONSITE's staff to the director and to ONSITE's own admin; anyone else types ids
  const listsStaff = staff?.role === 'OPS_DIRECTOR' || (staff?.role === 'DEPT_ADMIN' && staff.departmentCode === 'ONSITE');
  const onsite = useQuery(DepartmentStaffDocument, { variables: { departmentCode: 'ONSITE' }, skip: !editing || !listsStaff });
  const [save, saving] = useMutation(SetDutyRosterDocument);
  const [form] = Form.useForm<{ consultantIds: string[] }>();
  const [failure, setFailure] = useState<string | null>(null);
  const ids = roster?.consultantIds ?? [];
  const next = ids.length > 0 ? ids[roster!.nextIndex % ids.length] : undefined;

  return (
    <Card
      size="small"
      title={t('roster.title', { day })}
      data-testid="crm-duty-roster"
      extra={
        setsRoster && (
          <Button
            size="small"
            onClick={() => (form.setFieldsValue({ consultantIds: ids }), setEditing(true))}
            data-testid="crm-duty-roster-edit"
          >
            {t('roster.edit')}
          </Button>
        )
      }
    >
      {error && !data ? (
        <Typography.Text type="danger">{readGraphqlError(error).message}</Typography.Text>
      ) : ids.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('roster.empty')} />
      ) : (
        <Space wrap>
          {ids.map((id, index) => (
            <Tag key={id} color={id === next ? 'gold' : undefined} data-testid={`crm-duty-roster-${index}`}>
              {index + 1}. <StaffName id={id} />
              {id === next && ` · ${t('roster.next')}`}
            </Tag>
          ))}
        </Space>
      )}
      <Modal
        open={editing}
        title={t('roster.editTitle', { day })}
        onCancel={() => (setEditing(false), setFailure(null))}
        onOk={() => form.submit()}
        confirmLoading={saving.loading}
        forceRender
      >
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={async ({ consultantIds }) => {
            setFailure(null);
            try {
              await save({ variables: { input: { day, consultantIds } } });
              setEditing(false);
              void refetch();
            } catch (caught) {
              setFailure(readGraphqlError(caught).message);
            }
          }}
        >
          <Form.Item name="consultantIds" label={t('roster.consultants')} extra={t('roster.hint')}>
            {listsStaff ? (
              <Select
                mode="multiple"
                loading={onsite.loading}
                options={(onsite.data?.staffMembers?.nodes ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
                data-testid="crm-duty-roster-select"
              />
            ) : (
              <Select mode="tags" open={false} tokenSeparators={[',', ' ']} data-testid="crm-duty-roster-select" />
            )}
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
