import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks why before an action that the history records (挂失, 冻结, 注销, 退款, 取消兑换 …). */
export function ReasonModal({
  open,
  title,
  okText,
  danger = false,
  optional = false,
  loading,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  optional?: boolean;
  loading: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('members');
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger, 'data-testid': 'members-reason-submit' }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={({ reason }) => onSubmit(reason?.trim() ?? '')}>
        <Form.Item
          name="reason"
          label={t('form.reason')}
          rules={optional ? [] : [{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="members-reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
