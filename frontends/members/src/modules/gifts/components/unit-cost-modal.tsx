import { useMutation } from '@apollo/client/react';
import { fenToYuan, readGraphqlError, yuanToFen } from '@careline/frontend-shared';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetGiftUnitCostDocument } from '../graphql/gifts.documents.js';
import type { CatalogueGift } from '../hooks/use-gifts.js';

/** 成本核算: finance sets what one unit of a gift costs the hospital (yuan). */
export function UnitCostModal({ gift, onClose }: { gift: CatalogueGift | null; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ unitCost: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [setUnitCost, { loading }] = useMutation(SetGiftUnitCostDocument);
  const submit = async ({ unitCost }: { unitCost: string }) => {
    if (!gift || loading) return;
    setFailure(null);
    const unitCostFen = yuanToFen(unitCost);
    if (unitCostFen === null) {
      setFailure(t('form.amountInvalid'));
      return;
    }
    try {
      await setUnitCost({ variables: { id: gift.id, unitCostFen } });
      void message.success(t('gifts.unitCostSet', { name: gift.name }));
      onClose();
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };
  return (
    <Modal
      open={gift !== null}
      title={t('gifts.unitCostTitle', { name: gift?.name ?? '' })}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unitCost: gift?.unitCostFen == null ? undefined : fenToYuan(gift.unitCostFen) }}
        preserve={false}
      >
        <Form.Item name="unitCost" label={t('gifts.columns.unitCost')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber<string>
            stringMode
            min="0"
            precision={2}
            prefix="¥"
            style={{ width: '100%' }}
            data-testid="members-gift-unit-cost-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
