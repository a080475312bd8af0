import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { readGraphqlError, type ReadableGraphqlError } from '../graphql/read-graphql-error.js';
import { LoginDocument } from './auth-documents.js';
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
function describeFailure(failure: ReadableGraphqlError, t: TFunction<'session'>): string {
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

interface Credentials {
  username: string;
  password: string;
}

/**
 * Username and password, sent to `login`. A refusal shows the server's own message (wrong password,
 * account locked until …, too many attempts), since only the server knows which it was; a session that
 * ended on its own is announced above the form.
 */
export function SignInForm() {
  const { t } = useTranslation('session');
  const store = useSessionStore();
  const { notice } = useSession();
  const [login, { loading }] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<ReadableGraphqlError | null>(null);

  const submit = async ({ username, password }: Credentials) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (data?.login) store.signIn(data.login);
    } catch (error) {
      setFailure(readGraphqlError(error));
    }
  };

  const failureTitle = failure ? describeFailure(failure, t) : '';

  return (
    <Form<Credentials> layout="vertical" requiredMark={false} onFinish={submit} data-testid="login-form" size="large">
      {notice === 'expired' && !failure && (
        <Alert type="warning" showIcon title={t('expired')} data-testid="login-notice" style={{ marginBottom: 16 }} />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failureTitle}
          description={failure.message}
          data-testid="login-error"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="username"
        label={t('signIn.username')}
        rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
          {t('signIn.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
