import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The new key's secret, the one time it exists outside the partner's hands: a warning, the secret with
 * a copy button, and no way to close by accident (no mask click, no Esc), only "I have saved it".
 */
export function ApiKeySecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open={secret !== null}
      title={t('apiKeys.secret.title')}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="admin-api-key-secret-done">
          {t('apiKeys.secret.done')}
        </Button>
      }
      data-testid="admin-api-key-secret-modal"
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          icon={<ExclamationCircleOutlined />}
          title={t('apiKeys.secret.warning')}
          description={t('apiKeys.secret.warningDetail')}
        />
        <div>
          <Typography.Text type="secondary">{t('apiKeys.secret.label')}</Typography.Text>
          <Typography.Paragraph
            code
            copyable={{ text: secret ?? '', tooltips: [t('apiKeys.secret.copy'), t('apiKeys.secret.copied')] }}
            style={{ wordBreak: 'break-all', marginTop: 8, fontSize: 15 }}
            data-testid="admin-api-key-secret"
          >
            {secret}
          </Typography.Paragraph>
        </div>
      </Space>
    </Modal>
  );
}
