import type { I18nResources } from '@careline/frontend-shared';

/** Strings of the shell (namespace `shell`). */
export const shellResources: I18nResources = {
  shell: {
    'zh-CN': {
      nav: { home: '首页', kpi: '经营看板' },
      home: {
        title: '欢迎使用 Careline',
        description: '客服、会员与大客户管理：请从左侧导航进入各部门模块。',
        openKpi: '查看经营看板',
      },
      remote: {
        errorTitle: '“{{name}}”模块暂时无法加载',
        errorDescription: '该模块的服务器可能正在更新或不可用，其它功能不受影响。',
        names: { kpi: '经营看板' },
      },
      config: {
        errorTitle: '无法读取运行配置',
      },
      notFound: { title: '页面不存在', back: '返回首页' },
    },
    en: {
      nav: { home: 'Home', kpi: 'KPI dashboards' },
      home: {
        title: 'Welcome to Careline',
        description: 'Customer service, membership and key accounts: pick a department module on the left.',
        openKpi: 'Open KPI dashboards',
      },
      remote: {
        errorTitle: 'The "{{name}}" module cannot be loaded right now',
        errorDescription: 'Its server may be updating or unavailable; the rest of Careline keeps working.',
        names: { kpi: 'KPI dashboards' },
      },
      config: {
        errorTitle: 'Could not read the runtime configuration',
      },
      notFound: { title: 'Page not found', back: 'Back to home' },
    },
  },
};
