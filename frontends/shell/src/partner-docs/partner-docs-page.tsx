import { AppConfigProvider } from '@careline/frontend-shared';
import { initI18n, LanguageSwitch, PageLoading } from '@careline/frontend-shared/first-screen';
import { Collapse, Flex, Input, Table, Typography, theme } from 'antd';
import { Fragment, Suspense, lazy, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerDocs, type Bilingual, type PartnerDocField } from './partner-docs-data.js';
import { partnerDocsResources } from './partner-docs-resources.js';

initI18n(partnerDocsResources);

// GraphiQL (and CodeMirror) load only when this page draws the explorer, never with the sign-in page
const PartnerExplorer = lazy(() => import('./partner-explorer.js'));

/** Prose with `code` in backticks, the rate limit filled in. */
function Prose({ text }: { text: string }) {
  const parts = text.replace(/\{rateLimit\}/g, String(partnerDocs.rateLimitPerMinute)).split('`');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? <Typography.Text code>{part}</Typography.Text> : part}</Fragment>
      ))}
    </>
  );
}

function Code({ children, testId }: { children: string; testId?: string }) {
  return (
    <pre
      data-testid={testId}
      style={{ background: '#1f2329', color: '#f2f3f5', padding: 12, borderRadius: 6, overflow: 'auto', fontSize: 13 }}
    >
      <code>{children}</code>
    </pre>
  );
}

