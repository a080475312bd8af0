import { PageLoading, warmStyles } from '@careline/frontend-shared';
import { Card, Col, DatePicker, Flex, Row, Segmented, Skeleton, Space, Statistic, Table, Tabs, Typography } from 'antd';

let release: (() => void) | undefined;

/**
 * The antd components the KPI remote's first page (新增客户, in its tabs) draws, drawn off screen
 * while someone types their password, so that the page finds their styles computed (`warmStyles`;
 * docs/frontend-delivery.md). Kept while the remote is on screen (its table and cards draw only
 * once the figures arrive). Keep the list in step with kpi-tabs.tsx and the new-customers components.
 */
export function warmKpiStyles(): void {
  release ??= warmStyles(
    <Tabs
      items={[
        {
          key: 'new-customers',
          label: '·',
          children: (
            <Space orientation="vertical">
              <Flex gap={12} wrap>
                <Typography.Title level={3}>·</Typography.Title>
                <Typography.Text type="secondary">·</Typography.Text>
                <DatePicker.RangePicker allowClear={false} />
                <Segmented options={['·']} />
              </Flex>
              <PageLoading />
              <Row gutter={[12, 12]}>
                <Col span={12}>
                  <Card size="small">
                    <Statistic value={0} />
                  </Card>
                </Col>
              </Row>
              <Card size="small" title="·">
                <Skeleton active />
              </Card>
              <Table size="small" pagination={false} dataSource={[]} columns={[{ key: '·', title: '·' }]} />
            </Space>
          ),
        },
      ]}
    />,
  );
}

/** The remote has left the screen: the off-screen copy goes too. */
export function releaseKpiStyles(): void {
  release?.();
  release = undefined;
}
