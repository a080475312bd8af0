import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Landing page; the shell's own, so it works whatever state the remotes are in. */
export function HomePage() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  return (
    <Card data-testid="home-page">
      <Typography.Title level={3}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.description')}</Typography.Paragraph>
      <Button type="primary" onClick={() => void navigate('/kpi')}>
        {t('home.openKpi')}
      </Button>
    </Card>
  );
}
