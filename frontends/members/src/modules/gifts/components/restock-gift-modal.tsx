import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiftFieldsFragment as Gift } from '../../../gql/graphql';
import { RestockGiftDocument } from '../graphql/gifts.documents.js';

/** 入库: adds stock to a gift; one idempotency key per submission, so a double click adds it once. */
export function RestockGiftModal({ gift, onClose }: { gift: Gift | null; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ quantity: number }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [restock] = useMutation(RestockGiftDocument, { refetchQueries: ['GiftOptions'] });
  const perform = useCallback(
    async ({ quantity }: { quantity: number }, idempotencyKey: string) => {
      if (!gift) return false;
      setFailure(null);
      try {
        const { data } = await restock({ variables: { id: gift.id, quantity, idempotencyKey } });
        void message.success(t('gifts.restocked', { name: gift.name, stock: data?.restockGift.stock ?? '' }));
        onClose();
        return true;
      } catch (error) {
        setFailure(readGraphqlError(error).message);
        return false;
      }
    },
    [gift, restock, message, t, onClose],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);
  return (
    <Modal
      open={gift !== null}
      title={t('gifts.restockTitle', { name: gift?.name ?? '' })}
      okText={t('gifts.restock')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'members-gift-restock-submit' }}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>{t('gifts.currentStock', { stock: gift?.stock ?? 0 })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={changed} preserve={false}>
        <Form.Item name="quantity" label={t('gifts.restockQuantity')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="members-gift-restock-quantity" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
