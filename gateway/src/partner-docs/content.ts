/**
 * The hand-written part of the partner docs: prose, scopes, error codes and the examples. The
 * reference (queries, types, fields, descriptions) is generated from the supergraph and the
 * subgraphs' partner-access files (partner-schema.ts); `pnpm compose` puts both together.
 * Every example is validated against the partner schema when the docs are generated, and
 * test/system/partner-docs.spec.ts runs them as written against a running system.
 */

/** Text in the portal's two languages (zh-CN first). */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface DocSection {
  id: string;
  title: Bilingual;
  /** paragraphs; `code` in backticks */
  paragraphs: Bilingual[];
}

/** What each scope opens, in words (the fields it opens are listed from the access files). */
export const SCOPE_TEXT: Record<string, Bilingual> = {
  'account:read': { zh: '本单位的大客户档案及其人员名单入口', en: 'your key account’s record and its roster' },
  'people:read': { zh: '本单位人员的基本信息(联系方式已脱敏)', en: 'your people: names, profile, contact details (masked)' },
  'membership:read': { zh: '人员的会员资格、等级、会员卡和积分余额', en: 'their memberships, tiers, cards and points balances' },
  'visits:read': { zh: '人员的到院记录', en: 'their visits to the hospital' },
  'spend:read': { zh: '每人的到院、成交、消费和积分统计', en: 'per-person figures: visits, deals, spend, points' },
  'report:read': {
    zh: '大客户报告:到院频率、消费、疾病、项目、满意度',
    en: 'the key-account report: visit frequency, spend, diseases, projects, satisfaction',
  },
};

export interface ErrorCode {
  code: string;
  http: string;
  meaning: Bilingual;
}

export const ERROR_CODES: ErrorCode[] = [
  {
    code: 'UNAUTHENTICATED',
    http: '401',
    meaning: { zh: '缺少 API 密钥,或密钥未知、已吊销、已过期', en: 'no API key, or the key is unknown, revoked or expired' },
  },
  {
    code: 'FORBIDDEN',
    http: '200',
    meaning: {
      zh: '密钥缺少该字段所需的作用域(extensions.reason = "SCOPE_MISSING",extensions.scope 给出所需作用域),或该字段不向合作机构开放(ROLE_NOT_ALLOWED);其余字段照常返回',
      en: 'the key lacks the field’s scope (extensions.reason = "SCOPE_MISSING", extensions.scope names it) or the field is closed to partners (ROLE_NOT_ALLOWED); the rest of the answer is still served',
    },
  },
  {
    code: 'NOT_FOUND',
    http: '200',
    meaning: {
      zh: '记录不存在,或属于其他单位(不会透露其存在)',
      en: 'no such record, or it belongs to another organisation (its existence is never confirmed)',
    },
  },
  {
    code: 'BAD_USER_INPUT',
    http: '200 / 400',
    meaning: {
      zh: '参数不合法(extensions.argument 指出哪个参数);查询过于复杂时 reason = "QUERY_TOO_COSTLY"(HTTP 400)',
      en: 'an argument is invalid (extensions.argument names it); a query too costly to run has reason "QUERY_TOO_COSTLY" (HTTP 400)',
    },
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    http: '200 / 400',
    meaning: {
      zh: '查询不符合合作机构 schema(字段不存在、深度或别名过多)',
      en: 'the query does not fit the partner schema (unknown field, too deep, too many aliases)',
    },
  },
  {
    code: 'RATE_LIMITED',
    http: '429',
    meaning: {
      zh: '超过每个密钥每分钟的请求上限;按 Retry-After 头(秒)等待后重试',
      en: 'over the key’s requests per minute; wait the Retry-After header’s seconds and retry',
    },
  },
  {
    code: 'SUBGRAPH_UNAVAILABLE',
    http: '200',
    meaning: {
      zh: '某个后端服务暂时不可用:只有它负责的字段为 null(错误的 path 指出是哪些),稍后重试这些字段',
      en: 'one back-end service is briefly down: only the fields it owns are null (the error’s path says which); retry them later',
    },
  },
];

