import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError, useHospitalTime, formatFen } from '@careline/frontend-shared';
import { formatPoints } from '../../common/utils/format-points.js';
import { PointsLiabilityDocument } from '../graphql/finance.documents.js';

/** 积分负债: the points members hold now, owed by the hospital until redeemed or expired. */
export function PointsLiabilityCard() {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { data, loading, error, refetch } = useQuery(PointsLiabilityDocument);
  const liability = data?.pointsLiability;
  return (
    <Card title={t('finance.liability.title')} data-testid="members-liability">
      {error && !liability ? (
        <QueryError
          error={error}
          title={t('finance.liability.errorTitle')}
          onRetry={() => void refetch()}
          testId="members-liability-error"
        />
      ) : !liability ? (
        <Skeleton active loading={loading} paragraph={{ rows: 1 }} />
      ) : (
        <>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Statistic
                title={t('finance.liability.points')}
                value={formatPoints(liability.outstandingPoints)}
                data-testid="members-liability-points"
              />
            </Col>
            <Col xs={24} md={8}>
              <Statistic title={t('finance.liability.value')} value={formatFen(liability.valueFen)} data-testid="members-liability-value" />
            </Col>
            <Col xs={24} md={8}>
              <Statistic title={t('finance.liability.members')} value={liability.members} />
            </Col>
          </Row>
          <Typography.Text type="secondary">
            {t('finance.liability.valuation', { value: formatFen(liability.valuePerPointFen) })} ·{' '}
            {t('finance.asOf', { at: time(liability.asOf) })}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
