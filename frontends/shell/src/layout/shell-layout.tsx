import { CustomerServiceOutlined, DashboardOutlined, HomeOutlined, IdcardOutlined, SettingOutlined } from '@ant-design/icons';
import { LanguageSwitch, type SessionStore } from '@careline/frontend-shared';
import { Flex, Layout, Menu, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { productName } from '../app/product-name.js';
import { findNavigationItem } from '../navigation/find-navigation-item.js';
import type { NavigationItem } from '../navigation/navigation-item.js';
import { useNavigation } from '../navigation/use-navigation.js';
import { NotificationBell } from '../notifications/notification-bell.js';
import { UserMenu } from './user-menu.js';

const icons: Record<NavigationItem['key'], ReactNode> = {
  home: <HomeOutlined />,
  kpi: <DashboardOutlined />,
  crm: <CustomerServiceOutlined />,
  members: <IdcardOutlined />,
  admin: <SettingOutlined />,
};

/**
 * Top bar (product name, language, notifications, who is signed in), the role's side navigation, and
 * the routed page. `notificationStreamUrl` is the gateway's event stream for the bell (docs/notifications.md).
 */
export function ShellLayout({ notificationStreamUrl, session }: { notificationStreamUrl: string; session: SessionStore }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const navigation = useNavigation();
  const selected = findNavigationItem(navigation, pathname)?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 24,
        }}
      >
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0, color: token.colorPrimary }} data-testid="product-name">
            {productName}
          </Typography.Title>
          <Flex align="center" gap={24}>
            <LanguageSwitch />
            <NotificationBell streamUrl={notificationStreamUrl} session={session} />
            <UserMenu />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            style={{ height: '100%', borderInlineEnd: 0, paddingTop: 8 }}
            data-testid="side-nav"
            items={navigation.map((item) => ({
              key: item.path,
              icon: icons[item.key],
              label: t(`nav.${item.key}`),
              // rc-menu passes unknown props on to the <li>; its types just do not list data-* attributes
              ...({ 'data-testid': item.testId } as object),
            }))}
            onClick={({ key }) => void navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
