/** Strings of the shared UI helpers (namespace `common`). */
export const commonResources = {
  'zh-CN': {
    loading: '加载中…',
    empty: '暂无数据',
    errorTitle: '加载失败',
    errorDescription: '请稍后重试；如果问题持续，请联系系统管理员。',
    retry: '重试',
    language: '语言',
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    errorTitle: 'Failed to load',
    errorDescription: 'Please try again; if the problem persists, contact your administrator.',
    retry: 'Retry',
    language: 'Language',
  },
} as const;
