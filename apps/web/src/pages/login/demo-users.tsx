import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { useT } from '../../i18n/locale-context';
import { ServerInfoQuery } from './server-info.query';

/** In demo mode the server names its demo accounts: one click fills the form. */
export function DemoUsers({ onPick }: { onPick: (username: string) => void }) {
  const t = useT();
  const { data } = useQuery(ServerInfoQuery, { fetchPolicy: 'network-only' });
  const info = data?.serverInfo;
  if (!info?.demo || info.demoUsers.length === 0) return null;
  return (
    <section aria-label={t('login.demo.label')} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t('login.demo.title')}</Typography.Text>
      <Space wrap style={{ marginTop: 8 }}>
        {info.demoUsers.map((u) => (
          <Button key={u.username} size="small" onClick={() => onPick(u.username)}>
            {u.username} · {t(`role.${u.role}`)}
          </Button>
        ))}
      </Space>
    </section>
  );
}
