import { LanguageSwitch, SignInForm, useSession } from '@careline/frontend-shared';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { productName } from '../app/product-name.js';

/**
 * The sign-in page: the only screen open to everyone. Once signed in, back to where the person was
 * going (the route guard of that page decides whether their role may stay there).
 */
export function LoginPage() {
  const { t } = useTranslation('session');
  const { session } = useSession();
  const { token } = theme.useToken();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 24, background: token.colorBgLayout }}
      data-testid="login-page"
    >
      <Typography.Title level={2} style={{ margin: 0, color: token.colorPrimary }} data-testid="product-name">
        {productName}
      </Typography.Title>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        <SignInForm />
      </Card>
      <LanguageSwitch />
    </Flex>
  );
}
