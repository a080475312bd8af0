import { ClockCircleOutlined } from '@ant-design/icons';
import { useSession } from '@careline/frontend-shared';
import { Button, Card, Flex, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNavigation } from '../navigation/use-navigation.js';

/** Landing page; the shell's own, so it works whatever state the remotes are in. */
export function HomePage() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const { staff } = useSession();
  const navigation = useNavigation();
  const moduleArriving = navigation.find((item) => item.key === 'home')?.moduleArriving ?? false;
  const shortcuts = navigation.filter((item) => item.key !== 'home');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card data-testid="home-page">
        <Typography.Title level={3}>{t('home.title', { name: staff?.name ?? '' })}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.description')}</Typography.Paragraph>
        {shortcuts.length > 0 && (
          <Flex gap={12} wrap>
            {shortcuts.map((item, index) => (
              <Button
                key={item.key}
                type={index === 0 ? 'primary' : 'default'}
                onClick={() => void navigate(item.path)}
                data-testid={`home-open-${item.key}`}
              >
                {t(`home.open.${item.key}`)}
              </Button>
            ))}
          </Flex>
        )}
      </Card>
      {moduleArriving && (
        <Card data-testid="home-module-arriving">
          <Result icon={<ClockCircleOutlined />} title={t('home.moduleArriving.title')} subTitle={t('home.moduleArriving.description')} />
        </Card>
      )}
    </Space>
  );
}
