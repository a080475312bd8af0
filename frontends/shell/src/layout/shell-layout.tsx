import { DashboardOutlined, HomeOutlined } from '@ant-design/icons';
import { LanguageSwitch } from '@careline/frontend-shared';
import { Flex, Layout, Menu, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { productName } from '../app/product-name.js';

/** Top bar (product name, language), side navigation, and the routed page. */
export function ShellLayout() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const selected = pathname.startsWith('/kpi') ? '/kpi' : '/';
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
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            style={{ height: '100%', borderInlineEnd: 0, paddingTop: 8 }}
            data-testid="side-nav"
            items={[
              { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
              { key: '/kpi', icon: <DashboardOutlined />, label: t('nav.kpi') },
            ]}
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
