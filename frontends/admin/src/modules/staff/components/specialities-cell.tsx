import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { Button, Popover, Select, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMemberFieldsFragment as StaffMember } from '../../../gql/graphql';
import { SetStaffSpecialitiesDocument } from '../graphql/staff.documents.js';

/** 专长 of one staff member, with an editor (identity's setStaffSpecialities) for the admins who manage them. */
export function SpecialitiesCell({ staff, editable }: { staff: StaffMember; editable: boolean }) {
  const { t } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string[]>(staff.specialities);
  const [save, { loading }] = useMutation(SetStaffSpecialitiesDocument);
  const submit = async () => {
    try {
      await save({ variables: { id: staff.id, specialities: draft } });
      void message.success(t('staff.specialitiesSaved', { name: staff.name }));
      setOpen(false);
    } catch (error) {
      void message.error(readGraphqlError(error).message);
    }
  };
  return (
    <Space size={4} wrap data-testid={`admin-staff-specialities-${staff.username}`}>
      {staff.specialities.length ? (
        staff.specialities.map((speciality) => <Tag key={speciality}>{speciality}</Tag>)
      ) : (
        <Typography.Text type="secondary">{t('staff.noSpecialities')}</Typography.Text>
      )}
      {editable && (
        <Popover
          open={open}
          onOpenChange={(next) => (setOpen(next), next && setDraft(staff.specialities))}
          trigger="click"
          title={t('staff.editSpecialities')}
          content={
            <Space orientation="vertical">
              <Select
                mode="tags"
                open={false}
                maxCount={10}
                style={{ width: 260 }}
                value={draft}
                onChange={setDraft}
                tokenSeparators={[',', '，', '、']}
                data-testid={`admin-staff-specialities-input-${staff.username}`}
              />
              <Button
                type="primary"
                size="small"
                loading={loading}
                onClick={() => void submit()}
                data-testid={`admin-staff-specialities-save-${staff.username}`}
              >
                {t('actions.save')}
              </Button>
            </Space>
          }
        >
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            aria-label={t('staff.editSpecialities')}
            data-testid={`admin-staff-specialities-edit-${staff.username}`}
          />
        </Popover>
      )}
    </Space>
  );
}
