import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Input, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphqlRefusal } from '../graphql/read-graphql-error.js';
import { useSession } from './use-session.js';
import { useSessionStore } from './use-session-store.js';

const hospitalTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A headline in the reader's language for the server's refusal; the server's own message goes under it. */
function describeFailure(failure: GraphqlRefusal, t: TFunction<'session'>): string {
  if (failure.code === 'RATE_LIMITED') return t('signIn.rateLimited');
  if (failure.code === undefined) return t('signIn.unreachable');
  switch (failure.extensions['reason']) {
    case 'WRONG_CREDENTIALS':
      return t('signIn.wrongCredentials');
    case 'ACCOUNT_LOCKED': {
      const until = Date.parse(String(failure.extensions['lockedUntil']));
      return t('signIn.locked', { until: Number.isNaN(until) ? '…' : hospitalTime.format(until) });
    }
    case 'ACCOUNT_INACTIVE':
      return t('signIn.inactive');
    default:
      return t('signIn.failed');
  }
}

type Field = 'username' | 'password';

/**
 * Username and password, sent to `login`. A refusal is told from its code and reason (wrong password,
 * account locked until …, too many attempts) in the page's language, never the server's English; a
 * session that ended on its own is announced above the form.
 *
 * It is the portal's first screen, so it is drawn with antd's inputs and button but not its Form
 * (rc-field-form, async-validator and the label tooltips weigh ≈ 35 kB gzipped for two required
 * fields), and it signs in through the session store's plain fetch, not Apollo Client
 * (docs/frontend-delivery.md).
 */
export function SignInForm() {
  const { t } = useTranslation('session');
  const { token } = theme.useToken();
  const store = useSessionStore();
  const { notice } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<ReadonlySet<Field>>(new Set());
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<GraphqlRefusal | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = new Set<Field>();
    if (username.trim() === '') empty.add('username');
    if (password === '') empty.add('password');
    setMissing(empty);
    if (empty.size > 0 || loading) return;
    setFailure(null);
    setLoading(true);
    const refused = await store.logIn(username.trim(), password);
    setLoading(false);
    setFailure(refused);
  };

  // like a form rule: once a field has been found empty, typing into it settles it again
  const settle = (name: Field, value: string) => {
    if (missing.has(name) && value.trim() !== '') setMissing(new Set([...missing].filter((other) => other !== name)));
  };

  const field = (name: Field, label: string, required: string, input: ReactNode) => (
    <div style={{ marginBottom: missing.has(name) ? 0 : token.marginLG }}>
      <label
        htmlFor={`sign-in-${name}`}
        style={{ display: 'block', paddingBottom: token.paddingXS, color: token.colorTextHeading, fontSize: token.fontSize }}
      >
        {label}
      </label>
      {input}
      {missing.has(name) && (
        <div role="alert" style={{ color: token.colorError, lineHeight: token.lineHeight, minHeight: token.marginLG }}>
          {required}
        </div>
      )}
    </div>
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="login-form" style={{ fontFamily: token.fontFamily }}>
      {notice === 'expired' && !failure && (
        <Alert type="warning" showIcon title={t('expired')} data-testid="login-notice" style={{ marginBottom: 16 }} />
      )}
      {failure && (
        <Alert type="error" showIcon title={describeFailure(failure, t)} data-testid="login-error" style={{ marginBottom: 16 }} />
      )}
      {field(
        'username',
        t('signIn.username'),
        t('signIn.usernameRequired'),
        <Input
          id="sign-in-username"
          size="large"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          value={username}
          status={missing.has('username') ? 'error' : undefined}
          onChange={(event) => {
            setUsername(event.target.value);
            settle('username', event.target.value);
          }}
          data-testid="login-username"
        />,
      )}
      {field(
        'password',
        t('signIn.password'),
        t('signIn.passwordRequired'),
        <Input.Password
          id="sign-in-password"
          size="large"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          value={password}
          status={missing.has('password') ? 'error' : undefined}
          onChange={(event) => {
            setPassword(event.target.value);
            settle('password', event.target.value);
          }}
          data-testid="login-password"
        />,
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="login-submit">
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
