import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { QueryError, useHospitalTime, useLanguage, type SessionStore } from '@careline/frontend-shared';
import { Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MyNotificationsQuery } from '../gql/graphql';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from './notification.documents.js';
import { useNotificationStream } from './use-notification-stream.js';

type Notification = NonNullable<MyNotificationsQuery['myNotifications']>['nodes'][number];
type Departments = MyNotificationsQuery['departments'];

/** the newest this many are listed in the dropdown */
const LISTED = 20;

/** The message values of a notification, translated: codes become words, department codes their names. */
function useMessageValues(departments: Departments) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const departmentName = (code: string) => {
    const found = departments?.find((d) => d.code === code);
    return found ? (language === 'en' ? found.nameEn : found.name) : t('notifications.unknownDepartment');
  };
  return (notification: Notification): Record<string, string> => {
    const raw = Object.fromEntries(notification.params.map((p) => [p.name, p.value]));
    const word = (group: string, code: string | undefined) =>
      code ? t(`notifications.codes.${group}.${code}`, { defaultValue: '—' }) : '—';
    return {
      severity: word('severity', raw['severity']),
      departments: (raw['departments'] ?? '')
        .split(',')
        .filter(Boolean)
        .map(departmentName)
        .join(language === 'en' ? ', ' : '、'),
      department: raw['department'] ? departmentName(raw['department']) : '—',
      stage: word('stage', raw['stage']),
      escalatedTo: word('owner', raw['escalatedTo']),
      level: word('risk', raw['level']),
      previousLevel: word('risk', raw['previousLevel'] || 'NONE'),
      score: raw['score'] ?? '—',
      subject: word('subject', raw['subject']),
      awaiting: word('owner', raw['awaiting']),
      followUpType: word('followUpType', raw['followUpType']),
      // a hospital-calendar day (YYYY-MM-DD), shown as it is
      dueDate: raw['dueDate'] ?? '—',
    };
  };
}

function NotificationList({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const formatTime = useHospitalTime();
  // mounted each time the dropdown opens (destroyOnHidden), so it is read fresh then
  const { data, loading, error, refetch } = useQuery(MyNotificationsDocument, {
    variables: { first: LISTED, unreadOnly: false },
    fetchPolicy: 'network-only',
  });
  const refreshCount = { refetchQueries: [UnreadNotificationCountDocument] };
  const [markRead] = useMutation(MarkNotificationReadDocument, refreshCount);
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, refreshCount);
  const valuesOf = useMessageValues(data?.departments ?? null);
  if (error)
    return <QueryError error={error} title={t('notifications.error')} testId="notifications-error" onRetry={() => void refetch()} />;
  if (loading || !data) return <Spin data-testid="notifications-loading" style={{ display: 'block', padding: 24 }} />;
  const nodes = data.myNotifications?.nodes ?? [];
  if (!nodes.length) return <Empty data-testid="notifications-empty" description={t('notifications.empty')} />;
  const open = async (n: Notification) => {
    if (!n.readAt) await markRead({ variables: { id: n.id } });
    onDone();
    void navigate(n.link);
  };
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('notifications.total', { count: data.myNotifications?.totalCount ?? 0 })}</Typography.Text>
        <Button
          size="small"
          data-testid="notifications-mark-all"
          loading={markingAll.loading}
          onClick={() => void markAll().then(() => refetch())}
        >
          {t('notifications.markAll')}
        </Button>
      </Flex>
      <List
        data-testid="notifications-list"
        dataSource={nodes}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(n) => (
          <List.Item
            data-testid="notification-item"
            data-unread={n.readAt ? 'false' : 'true'}
            actions={
              n.readAt
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      data-testid="notification-mark-read"
                      onClick={() => void markRead({ variables: { id: n.id } })}
                    >
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Typography.Link strong={!n.readAt} onClick={() => void open(n)} data-testid="notification-open">
                  {t(`notifications.kinds.${n.kind}.title`)}
                </Typography.Link>
              }
              description={
                <Flex vertical>
                  <Typography.Text>{t(`notifications.kinds.${n.kind}.body`, valuesOf(n))}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(n.createdAt)}
                  </Typography.Text>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
    </Flex>
  );
}

/**
 * The header's bell: the reader's unread count, kept current by the gateway's event stream, and a
 * dropdown of their notifications (newest first) to read them and open the record.
 */
export function NotificationBell({ streamUrl, session }: { streamUrl: string; session: SessionStore }) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  // the stream says the count or the newest notification changed: ask again, so the badge and an open
  // list agree. The newest id counts too: one read and another arriving leave the count where it was.
  const newest = useRef<string | null | undefined>(undefined);
  useNotificationStream(streamUrl, session, ({ unread, latest }) => {
    const arrived = newest.current !== undefined && latest !== newest.current;
    newest.current = latest;
    if (arrived || unread !== data?.unreadNotificationCount)
      void client.refetchQueries({ include: [UnreadNotificationCountDocument, MyNotificationsDocument] });
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
      title={t('notifications.title')}
      content={
        <div style={{ width: 380 }} data-testid="notifications-panel">
          <NotificationList onDone={() => setOpen(false)} />
        </div>
      }
    >
      <Badge count={unread} size="small" data-testid="notification-badge">
        <Button shape="circle" icon={<BellOutlined />} aria-label={t('notifications.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
