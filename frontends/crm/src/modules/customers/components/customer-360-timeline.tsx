import { formatFen, hospitalDayOf, QueryError, useDepartmentName, useHospitalTime } from '@careline/frontend-shared';
import { useApolloClient } from '@apollo/client/react';
import { Button, Checkbox, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { CrmPagesContext } from '../../../app/crm-pages-context.js';
import type {
  CrmCustomerMemberTimelineQuery,
  CrmCustomerTimelineQuery,
  CustomerTimelineKind,
  MemberTimelineKind,
} from '../../../gql/graphql';
import { CustomerMemberTimelineDocument, CustomerTimelineDocument } from '../graphql/customer-360.documents.js';

type CrmEntry = NonNullable<NonNullable<CrmCustomerTimelineQuery['customer']>['timeline']>['nodes'][number];
type MemberEntry = NonNullable<NonNullable<CrmCustomerMemberTimelineQuery['customer']>['memberTimeline']>['nodes'][number];
type Entry = ({ source: 'crm' } & CrmEntry) | ({ source: 'members' } & MemberEntry);
type Kind = CustomerTimelineKind | MemberTimelineKind;

const CRM_KINDS = [
  'CONSULTATION',
  'APPOINTMENT',
  'VISIT',
  'DEAL',
  'FOLLOW_UP',
  'COMPLAINT',
] as const satisfies readonly CustomerTimelineKind[];
const MEMBER_KINDS = ['CONSUMPTION', 'POINTS'] as const satisfies readonly MemberTimelineKind[];
const kindColors: Record<Kind, string> = {
  CONSULTATION: 'blue',
  APPOINTMENT: 'geekblue',
  VISIT: 'cyan',
  DEAL: 'green',
  FOLLOW_UP: 'orange',
  COMPLAINT: 'red',
  CONSUMPTION: 'gold',
  POINTS: 'purple',
};
const pageSize = 10;

/** One paged stream (crm's or members'): what is loaded, where it goes on, and whether it may be read at all. */
interface Stream<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  total: number;
  /** null: the caller may not read this source (its field answered FORBIDDEN) */
  readable: boolean;
}
const fresh = <T,>(): Stream<T> => ({ nodes: [], endCursor: null, hasNextPage: true, total: 0, readable: true });
const newest = (a: { at: string }, b: { at: string }) => Date.parse(b.at) - Date.parse(a.at);

