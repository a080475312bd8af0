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
    },
  },
};
