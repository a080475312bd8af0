/** Strings of 会员分析 (RFM and cohorts), merged into the `kpi` namespace by kpi-resources.ts. */
export const kpiMembersZh = {
  members: {
    title: '会员分析',
    subtitle: 'RFM 会员分群与入会月份留存（按医院时间，已退款的消费不计）',
    rfm: {
      title: 'RFM 会员分群',
      help: '近 365 天的消费：最近一次消费（R）、消费次数（F）、消费金额（M）各评 1–5 分，3 分及以上为高；12 个月未消费的会员单列。',
      errorTitle: 'RFM 分群加载失败',
      empty: '该日没有会员',
      segment: '分群',
      members: '会员数',
      share: '占比',
      spend: '消费金额',
      recency: '平均距上次消费',
      days: '{{days}} 天',
      frequency: '平均消费次数',
      averageSpend: '人均消费',
    },
    cohorts: {
      title: '会员留存（按入会月份）',
      help: '每行是当月入会的会员，每列是入会后的月份中有消费的会员占比（括号内为人数）。',
      errorTitle: '会员留存加载失败',
      empty: '所选月份没有入会的会员',
      cohort: '入会月份',
      members: '入会人数',
      joiningMonth: '当月',
      offset: '第 {{n}} 个月',
    },
  },
};

export const kpiMembersEn: typeof kpiMembersZh = {
  members: {
    title: 'Member analysis',
    subtitle: 'RFM segments and retention by joining month (hospital time; refunded consumptions excluded)',
    rfm: {
      title: 'RFM segments',
      help: 'Consumption in the last 365 days: recency (R), frequency (F) and monetary value (M) each scored 1–5, 3 or more is high; members with no consumption in 12 months are listed apart.',
      errorTitle: 'The RFM segments could not be loaded',
      empty: 'There were no members on that day',
      segment: 'Segment',
      members: 'Members',
      share: 'Share',
      spend: 'Spend',
      recency: 'Mean days since last consumption',
      days: '{{days}} days',
      frequency: 'Mean consumptions',
      averageSpend: 'Spend per member',
    },
    cohorts: {
      title: 'Retention by joining month',
      help: 'Each row is the members who joined in a month; each column the share of them who consumed in a month after joining (how many in brackets).',
      errorTitle: 'Retention could not be loaded',
      empty: 'No members joined in the months chosen',
      cohort: 'Joining month',
      members: 'Joined',
      joiningMonth: 'Joining month',
      offset: 'Month {{n}}',
    },
  },
};
