import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

/** The period's headline figures; the new-customer total carries a stable test id for end-to-end checks. */
export function NewCustomersTotals({ newCustomers, newMembers }: { newCustomers: number; newMembers: number }) {
  const { t } = useTranslation('kpi');
  const share = newCustomers > 0 ? (newMembers / newCustomers) * 100 : 0;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic
            title={t('newCustomers.totalNewCustomers')}
            value={newCustomers}
            formatter={(value) => <span data-testid="kpi-total-new-customers">{value}</span>}
          />
        </Card>
      </Col>
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic title={t('newCustomers.totalNewMembers')} value={newMembers} />
        </Card>
      </Col>
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic title={t('newCustomers.memberShare')} value={share} precision={1} suffix="%" />
        </Card>
      </Col>
    </Row>
  );
}
