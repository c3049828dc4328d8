import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/session-context';
import { classifyError, describeError } from '../../errors/describe-error';
import { useT } from '../../i18n/locale-context';
import { LanguageSwitch } from '../../layout/language-switch';
import { DemoUsers } from './demo-users';
import { LoginMutation } from './login.mutation';

interface LoginForm {
  username: string;
  password: string;
}

/** Username and password; in demo mode the demo accounts are listed below the form. */
export default function LoginPage() {
  const t = useT();
  const { session, notice, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<LoginForm>();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;

  const submit = async (values: LoginForm) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { username: values.username.trim(), password: values.password } });
      if (!data) throw new Error('no data');
      const { token, expiresAt, user } = data.login;
      signIn({ token, expiresAt, user: { username: user.username, displayName: user.displayName, role: user.role, regionCode: user.regionCode ?? null } });
      void navigate(from, { replace: true });
    } catch (error) {
      setFailure(classifyError(error).code === 'UNAUTHENTICATED' ? t('error.BAD_CREDENTIALS') : describeError(error, t));
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7fa', padding: 16 }}>
      <Card style={{ width: 380 }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
          {t('app.shortTitle')} · {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {notice && <Alert type={notice === 'login.expired' ? 'warning' : 'info'} showIcon title={t(notice)} style={{ marginBottom: 16 }} />}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.required.username') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.required.password') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('login.submit')}
          </Button>
        </Form>
        <DemoUsers onPick={(username) => form.setFieldsValue({ username, password: 'junheng-demo' })} />
      </Card>
    </main>
  );
}
