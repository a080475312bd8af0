import type { Bilingual } from './content.js';
import type { PartnerDocs } from './docs.js';
import type { PartnerField } from './partner-schema.js';

/** The rate limit in the page: the gateway puts the configured RATE_LIMIT_PER_API_KEY here when it serves the page. */
export const RATE_LIMIT_MARK = /<span data-rate-limit>\d+<\/span>/g;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** Prose: escaped, `code` in backticks, {rateLimit} marked for the gateway. */
const prose = (text: string, rateLimit: number) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\{rateLimit\}/g, `<span data-rate-limit>${rateLimit}</span>`);
const both = (text: Bilingual, rateLimit: number, tag = 'p') =>
  `<${tag} lang="zh-CN">${prose(text.zh, rateLimit)}</${tag}>\n<${tag} lang="en">${prose(text.en, rateLimit)}</${tag}>`;
const scopesOf = (f: PartnerField) => (f.scopes.length ? f.scopes.map((s) => `<code>${escape(s)}</code>`).join(' or ') : '');
const args = (f: PartnerField) =>
  f.args.length
    ? `<ul>${f.args
        .map(
          (a) =>
            `<li><code>${escape(a.name)}: ${escape(a.type)}${a.defaultValue !== null ? ` = ${escape(a.defaultValue)}` : ''}</code> ${escape(a.description ?? '')}</li>`,
        )
        .join('')}</ul>`
    : '';

const STYLE = `body{font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:0 auto;padding:24px;color:#1f2329}
h1{font-size:26px}h2{margin-top:40px;border-bottom:1px solid #e5e6eb;padding-bottom:4px}h3{margin-top:28px}
p[lang=en],li[lang=en]{color:#4e5969}code{background:#f2f3f5;padding:1px 4px;border-radius:3px;font-size:13px}
pre{background:#1f2329;color:#f2f3f5;padding:12px;border-radius:6px;overflow:auto}pre code{background:none;padding:0;color:inherit}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #e5e6eb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f7f8fa}td ul{margin:4px 0;padding-left:18px}nav a{margin-right:12px}`;

/** The static page the gateway serves at /partners: no script, no external resource. */
export function renderPartnerDocsHtml(docs: PartnerDocs): string {
  const rl = docs.rateLimitPerMinute;
  const fieldRows = (owner: string, fields: PartnerField[]) =>
    fields
      .map(
        (f) =>
          `<tr id="${escape(`${owner}.${f.name}`)}"><td><code>${escape(f.name)}</code></td><td><code>${escape(f.type)}</code></td><td>${scopesOf(f)}</td><td>${escape(f.description ?? '')}${args(f)}</td></tr>`,
      )
      .join('\n');
  const table = (owner: string, fields: PartnerField[]) =>
    `<table><thead><tr><th>field</th><th>type</th><th>scope</th><th>description</th></tr></thead><tbody>\n${fieldRows(owner, fields)}\n</tbody></table>`;
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Careline 合作机构 API 文档 · Partner API</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Careline 合作机构 API · Partner API</h1>
<p lang="zh-CN">合作机构(大客户单位)通过 GraphQL 读取本单位人员的数据。本页由网关的 supergraph 生成,列出你的 API 密钥能读到的全部字段。</p>
<p lang="en">Partner organisations read their own people’s data over GraphQL. This page is generated from the gateway’s supergraph and lists every field an API key can reach.</p>
<p>Schema (SDL): <a href="/partners/schema.graphql"><code>/partners/schema.graphql</code></a></p>
<nav>${docs.sections.map((s) => `<a href="#${s.id}">${escape(s.title.zh)}</a>`).join('')}<a href="#errors">错误码</a><a href="#examples">示例</a><a href="#reference">字段参考</a></nav>
${docs.sections
  .map(
    (s) => `<section id="${s.id}">
<h2>${escape(s.title.zh)} · ${escape(s.title.en)}</h2>
${s.paragraphs.map((p) => both(p, rl)).join('\n')}
${
  s.id === 'scopes'
    ? `<table><thead><tr><th>scope</th><th>opens</th><th>fields</th></tr></thead><tbody>
${docs.scopes
  .map(
    (sc) =>
      `<tr id="scope-${escape(sc.scope)}"><td><code>${escape(sc.scope)}</code></td><td>${both(sc.text, rl, 'div')}</td><td>${sc.opens.map((o) => `<code>${escape(o)}</code>`).join(' ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : ''
}
</section>`,
  )
  .join('\n')}
<section id="errors">
<h2>错误码 · Error codes</h2>
<p lang="en">Every error carries <code>extensions.code</code>; the message is for people, the code for programs.</p>
<table><thead><tr><th>code</th><th>HTTP</th><th>meaning</th></tr></thead><tbody>
${docs.errors.map((e) => `<tr id="error-${e.code}"><td><code>${e.code}</code></td><td>${escape(e.http)}</td><td>${both(e.meaning, rl, 'div')}</td></tr>`).join('\n')}
</tbody></table>
</section>
<section id="examples">
<h2>示例 · Examples</h2>
<p lang="zh-CN">先设置网关地址和密钥,然后原样运行下面的命令:</p>
<p lang="en">Export the gateway’s address and your key, then run the commands below as written:</p>
<pre><code>export CARELINE_GRAPHQL_URL=https://&lt;the hospital’s gateway&gt;/graphql
export CARELINE_API_KEY=clk_…</code></pre>
${docs.examples
  .map(
    (e) => `<h3 id="example-${e.id}">${escape(e.title.zh)} · ${escape(e.title.en)}</h3>
<pre data-example="curl" data-id="${e.id}"><code>${escape(e.curl)}</code></pre>`,
  )
  .join('\n')}
<h3 id="example-js">JavaScript</h3>
<p lang="zh-CN">一个完整的客户端:分页读取全部人员,遇到 429 按 Retry-After 等待重试,有错误即抛出。</p>
<p lang="en">A complete client: reads every page of your people, waits on 429 as Retry-After says, throws on any error.</p>
<pre data-example="js" data-id="partner-sync"><code>${escape(docs.jsClient)}</code></pre>
</section>
<section id="reference">
<h2>字段参考 · Reference</h2>
<h3 id="Query">Query</h3>
${table('Query', docs.queries)}
${docs.types
  .map(
    (t) => `<h3 id="${escape(t.name)}">${escape(t.name)} <small>${t.kind.toLowerCase().replace('_', ' ')}</small></h3>
<p>${escape(t.description ?? '')}</p>
${t.fields.length ? table(t.name, t.fields) : ''}${
      t.values.length
        ? `<ul>${t.values.map((v) => `<li><code>${escape(v.name)}</code> ${escape(v.description ?? '')}</li>`).join('')}</ul>`
        : ''
    }`,
  )
  .join('\n')}
</section>
</body>
</html>
`;
  return html;
}
