import type { I18nResources } from '@careline/frontend-shared/first-screen';

/** Strings of the partner docs page (namespace `partnerDocs`), added when the page loads. */
export const partnerDocsResources: I18nResources = {
  partnerDocs: {
    'zh-CN': {
      title: '合作机构 API 开发文档',
      signIn: '员工登录',
      intro:
        '合作机构通过 GraphQL 读取本单位人员的数据。本页由网关的 supergraph 生成,列出 API 密钥能读到的全部字段;下方的查询工具只用你的密钥,只能看到密钥允许的内容。',
      staticPage: '无需登录的静态版本',
      schemaFile: '合作机构 schema(SDL)',
      key: { label: 'API 密钥', placeholder: 'clk_…', hint: '密钥只保存在本页内存中,不会存储或发送到网关以外的地方。' },
      explorer: { title: '查询工具', needKey: '请先输入 API 密钥', loading: '正在加载查询工具…' },
      scopes: { scope: '作用域', opens: '开放内容', fields: '字段' },
      errors: { title: '错误码', code: '错误码', http: 'HTTP', meaning: '含义' },
      examples: { title: '示例', setup: '先设置网关地址和密钥,然后原样运行:', js: 'JavaScript 客户端' },
      reference: { title: '字段参考', field: '字段', type: '类型', scope: '作用域', description: '说明', or: '或' },
    },
    en: {
      title: 'Partner API developer docs',
      signIn: 'Staff sign-in',
      intro:
        'Partner organisations read their own people’s data over GraphQL. This page is generated from the gateway’s supergraph and lists every field an API key can reach; the explorer below uses only your key and sees only what it may see.',
      staticPage: 'Static version, no sign-in',
      schemaFile: 'Partner schema (SDL)',
      key: {
        label: 'API key',
        placeholder: 'clk_…',
        hint: 'The key stays in this page’s memory only: it is not stored, and goes nowhere but the gateway.',
      },
      explorer: { title: 'Explorer', needKey: 'Enter your API key first', loading: 'Loading the explorer…' },
      scopes: { scope: 'Scope', opens: 'Opens', fields: 'Fields' },
      errors: { title: 'Error codes', code: 'Code', http: 'HTTP', meaning: 'Meaning' },
      examples: { title: 'Examples', setup: 'Export the gateway’s address and your key, then run as written:', js: 'JavaScript client' },
      reference: { title: 'Reference', field: 'Field', type: 'Type', scope: 'Scope', description: 'Description', or: 'or' },
    },
  },
};
