import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';

/**
 * A remote's pages as tabs under its title, one per route (`../<key>`, the route parameter `param`),
 * so a tab can be bookmarked: the tab the route names, or the first of `keys` when it names none the
 * caller may open. Only the open tab's page is drawn. Test ids: `<testId>-tabs`, `<testId>-tab-<key>`.
 */
export function RouteTabs<Key extends string>({
  keys,
  param,
  title,
  label,
  render,
  testId,
}: {
  keys: readonly Key[];
  param: string;
  title: ReactNode;
  label: (key: Key) => ReactNode;
  render: (key: Key) => ReactNode;
  testId: string;
}) {
  const named = useParams()[param];
  const navigate = useNavigate();
  const current = keys.find((key) => key === named);
  if (!current) return <Navigate to={`../${keys[0]}`} replace />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Tabs
        activeKey={current}
        destroyOnHidden
        onChange={(key) => void navigate(`../${key}`)}
        data-testid={`${testId}-tabs`}
        items={keys.map((key) => ({
          key,
          label: <span data-testid={`${testId}-tab-${key}`}>{label(key)}</span>,
          children: key === current ? render(key) : null,
        }))}
      />
    </>
  );
}