const fieldColumns = (t: (key: string) => string) => [
  { title: t('reference.field'), dataIndex: 'name', render: (name: string) => <Typography.Text code>{name}</Typography.Text> },
  { title: t('reference.type'), dataIndex: 'type', render: (type: string) => <Typography.Text code>{type}</Typography.Text> },
  { title: t('reference.scope'), dataIndex: 'scopes', render: (scopes: string[]) => scopes.join(` ${t('reference.or')} `) },
  {
    title: t('reference.description'),
    key: 'description',
    render: (_: unknown, f: PartnerDocField) => (
      <>
        {f.description}
        {f.args.length > 0 && (
          <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
            {f.args.map((a) => (
              <li key={a.name}>
                <Typography.Text code>
                  {a.name}: {a.type}
                  {a.defaultValue !== null ? ` = ${a.defaultValue}` : ''}
                </Typography.Text>{' '}
                {a.description}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  },
];

/**
 * The partner developer docs in the portal (docs/partner-api.md): open to everyone at /partner-docs,
 * drawn from the generated docs data, with an explorer that sends the partner's API key and nothing
 * else, so it sees what that key may see. The gateway serves the same docs without a script at /partners.
 * Exposed by the shell_app container (vite.app.config.ts), which has its own antd: configured here.
 */
export function PartnerDocsPage({ graphqlUrl }: { graphqlUrl: string }) {
  return (
    <AppConfigProvider>
      <PartnerDocs graphqlUrl={graphqlUrl} />
    </AppConfigProvider>
  );
}

function PartnerDocs({ graphqlUrl }: { graphqlUrl: string }) {
  const { t, i18n } = useTranslation('partnerDocs');
  const { token } = theme.useToken();
  const [apiKey, setApiKey] = useState('');
  const say = (text: Bilingual) => (i18n.language === 'en' ? text.en : text.zh);
  const gatewayOrigin = new URL(graphqlUrl, window.location.href).origin;
  const section = (id: string, title: ReactNode, body: ReactNode) => (
    <section id={id} key={id}>
      <Typography.Title level={3}>{title}</Typography.Title>
      {body}
    </section>
  );
  return (
    <div style={{ background: token.colorBgLayout, minHeight: '100vh' }} data-testid="partner-docs-page">
      <div style={{ maxWidth: 1080, margin: '0 auto', padding: 24 }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Flex gap={12} align="center">
            <a href="/login">{t('signIn')}</a>
            <LanguageSwitch />
          </Flex>
        </Flex>
        <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
        <Typography.Paragraph>
          <a href={`${gatewayOrigin}/partners`}>{t('staticPage')}</a> ·{' '}
          <a href={`${gatewayOrigin}/partners/schema.graphql`}>{t('schemaFile')}</a>
        </Typography.Paragraph>

        {section(
          'explorer',
          t('explorer.title'),
          <>
            <Flex vertical gap={4} style={{ maxWidth: 480, marginBottom: 12 }}>
              <label htmlFor="partner-api-key">{t('key.label')}</label>
              <Input.Password
                id="partner-api-key"
                data-testid="partner-api-key"
                autoComplete="off"
                placeholder={t('key.placeholder')}
                value={apiKey}
                onChange={(e) => setApiKey(e.target.value.trim())}
              />
              <Typography.Text type="secondary">{t('key.hint')}</Typography.Text>
            </Flex>
            <Suspense fallback={<PageLoading testId="partner-explorer-loading" />}>
              <PartnerExplorer graphqlUrl={graphqlUrl} apiKey={apiKey} needKey={t('explorer.needKey')} />
            </Suspense>
          </>,
        )}

        {partnerDocs.sections.map((s) =>
          section(
            s.id,
            say(s.title),
            <>
              {s.paragraphs.map((p, i) => (
                <Typography.Paragraph key={i}>
                  <Prose text={say(p)} />
                </Typography.Paragraph>
              ))}
              {s.id === 'scopes' && (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="scope"
                  dataSource={partnerDocs.scopes}
                  columns={[
                    { title: t('scopes.scope'), dataIndex: 'scope', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                    { title: t('scopes.opens'), key: 'text', render: (_: unknown, r) => say(r.text) },
                    { title: t('scopes.fields'), dataIndex: 'opens', render: (v: string[]) => v.join(', ') },
                  ]}
                />
              )}
            </>,
          ),
        )}

        {section(
          'errors',
          t('errors.title'),
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={partnerDocs.errors}
            columns={[
              { title: t('errors.code'), dataIndex: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
              { title: t('errors.http'), dataIndex: 'http' },
              { title: t('errors.meaning'), key: 'meaning', render: (_: unknown, r) => say(r.meaning) },
            ]}
          />,
        )}

        {section(
          'examples',
          t('examples.title'),
          <>
            <Typography.Paragraph>{t('examples.setup')}</Typography.Paragraph>
            <Code>{`export CARELINE_GRAPHQL_URL=${gatewayOrigin}/graphql\nexport CARELINE_API_KEY=clk_…`}</Code>
            {partnerDocs.examples.map((e) => (
              <Fragment key={e.id}>
                <Typography.Title level={5}>{say(e.title)}</Typography.Title>
                <Code testId={`example-${e.id}`}>{e.curl}</Code>
              </Fragment>
            ))}
            <Typography.Title level={5}>{t('examples.js')}</Typography.Title>
            <Code testId="example-js">{partnerDocs.jsClient}</Code>
          </>,
        )}

        {section(
          'reference',
          t('reference.title'),
          <Collapse
            size="small"
            items={[
              {
                key: 'Query',
                label: 'Query',
                children: (
                  <Table size="small" pagination={false} rowKey="name" dataSource={partnerDocs.queries} columns={fieldColumns(t)} />
                ),
              },
              ...partnerDocs.types.map((type) => ({
                key: type.name,
                label: (
                  <>
                    <Typography.Text strong>{type.name}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{type.description}</Typography.Text>
                  </>
                ),
                children:
                  type.fields.length > 0 ? (
                    <Table size="small" pagination={false} rowKey="name" dataSource={type.fields} columns={fieldColumns(t)} />
                  ) : (
                    <ul>
                      {type.values.map((v) => (
                        <li key={v.name}>
                          <Typography.Text code>{v.name}</Typography.Text> {v.description}
                        </li>
                      ))}
                    </ul>
                  ),
              })),
            ]}
          />,
        )}
      </div>
    </div>
  );
}
