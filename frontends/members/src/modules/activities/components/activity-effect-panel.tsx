import { useQuery } from '@apollo/client/react';
import { readGraphqlError, useHospitalTime, formatFen } from '@careline/frontend-shared';
import { Alert, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActivityEffectDocument } from '../graphql/activities.documents.js';

/** 活动效果: registered, attended, and what the attendees spent from the start to 30 days after the end. */
export function ActivityEffectPanel({ activityId }: { activityId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { data, loading, error } = useQuery(ActivityEffectDocument, { variables: { id: activityId } });
  if (error && !data)
    return <Alert type="error" showIcon title={t('activities.effectError')} description={readGraphqlError(error).message} />;
  const effect = data?.activityEffect;
  if (!effect) return <Skeleton active loading={loading} paragraph={{ rows: 1 }} />;
  return (
    <>
      <Row gutter={16} data-testid="members-activity-effect">
        <Col span={8}>
          <Statistic title={t('activities.effect.registered')} value={effect.registered} />
        </Col>
        <Col span={8}>
          <Statistic title={t('activities.effect.attended')} value={effect.attended} />
        </Col>
        <Col span={8}>
          <Statistic title={t('activities.effect.spend')} value={formatFen(effect.spendWithin30DaysFen)} />
        </Col>
      </Row>
      <Alert
        style={{ marginTop: 12 }}
        type={effect.spendFinal ? 'success' : 'info'}
        showIcon
        title={t(effect.spendFinal ? 'activities.effect.final' : 'activities.effect.pending', {
          from: time(effect.spendFrom),
          until: time(effect.spendUntil),
        })}
      />
    </>
  );
}
