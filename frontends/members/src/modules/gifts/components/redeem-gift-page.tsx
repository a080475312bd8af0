import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembershipParam } from '../../common/hooks/use-membership-param.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { MemberPicker } from '../../membership/components/member-picker.js';
import { MemberSummaryCard } from '../../membership/components/member-summary-card.js';
import { useMemberSummary } from '../../membership/hooks/use-member-summary.js';
import type { GiftFieldsFragment as Gift, RedemptionFieldsFragment as GiftRedemption } from '../../../gql/graphql';
import { RedeemGiftDocument } from '../graphql/gifts.documents.js';
import { GiftKindTag } from './gift-kind-tag.js';
import { GiftPicker } from './gift-picker.js';

interface RedeemValues {
  membershipId: string;
  giftId: string;
  quantity: number;
}

/**
 * 礼品兑换: the member, the gift and how many, with the gift's stock and the member's balance beside
 * them. Registered when the gift is handed over; one idempotency key per submission, so a double
 * click never hands over (nor charges) twice, and the server refuses anything beyond stock or balance.
 */
export function RedeemGiftPage() {
  const { t } = useTranslation('members');
  const [form] = Form.useForm<RedeemValues>();
  const membershipId = Form.useWatch('membershipId', form);
  const quantity = Form.useWatch('quantity', form) ?? 1;
  const [gift, setGift] = useState<Gift | null>(null);
  const [done, setDone] = useState<GiftRedemption | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { membership } = useMemberSummary(membershipId);
  const [redeem] = useMutation(RedeemGiftDocument, {
    refetchQueries: ['MemberSummary', 'GiftOptions', 'MemberRedemptions', 'MemberPointsEntries'],
  });
  const initialMembership = useMembershipParam();
  const total = gift ? gift.pointsPrice * quantity : 0;
  const short = membership && gift ? membership.pointsBalance < total : false;
  const beyondStock = gift ? quantity > gift.stock : false;

  const perform = useCallback(
    async (values: RedeemValues, idempotencyKey: string) => {
      setFailure(null);
      setDone(null);
      try {
        const { data } = await redeem({ variables: { input: { ...values, idempotencyKey } } });
        const redemption = data?.redeemGift ?? null;
        setDone(redemption);
        if (redemption)
          setGift((current) => (current && current.id === redemption.gift.id ? { ...current, stock: redemption.gift.stock } : current));
        form.setFieldsValue({ quantity: 1 });
        return true;
      } catch (error) {
        setFailure(readGraphqlError(error).message);
        return false;
      }
    },
    [redeem, form],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={14}>
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="members-redeem-done"
            title={t('redeem.done', { gift: done.gift.name, quantity: done.quantity, points: formatPoints(done.points) })}
          />
        )}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="members-redeem-error" />}
        <Form<RedeemValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={changed}
          initialValues={{ membershipId: initialMembership, quantity: 1 }}
          style={{ maxWidth: 520 }}
          data-testid="members-redeem-form"
        >
          <Form.Item name="membershipId" label={t('form.member')} rules={[{ required: true, message: t('form.required') }]}>
            <MemberPicker testId="members-redeem-member" />
          </Form.Item>
          <Form.Item name="giftId" label={t('redeem.gift')} rules={[{ required: true, message: t('form.required') }]}>
            <GiftPicker onPick={setGift} />
          </Form.Item>
          <Form.Item name="quantity" label={t('redeem.quantity')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber
              min={1}
              max={gift ? Math.max(1, gift.stock) : undefined}
              precision={0}
              style={{ width: '100%' }}
              data-testid="members-redeem-quantity"
            />
          </Form.Item>
          {short && (
            <Alert type="warning" showIcon title={t('redeem.short')} style={{ marginBottom: 16 }} data-testid="members-redeem-short" />
          )}
          {beyondStock && <Alert type="warning" showIcon title={t('redeem.beyondStock')} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={submitting} disabled={short || beyondStock} data-testid="members-redeem-submit">
            {t('redeem.submit')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <MemberSummaryCard membershipId={membershipId} />
          {gift && (
            <Card size="small" title={gift.name} extra={<GiftKindTag kind={gift.kind} />} data-testid="members-redeem-gift-card">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('gifts.columns.stock')}>
                  <span data-testid="members-redeem-stock">{gift.stock}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('gifts.columns.pointsPrice')}>{formatPoints(gift.pointsPrice)}</Descriptions.Item>
                <Descriptions.Item label={t('redeem.total')}>
                  <span data-testid="members-redeem-total">{formatPoints(total)}</span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        </Space>
      </Col>
    </Row>
  );
}
