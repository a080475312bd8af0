import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useLanguage, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../departments/hooks/use-departments.js';
import type { CreateStaffInput, StaffRole } from '../../../gql/graphql';
import { CreateStaffDocument } from '../graphql/staff.documents.js';
import { usePositions } from '../hooks/use-positions.js';
import { assignableRoles } from '../utils/assignable-roles.js';
import { usernamePattern } from '../utils/username-pattern.js';

/**
 * 新建员工: name, sign-in name, initial password, department, position and role. A department admin's
 * new colleague is in their own department (the field is fixed); the server checks the rest.
 */
export function CreateStaffModal({
  open,
  departmentCode,
  onClose,
}: {
  open: boolean;
  /** set for a department admin: new staff join this department */
  departmentCode: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  const { t: tSession } = useTranslation('session');
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateStaffInput>();
  const { departments } = useDepartments();
  const { positions } = usePositions();
  const [failure, setFailure] = useState<string | null>(null);
  const [createStaff] = useMutation(CreateStaffDocument, { refetchQueries: ['StaffMembers'] });
  const english = language === 'en';
  const required = [{ required: true, whitespace: true, message: t('staff.form.required') }];

  const { submit, submitting, changed } = useIdempotentSubmit(async (input: CreateStaffInput, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await createStaff({
        variables: { input: { ...input, idempotencyKey, name: input.name.trim(), username: input.username.trim().toLowerCase() } },
      });
      void message.success(t('staff.form.created', { name: data?.createStaff.name ?? input.name }));
      form.resetFields();
      onClose();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  return (
    <Modal
      open={open}
      title={t('staff.form.title')}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="admin-create-staff-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="admin-create-staff-error" />}
      <Form<CreateStaffInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        initialValues={{ role: 'STAFF', departmentCode }}
        preserve={false}
      >
        <Form.Item name="name" label={t('staff.form.name')} rules={required}>
          <Input maxLength={50} data-testid="admin-staff-name" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('staff.form.username')}
          extra={t('staff.form.usernameHelp')}
          rules={[...required, { pattern: usernamePattern, message: t('staff.form.usernameInvalid') }]}
          normalize={(value: string) => value.toLowerCase()}
        >
          <Input autoComplete="off" data-testid="admin-staff-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.form.password')}
          extra={t('staff.form.passwordHelp')}
          rules={[...required, { min: 10, message: t('staff.form.passwordShort') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="admin-staff-password" />
        </Form.Item>
        <Form.Item name="departmentCode" label={t('staff.form.department')} rules={required}>
          <Select
            disabled={departmentCode !== undefined}
            loading={!departments}
            data-testid="admin-staff-department"
            options={departments?.map((department) => ({
              value: department.code,
              label: english ? department.nameEn : department.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="position" label={t('staff.form.position')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={!positions}
            data-testid="admin-staff-position"
            options={positions?.map((position) => ({ value: position.code, label: english ? position.nameEn : position.name }))}
          />
        </Form.Item>
        <Form.Item name="specialities" label={t('staff.form.specialities')} extra={t('staff.form.specialitiesHelp')}>
          <Select mode="tags" maxCount={10} open={false} tokenSeparators={[',', '，', '、']} data-testid="admin-staff-specialities" />
        </Form.Item>
        <Form.Item name="role" label={t('staff.form.role')} rules={required}>
          <Select<StaffRole>
            data-testid="admin-staff-role"
            options={assignableRoles(departmentCode !== undefined).map((role) => ({ value: role, label: tSession(`roles.${role}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
