import { HomeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { LanguageSwitch, warmStyles } from '@careline/frontend-shared';
import { Button, Flex, Layout, Menu, Tooltip, Typography } from 'antd';

let release: (() => void) | undefined;

/**
 * The antd components the signed-in layout draws first (shell-layout.tsx, user-menu.tsx), drawn off
 * screen while someone types their password, so that the layout finds their styles computed
 * (`warmStyles`; docs/frontend-delivery.md). Keep the list in step with those two files.
 */
export function warmLayoutStyles(): void {
  release ??= warmStyles(
    <Layout>
      <Layout.Header>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4}>·</Typography.Title>
          <LanguageSwitch />
          <Flex vertical align="flex-end">
            <Typography.Text strong>
              <UserOutlined />
            </Typography.Text>
            <Typography.Text type="secondary">·</Typography.Text>
          </Flex>
          <Tooltip title="·">
            <Button icon={<LogoutOutlined />}>·</Button>
          </Tooltip>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
          <Menu mode="inline" selectedKeys={['/']} items={[{ key: '/', icon: <HomeOutlined />, label: '·' }]} />
        </Layout.Sider>
        <Layout.Content />
      </Layout>
    </Layout>,
  );
}

/** The real layout has drawn and now holds those styles itself: the off-screen copy goes. */
export function releaseLayoutStyles(): void {
  release?.();
  release = undefined;
}