export const SECTIONS: DocSection[] = [
  {
    id: 'authentication',
    title: { zh: '认证:API 密钥', en: 'Authentication: the API key' },
    paragraphs: [
      {
        zh: '每个请求都以 `POST` 发送到网关的 `/graphql`,请求头带 `X-Api-Key: clk_…` 和 `Content-Type: application/json`,请求体为 `{"query": …, "variables": …}`。',
        en: 'Send every request as a `POST` to the gateway’s `/graphql` with the headers `X-Api-Key: clk_…` and `Content-Type: application/json`, and the body `{"query": …, "variables": …}`.',
      },
      {
        zh: '密钥由医院在 管理后台 → 合作机构 → API 密钥 中创建,只显示一次;医院可以吊销它或设定有效期。请像密码一样保管,只在服务器端使用。',
        en: 'The hospital creates the key (管理后台 → 合作机构 → API 密钥) and shows it once; it can revoke it or give it an expiry. Keep it like a password, on your servers only.',
      },
      {
        zh: '合作机构只能看到本单位的人员:其他单位的记录返回 NOT_FOUND;联系方式已脱敏。',
        en: 'A partner sees only its own people: another organisation’s record answers NOT_FOUND; contact details are masked.',
      },
      {
        zh: '合作机构密钥不能做 introspection 查询:本页的字段参考和 `/partners/schema.graphql` 就是你的密钥能看到的 schema,可直接用于代码生成工具。',
        en: 'A partner key gets no introspection: the reference below, and `/partners/schema.graphql`, are the schema your key can see; feed that file to your code generator.',
      },
    ],
  },
  {
    id: 'scopes',
    title: { zh: '作用域', en: 'Scopes' },
    paragraphs: [
      {
        zh: '每个密钥在创建时被授予若干作用域。密钥缺少某字段所需的作用域时,该字段返回 FORBIDDEN(`extensions.reason = "SCOPE_MISSING"`),其余字段照常返回。跨服务的字段(如人员的会员资格)还需要该字段自己的作用域。',
        en: 'Each key carries scopes chosen when it is created. A field the key’s scopes do not cover answers FORBIDDEN (`extensions.reason = "SCOPE_MISSING"`) and the rest of the answer is still served. A field that crosses into another service (a person’s membership) needs that field’s scope as well.',
      },
    ],
  },
  {
    id: 'limits',
    title: { zh: '限制', en: 'Limits' },
    paragraphs: [
      {
        zh: '每个密钥每分钟最多 {rateLimit} 个请求,超过时返回 HTTP 429 `RATE_LIMITED` 和 `Retry-After` 头。单个查询的深度最多 10 层、别名最多 15 个,并按返回行数估算成本(每页最多 100 条)。',
        en: 'At most {rateLimit} requests a minute per key; past that the answer is HTTP 429 `RATE_LIMITED` with a `Retry-After` header. One query may nest 10 levels deep and use 15 aliases at most, and its cost is estimated from the rows it asks for (at most 100 per page).',
      },
    ],
  },
  {
    id: 'paging',
    title: { zh: '分页', en: 'Paging' },
    paragraphs: [
      {
        zh: '列表(`customers`、`visits`、`memberships`、`keyAccounts`、`KeyAccount.customers`)按游标分页:`first` 为每页条数(1–100,默认 20),`after` 传上一页的 `pageInfo.endCursor`;`pageInfo.hasNextPage` 为 false 时结束。`totalCount` 是所有页的总数。',
        en: 'Lists (`customers`, `visits`, `memberships`, `keyAccounts`, `KeyAccount.customers`) page by cursor: `first` is the page size (1–100, default 20) and `after` the previous page’s `pageInfo.endCursor`; stop when `pageInfo.hasNextPage` is false. `totalCount` counts every page.',
      },
    ],
  },
  {
    id: 'partial-answers',
    title: { zh: '部分结果', en: 'Partial answers' },
    paragraphs: [
      {
        zh: '一个回答可以同时有 `data` 和 `errors`:出错的字段为 null,错误的 `path` 指出位置。请检查 `errors`,不要把 null 当作"没有数据"。',
        en: 'An answer may carry both `data` and `errors`: a failed field is null and the error’s `path` says where. Read `errors`; never take a null as “nothing there”.',
      },
    ],
  },
];