/**
 * 客户时间线: crm's Customer.timeline and members' Customer.memberTimeline merged by time, newest
 * first. An entry is shown only once every stream that could still hold a newer one has been read
 * past it; 加载更多 reads the next page of the stream whose loaded part ends newest
 * (docs/customer-timeline.md).
 */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation('crm');
  const client = useApolloClient();
  const path = useCrmPath();
  const pages = useContext(CrmPagesContext);
  const hospitalTime = useHospitalTime();
  const departmentName = useDepartmentName();
  const [selected, setSelected] = useState<Kind[]>([]);
  const [crm, setCrm] = useState<Stream<CrmEntry>>(fresh);
  const [members, setMembers] = useState<Stream<MemberEntry>>(fresh);
  const [visibleKinds, setVisibleKinds] = useState<readonly CustomerTimelineKind[]>(CRM_KINDS);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | undefined>();

  const crmKinds = selected.filter((kind): kind is CustomerTimelineKind => (CRM_KINDS as readonly string[]).includes(kind));
  const memberKinds = selected.filter((kind): kind is MemberTimelineKind => (MEMBER_KINDS as readonly string[]).includes(kind));
  const crmWanted = selected.length === 0 || crmKinds.length > 0;
  const membersWanted = selected.length === 0 || memberKinds.length > 0;

  const readCrm = useCallback(
    async (stream: Stream<CrmEntry>): Promise<Stream<CrmEntry>> => {
      const { data } = await client.query({
        query: CustomerTimelineDocument,
        variables: { id: customerId, first: pageSize, after: stream.endCursor, kinds: crmKinds.length > 0 ? crmKinds : null },
        fetchPolicy: 'network-only',
        errorPolicy: 'all',
      });
      const page = data?.customer?.timeline;
      if (!page) return { ...stream, hasNextPage: false, readable: false };
      setVisibleKinds(page.visibleKinds);
      return {
        nodes: [...stream.nodes, ...page.nodes],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
        total: page.totalCount,
        readable: true,
      };
    },
    [client, customerId, selected],
  );
  const readMembers = useCallback(
    async (stream: Stream<MemberEntry>): Promise<Stream<MemberEntry>> => {
      const { data } = await client.query({
        query: CustomerMemberTimelineDocument,
        variables: { id: customerId, first: pageSize, after: stream.endCursor, kinds: memberKinds.length > 0 ? memberKinds : null },
        fetchPolicy: 'network-only',
        errorPolicy: 'all',
      });
      const page = data?.customer?.memberTimeline;
      if (!page) return { ...stream, hasNextPage: false, readable: false };
      return {
        nodes: [...stream.nodes, ...page.nodes],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
        total: page.totalCount,
        readable: true,
      };
    },
    [client, customerId, selected],
  );

  // the first page of each wanted stream, again whenever the customer or the kinds change
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    const none = <T,>(): Stream<T> => ({ ...fresh<T>(), hasNextPage: false });
    Promise.all([crmWanted ? readCrm(fresh()) : none<CrmEntry>(), membersWanted ? readMembers(fresh()) : none<MemberEntry>()])
      .then(([c, m]) => {
        if (!current) return;
        setCrm(c);
        setMembers(m);
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [customerId, selected, readCrm, readMembers]);

  // an entry is final once no stream with more pages could still hold a newer one
  const cutoff = useMemo(() => {
    const ends = [crm, members].filter((s) => s.hasNextPage && s.nodes.length > 0).map((s) => Date.parse(s.nodes.at(-1)!.at));
    return ends.length > 0 ? Math.max(...ends) : -Infinity;
  }, [crm, members]);
  const entries: Entry[] = useMemo(
    () =>
      [
        ...crm.nodes.map((node) => ({ source: 'crm' as const, ...node })),
        ...members.nodes.map((node) => ({ source: 'members' as const, ...node })),
      ]
        .sort(newest)
        .filter((entry) => Date.parse(entry.at) >= cutoff),
    [crm, members, cutoff],
  );
  const hasMore = crm.hasNextPage || members.hasNextPage;

  const loadMore = async () => {
    setLoading(true);
    try {
      // the stream whose loaded part ends newest holds what comes next
      const crmEnd = crm.hasNextPage ? Date.parse(crm.nodes.at(-1)?.at ?? '9999-12-31') : -Infinity;
      const membersEnd = members.hasNextPage ? Date.parse(members.nodes.at(-1)?.at ?? '9999-12-31') : -Infinity;
      if (crmEnd >= membersEnd) setCrm(await readCrm(crm));
      else setMembers(await readMembers(members));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setLoading(false);
    }
  };

  const kindOptions = [...CRM_KINDS.filter((kind) => visibleKinds.includes(kind)), ...(members.readable ? MEMBER_KINDS : [])].map(
    (kind) => ({
      value: kind,
      label: t(`timeline.kinds.${kind}`),
    }),
  );

  const line = (entry: Entry): string => {
    const amount = formatFen(entry.amountFen);
    if (entry.source === 'members') {
      if (entry.kind === 'CONSUMPTION')
        return t('timeline.line.CONSUMPTION', {
          amount,
          source: t(`timeline.consumptionSources.${entry.code}`, { defaultValue: '—' }),
          status: t(`timeline.consumptionStatus.${entry.status ?? 'RECORDED'}`, { defaultValue: '—' }),
          points: entry.points,
        });
      return t('timeline.line.POINTS', {
        kind: t(`timeline.pointsKinds.${entry.code}`, { defaultValue: '—' }),
        points: entry.points > 0 ? `+${entry.points}` : String(entry.points),
        balance: entry.balanceAfter ?? '—',
      });
    }
    const department = departmentName(entry.departmentCode);
    const text = (() => {
      switch (entry.kind) {
        case 'CONSULTATION':
          return t('timeline.line.CONSULTATION', {
            channel: t(`channels.${entry.status}`, { defaultValue: '—' }),
            outcome: t(`outcomes.${entry.code}`, { defaultValue: '—' }),
          });
        case 'APPOINTMENT':
          return t('timeline.line.APPOINTMENT', {
            type: t(`visitTypes.${entry.code}`, { defaultValue: '—' }),
            department,
            status: t(`appointmentStatus.${entry.status}`, { defaultValue: '—' }),
          });
        case 'VISIT':
          return (
            t('timeline.line.VISIT', {
              type: t(`visitTypes.${entry.code}`, { defaultValue: '—' }),
              department,
              status: t(`timeline.visitStatus.${entry.status}`, { defaultValue: '—' }),
            }) + (entry.amountFen !== null && entry.amountFen !== undefined ? ` ${amount}` : '')
          );
        case 'DEAL':
          return t('timeline.line.DEAL', { amount });
        case 'FOLLOW_UP':
          return t('timeline.line.FOLLOW_UP', {
            type: t(`followUpTypes.${entry.code}`, { defaultValue: '—' }),
            status: t(`followUpStatus.${entry.status}`, { defaultValue: '—' }),
          });
        case 'COMPLAINT':
          return t('timeline.line.COMPLAINT', {
            category: t(`complaintCategories.${entry.code}`, { defaultValue: '—' }),
            status: t(`complaintStatus.${entry.status}`, { defaultValue: '—' }),
          });
      }
    })();
    return entry.staff ? `${text}（${t('timeline.by', { name: entry.staff.name })}）` : text;
  };

  /** the record's own screen, when the caller may open it */
  const linkOf = (entry: Entry): string | null => {
    if (entry.source === 'members') {
      if (!entry.membershipId) return null;
      return `/members/member/${entry.membershipId}?tab=${entry.kind === 'CONSUMPTION' ? 'consumptions' : 'points'}`;
    }
    const screen = {
      CONSULTATION: `customers/${customerId}?tab=consultations`,
      APPOINTMENT: pages.includes('appointments') ? `appointments?day=${hospitalDayOf(entry.at)}&appointment=${entry.recordId}` : null,
      VISIT: `customers/${customerId}?tab=visits`,
      DEAL: `customers/${customerId}?tab=visits`,
      FOLLOW_UP: pages.includes('follow-ups') ? `follow-ups?customer=${customerId}` : null,
      COMPLAINT: pages.includes('complaints') ? `complaints?complaint=${entry.recordId}` : null,
    }[entry.kind];
    return screen ? path(screen) : null;
  };

  const columns: ColumnsType<Entry> = [
    { title: t('timeline.at'), dataIndex: 'at', width: 170, render: (value: string) => hospitalTime(value) },
    {
      title: t('timeline.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: Kind) => <Tag color={kindColors[kind]}>{t(`timeline.kinds.${kind}`)}</Tag>,
    },
    { title: t('timeline.summary'), key: 'summary', render: (_: unknown, entry) => line(entry) },
    {
      title: '',
      key: 'open',
      width: 70,
      render: (_: unknown, entry) => {
        const to = linkOf(entry);
        return to ? (
          <Link to={to} data-testid={`crm-360-timeline-open-${entry.kind}`}>
            {t('timeline.open')}
          </Link>
        ) : null;
      },
    },
  ];

  const total = crm.total + members.total;
  return (
    <Flex vertical gap={12} data-testid="crm-360-timeline">
      <Checkbox.Group
        options={kindOptions}
        value={selected}
        onChange={(values) => setSelected(values)}
        data-testid="crm-360-timeline-kinds"
      />
      {error && entries.length === 0 ? (
        <QueryError
          error={error}
          title={t('timeline.errorTitle')}
          onRetry={() => setSelected([...selected])}
          testId="crm-360-timeline-error"
        />
      ) : !loading && entries.length === 0 && !hasMore ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} data-testid="crm-360-timeline-empty" />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={entries}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-360-timeline-table"
        />
      )}
      <Flex align="center" gap={12}>
        {hasMore && (
          <Button onClick={() => void loadMore()} loading={loading} data-testid="crm-360-timeline-more">
            {t('timeline.loadMore')}
          </Button>
        )}
        <Typography.Text type="secondary">{t('timeline.shown', { shown: entries.length, total })}</Typography.Text>
      </Flex>
    </Flex>
  );
}
