import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/language-switch.js';
import { SignInForm } from './sign-in-form.js';
import { useSession } from './use-session.js';
import { useSignOut } from './use-sign-out.js';

/**
 * The frame of a remote mounted on its own (development, its own preview): a title bar with the
 * language and sign-out, and a bare sign-in until someone is signed in. Hosted, the shell does all this.
 */
export function StandaloneFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('session');
  const { staff } = useSession();
  const signOut = useSignOut();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', paddingInline: 24 }}>
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Typography.Text strong>{title}</Typography.Text>
          <Flex gap={12} align="center">
            <LanguageSwitch />
            {staff && (
              <Button size="small" icon={<LogoutOutlined />} onClick={() => void signOut()}>
                {staff.name} · {t('signOut')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {staff ? (
          children
        ) : (
          <Card style={{ maxWidth: 400, margin: '48px auto' }}>
            <SignInForm />
          </Card>
        )}
      </Layout.Content>
    </Layout>
  );
}
