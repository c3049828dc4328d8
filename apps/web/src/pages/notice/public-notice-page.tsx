import { Alert, Card, Layout, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useLocale } from '../../i18n/locale-context';
import { LanguageSwitch } from '../../layout/language-switch';
import { PageLoading } from '../../ui/page-loading';
import { TONES } from '../../ui/tag-tones';

interface Line { name: string; subject: string; fromSchool: string; toSchool: string; points: number | null }
interface Changed { change: 'REMOVED' | 'ADDED' | 'CHANGED'; name: string; subject: string; before: { fromSchool: string; toSchool: string } | null; after: { fromSchool: string; toSchool: string } | null }
interface Notice {
  title: string; county: string; year: number; publishedAt: string; endsAt: string; workingDays: number; remainingWorkingDays: number;
  lines: Line[]; supplement: Changed[];
}

/** The date in China time of an instant. */
const cstDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
const cstLastDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000 - 1).toISOString().slice(0, 10);

/**
 * The public notice (公示) page, without login: what HR shares while the window is open. It reads the
 * one public route of the API, `/public/notice/<token>`, and prints names, schools, subject and points.
 */
export default function PublicNoticePage() {
  const { t } = useLocale();
  const { token = '' } = useParams();
  const [notice, setNotice] = useState<Notice | null | 'gone'>(null);
  useEffect(() => {
    let live = true;
    fetch(`/public/notice/${encodeURIComponent(token)}`, { headers: { accept: 'application/json' } })
      .then(async (res) => (res.ok ? ((await res.json()) as Notice) : 'gone' as const))
      .catch(() => 'gone' as const)
      .then((n) => live && setNotice(n));
    return () => {
      live = false;
    };
  }, [token]);
  const showPoints = notice !== null && notice !== 'gone' && notice.lines.some((l) => l.points !== null);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, margin: '0 auto', padding: 24, width: '100%' }}>
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}><LanguageSwitch /></Space>
        {notice === null && <PageLoading />}
        {notice === 'gone' && <Result status="404" title={t('notice.gone')} />}
        {notice !== null && notice !== 'gone' && (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center' }}>{notice.title}</Typography.Title>
            <Alert
              type="info"
              showIcon
              title={t('notice.window', { from: cstDate(notice.publishedAt), to: cstLastDay(notice.endsAt), n: notice.workingDays, left: notice.remainingWorkingDays })}
              description={t('notice.objectHint')}
            />
            <Card size="small" title={t('notice.title')}>
              <Table<Line>
                size="small"
                rowKey={(l) => `${l.name}:${l.fromSchool}:${l.toSchool}`}
                pagination={false}
                dataSource={notice.lines}
                columns={[
                  { title: '#', key: 'n', width: 56, render: (_: unknown, __: Line, i: number) => i + 1 },
                  { title: t('notice.name'), dataIndex: 'name' },
                  { title: t('notice.subject'), dataIndex: 'subject' },
                  { title: t('notice.from'), dataIndex: 'fromSchool' },
                  { title: t('notice.to'), dataIndex: 'toSchool' },
                  ...(showPoints ? [{ title: t('notice.points'), dataIndex: 'points' }] : []),
                ]}
              />
            </Card>
            {notice.supplement.length > 0 && (
              <Card size="small" title={t('notice.supplement')}>
                <Table<Changed>
                  size="small"
                  rowKey={(l) => `${l.change}:${l.name}`}
                  pagination={false}
                  dataSource={notice.supplement}
                  columns={[
                    { title: t('lifecycle.change'), dataIndex: 'change', render: (c: Changed['change']) => <Tag style={TONES[c === 'REMOVED' ? 'error' : c === 'ADDED' ? 'success' : 'processing']}>{t(`lifecycle.change.${c}`)}</Tag> },
                    { title: t('notice.name'), dataIndex: 'name' },
                    { title: t('notice.subject'), dataIndex: 'subject' },
                    { title: t('lifecycle.before'), key: 'before', render: (_: unknown, l: Changed) => (l.before ? `${l.before.fromSchool} → ${l.before.toSchool}` : '—') },
                    { title: t('lifecycle.after'), key: 'after', render: (_: unknown, l: Changed) => (l.after ? `${l.after.fromSchool} → ${l.after.toSchool}` : '—') },
                  ]}
                />
              </Card>
            )}
          </Space>
        )}
      </Layout.Content>
    </Layout>
  );
}
