import { useMutation } from '@apollo/client/react';
import { readGraphqlError, yuanToFen, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateGiftInput } from '../../../gql/graphql';
import { CreateGiftDocument, giftKinds } from '../graphql/gifts.documents.js';

/** The form's values: the unit cost as typed, in yuan (the API takes fen). */
type GiftValues = Omit<CreateGiftInput, 'unitCostFen'> & { unitCost?: string | null };

/** 新建礼品: name, goods or service, points price, opening stock and, for finance, the unit cost. */
export function CreateGiftModal({ open, withCost, onClose }: { open: boolean; withCost: boolean; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [form] = Form.useForm<GiftValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createGift] = useMutation(CreateGiftDocument, { refetchQueries: ['Gifts', 'GiftsWithCost', 'GiftOptions'] });
  const required = { required: true, message: t('form.required') };

  const { submit, submitting, changed } = useIdempotentSubmit(async ({ unitCost, ...values }: GiftValues, idempotencyKey: string) => {
    setFailure(null);
    const typed = withCost && unitCost != null && unitCost !== '' ? unitCost : null;
    const unitCostFen = typed === null ? null : yuanToFen(typed);
    if (typed !== null && unitCostFen === null) {
      setFailure(t('form.amountInvalid'));
      return false;
    }
    try {
      const input = { ...values, name: values.name.trim(), unitCostFen, idempotencyKey };
      const { data } = await createGift({ variables: { input } });
      void message.success(t('gifts.created', { name: data?.createGift.name ?? input.name }));
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
      title={t('gifts.create')}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'members-gift-create-submit' }}
      data-testid="members-gift-create-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="members-gift-create-error" />}
      <Form<GiftValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        initialValues={{ kind: 'GOODS', stock: 0 }}
        preserve={false}
      >
        <Form.Item name="name" label={t('gifts.columns.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} data-testid="members-gift-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('gifts.columns.kind')} rules={[required]}>
          <Select options={giftKinds.map((kind) => ({ value: kind, label: t(`gifts.kinds.${kind}`) }))} data-testid="members-gift-kind" />
        </Form.Item>
        <Form.Item name="pointsPrice" label={t('gifts.columns.pointsPrice')} rules={[required]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="members-gift-points-price" />
        </Form.Item>
        <Form.Item name="stock" label={t('gifts.openingStock')} rules={[required]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="members-gift-stock" />
        </Form.Item>
        {withCost && (
          <Form.Item name="unitCost" label={t('gifts.columns.unitCost')}>
            <InputNumber<string>
              stringMode
              min="0"
              precision={2}
              prefix="¥"
              style={{ width: '100%' }}
              data-testid="members-gift-unit-cost"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