export interface Example {
  id: string;
  title: Bilingual;
  query: string;
  variables: Record<string, unknown>;
}

/** The examples, run as written by test/system/partner-docs.spec.ts with the demo partner's key (which holds every scope). */
export const EXAMPLES: Example[] = [
  {
    id: 'my-account',
    title: { zh: '本单位的档案(account:read)', en: 'Your key account (account:read)' },
    query: `query MyAccount {
  myKeyAccount {
    id
    name
  }
}`,
    variables: {},
  },
  {
    id: 'people-page',
    title: {
      zh: '一页人员及其会员等级(people:read、membership:read)',
      en: 'A page of your people and their tiers (people:read, membership:read)',
    },
    query: `query People($first: Int!, $after: String) {
  customers(first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      membership {
        cardNumber
        tier
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}`,
    variables: { first: 20, after: null },
  },
  {
    id: 'visits',
    title: { zh: '最近的到院记录(visits:read)', en: 'Recent visits (visits:read)' },
    query: `query Visits {
  visits(first: 10) {
    nodes {
      customerId
      arrivedAt
      type
      dealt
      dealAmountFen
    }
  }
}`,
    variables: {},
  },
  {
    id: 'report',
    title: { zh: '一个月的大客户报告(report:read)', en: 'One month’s key-account report (report:read)' },
    query: `query Report($period: PeriodInput!) {
  myKeyAccount {
    name
    report(period: $period) {
      people
      visits
      spendFen
      satisfaction
    }
  }
}`,
    variables: { period: { from: '2026-11-01', to: '2026-11-30' } },
  },
];

/** The curl form of an example: runnable as written once CARELINE_GRAPHQL_URL and CARELINE_API_KEY are exported. */
export function curlOf(example: Example): string {
  const body = JSON.stringify({ query: example.query, variables: example.variables });
  return [
    'curl -sS --fail-with-body "$CARELINE_GRAPHQL_URL" \\',
    "  -H 'content-type: application/json' \\",
    '  -H "x-api-key: $CARELINE_API_KEY" \\',
    `  --data-binary @- <<'JSON'`,
    body,
    'JSON',
  ].join('\n');
}

/** The JavaScript client: every page of the roster, with 429 handled; a plain ES module, no packages. */
export const JS_CLIENT = `// partner-sync.mjs: Node.js 18 or later (no packages needed); run: node partner-sync.mjs
const url = process.env.CARELINE_GRAPHQL_URL;
const apiKey = process.env.CARELINE_API_KEY;

/** One GraphQL request; waits and retries on 429, throws on any error in the answer. */
async function graphql(query, variables = {}) {
  for (;;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query, variables }),
    });
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after') ?? 60);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      continue;
    }
    const body = await response.json();
    if (body.errors?.length) {
      throw new Error(body.errors.map((e) => \`\${e.extensions?.code} at \${e.path?.join('.') ?? '-'}: \${e.message}\`).join('\\n'));
    }
    return body.data;
  }
}

const PEOPLE = \`query People($first: Int!, $after: String) {
  customers(first: $first, after: $after) {
    nodes { id name membership { tier } }
    pageInfo { endCursor hasNextPage }
  }
}\`;

// every page of your people, 100 at a time
const people = [];
let after = null;
do {
  const { customers } = await graphql(PEOPLE, { first: 100, after });
  people.push(...customers.nodes);
  after = customers.pageInfo.hasNextPage ? customers.pageInfo.endCursor : null;
} while (after);

const { myKeyAccount } = await graphql('{ myKeyAccount { name } }');
console.log(JSON.stringify({ account: myKeyAccount.name, people: people.length }));
`;
