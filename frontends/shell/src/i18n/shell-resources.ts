import type { I18nResources } from '@careline/frontend-shared';

/** Strings of the shell (namespace `shell`). */
export const shellResources: I18nResources = {
  shell: {
    'zh-CN': {
      nav: { home: '首页', kpi: '经营看板', crm: '客户服务', members: '会员中心', admin: '系统管理' },
      home: {
        title: '欢迎使用 Careline，{{name}}',
        description: '客服、会员与大客户管理：请从左侧导航进入各模块。',
        open: { kpi: '查看经营看板', crm: '进入客户服务', members: '进入会员中心', admin: '进入系统管理' },
        moduleArriving: {
          title: '您所在部门的工作模块即将上线',
          description: '客服、会员等部门的日常工作功能将在后续版本中陆续开放，届时会出现在左侧导航中。',
        },
      },
      remote: {
        errorTitle: '“{{name}}”模块暂时无法加载',
        errorDescription: '该模块的服务器可能正在更新或不可用，其它功能不受影响。',
        names: { kpi: '经营看板', crm: '客户服务', members: '会员中心', admin: '系统管理' },
      },
      config: {
        errorTitle: '无法读取运行配置',
      },
      notFound: { title: '页面不存在', back: '返回首页' },
      notifications: {
        title: '通知',
        empty: '暂无通知',
        error: '无法读取通知',
        total: '共 {{count}} 条',
        markRead: '标为已读',
        markAll: '全部标为已读',
        unknownDepartment: '其他部门',
        kinds: {
          COMPLAINT_EMERGENCY: { title: '投诉紧急升级', body: '一起{{severity}}投诉已紧急升级，通知部门：{{departments}}。请立即处理。' },
          COMPLAINT_ANNOUNCED: { title: '投诉处理通报', body: '投诉责任认定已通报全院：责任部门为{{department}}。' },
          KEY_ACCOUNT_RISK: { title: '大客户风险预警', body: '一个大客户的风险等级由{{previousLevel}}升至{{level}}（风险分 {{score}}）。' },
          COMPLAINT_OVERDUE: { title: '投诉处理超时', body: '一起{{severity}}投诉在“{{stage}}”阶段超时，已升级至{{escalatedTo}}。' },
          APPROVAL_WAITING: { title: '待审批', body: '{{subject}}等待{{awaiting}}审批。' },
          FOLLOW_UP_OVERDUE: { title: '回访逾期', body: '一项{{followUpType}}已过应回访日期（{{dueDate}}），请尽快完成。' },
        },
        codes: {
          severity: { LOW: '轻微', MEDIUM: '一般', HIGH: '严重', CRITICAL: '特别严重' },
          risk: { NONE: '未评估', LOW: '低', MEDIUM: '中', HIGH: '高', CRITICAL: '极高' },
          stage: {
            RECEIVED: '已受理',
            ONSITE: '现场处理中',
            ESCALATED: '已升级至客服',
            CONFERENCE: '会诊中',
            RESOLUTION_PROPOSED: '处理方案待批',
            DIRECTOR_APPROVED: '院长已批准',
            FINANCE_CONFIRMED: '财务已确认',
          },
          owner: {
            ONSITE: '现场咨询',
            CUSTOMER_SERVICE: '客服部',
            CS_MANAGER: '客服经理',
            DIRECTOR: '院长',
            FINANCE: '财务',
            MEMBER_CENTRE: '会员中心',
          },
          followUpType: {
            POST_TREATMENT: '术后回访',
            UNCONVERTED: '未成交回访',
            NEXT_DAY: '次日回访',
            SATISFACTION: '满意度回访',
            REVISIT_REMINDER: '复诊提醒',
            DISCHARGE: '出院回访',
          },
          subject: {
            COMPLAINT_RESOLUTION: '一项投诉退款/补偿方案',
            COMPLAINT_REFUND: '一项已批准的投诉退款/补偿',
            REMEDY: '一项投诉补救措施',
            POINTS_ADJUSTMENT: '一项积分调整',
          },
        },
      },
    },
    en: {
      nav: { home: 'Home', kpi: 'KPI dashboards', crm: 'Customer service', members: 'Member centre', admin: 'Admin' },
      home: {
        title: 'Welcome to Careline, {{name}}',
        description: 'Customer service, membership and key accounts: pick a module on the left.',
        open: { kpi: 'Open KPI dashboards', crm: 'Open customer service', members: 'Open the member centre', admin: 'Open admin' },
        moduleArriving: {
          title: "Your department's module arrives soon",
          description:
            'The day-to-day tools of customer service, the member centre and the other departments come in later releases; they will appear in the navigation on the left.',
        },
      },
      remote: {
        errorTitle: 'The "{{name}}" module cannot be loaded right now',
        errorDescription: 'Its server may be updating or unavailable; the rest of Careline keeps working.',
        names: { kpi: 'KPI dashboards', crm: 'Customer service', members: 'Member centre', admin: 'Admin' },
      },
      config: {
        errorTitle: 'Could not read the runtime configuration',
      },
      notFound: { title: 'Page not found', back: 'Back to home' },
      notifications: {
        title: 'Notifications',
        empty: 'No notifications',
        error: 'Could not read your notifications',
        total: '{{count}} in all',
        markRead: 'Mark read',
        markAll: 'Mark all read',
        unknownDepartment: 'another department',
        kinds: {
          COMPLAINT_EMERGENCY: {
            title: 'Complaint emergency',
            body: 'A {{severity}} complaint was escalated as an emergency; departments told: {{departments}}. Please act now.',
          },
          COMPLAINT_ANNOUNCED: {
            title: 'Complaint decision announced',
            body: 'A complaint responsibility decision was announced hospital-wide: responsible department {{department}}.',
          },
          KEY_ACCOUNT_RISK: {
            title: 'Key account risk warning',
            body: "A key account's risk level rose from {{previousLevel}} to {{level}} (risk score {{score}}).",
          },
          COMPLAINT_OVERDUE: {
            title: 'Complaint overdue',
            body: 'A {{severity}} complaint ran past its time limit at "{{stage}}" and was escalated to {{escalatedTo}}.',
          },
          APPROVAL_WAITING: { title: 'Waiting for approval', body: '{{subject}} waits for approval by {{awaiting}}.' },
          FOLLOW_UP_OVERDUE: { title: 'Follow-up overdue', body: 'A {{followUpType}} follow-up was due on {{dueDate}} and is still open.' },
        },
        codes: {
          severity: { LOW: 'minor', MEDIUM: 'moderate', HIGH: 'serious', CRITICAL: 'critical' },
          risk: { NONE: 'not assessed', LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' },
          stage: {
            RECEIVED: 'received',
            ONSITE: 'on site',
            ESCALATED: 'escalated to customer service',
            CONFERENCE: 'case conference',
            RESOLUTION_PROPOSED: 'resolution proposed',
            DIRECTOR_APPROVED: 'approved by the director',
            FINANCE_CONFIRMED: 'confirmed by finance',
          },
          owner: {
            ONSITE: 'on-site consultants',
            CUSTOMER_SERVICE: 'customer service',
            CS_MANAGER: 'the customer-service manager',
            DIRECTOR: 'the director',
            FINANCE: 'finance',
            MEMBER_CENTRE: 'the member centre',
          },
          followUpType: {
            POST_TREATMENT: 'post-treatment',
            UNCONVERTED: 'unconverted',
            NEXT_DAY: 'next-day',
            SATISFACTION: 'satisfaction',
            REVISIT_REMINDER: 'revisit reminder',
            DISCHARGE: 'discharge',
          },
          subject: {
            COMPLAINT_RESOLUTION: "A complaint's refund or compensation",
            COMPLAINT_REFUND: 'An approved complaint refund or compensation',
            REMEDY: 'A complaint remedy',
            POINTS_ADJUSTMENT: 'A points adjustment',
          },
        },
      },
    },
  },
};
