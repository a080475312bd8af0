/** Strings of the shared UI helpers (namespace `common`). */
export const commonResources = {
  'zh-CN': {
    loading: '加载中…',
    empty: '暂无数据',
    errorTitle: '加载失败',
    errorDescription: '请稍后重试；如果问题持续，请联系系统管理员。',
    retry: '重试',
    language: '语言',
    forbidden: '您的角色无权查看此内容',
    pager: { summary: '共 {{total}} 条 · 第 {{page}} / {{pages}} 页', previous: '上一页', next: '下一页' },
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    errorTitle: 'Failed to load',
    errorDescription: 'Please try again; if the problem persists, contact your administrator.',
    retry: 'Retry',
    language: 'Language',
    forbidden: 'Your role may not see this',
    pager: { summary: '{{total}} in all · page {{page}} of {{pages}}', previous: 'Previous', next: 'Next' },
  },
} as const;
