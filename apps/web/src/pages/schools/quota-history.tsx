import { useQuery } from '@apollo/client/react';
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/format-number';
import type { SchoolQuotaHistoryQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';
import { ErrorAlert } from '../../ui/error-alert';
import { SchoolQuotaHistoryQuery as Query } from './quota-history.query';

export type QuotaChangeRow = NonNullable<SchoolQuotaHistoryQuery['school']>['quotaHistory'][number];

const SOURCES = new Set(['PLAN_TRANSFER', 'PLAN_EXTRA_QUOTA', 'IMPORT']);

/** The table of a school's quota changes (编制变动记录), newest first, as the API gives them. */
export function QuotaHistoryTable({ rows, loading = false }: { rows: readonly QuotaChangeRow[]; loading?: boolean }) {
  const { t, locale } = useLocale();
  return (
    <Table<QuotaChangeRow & { key: number }>
      size="small"
      rowKey="key"
      loading={loading}
      dataSource={rows.map((r, key) => ({ ...r, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('quotaHistory.empty') }}
      scroll={{ x: 900 }}
      columns={[
        { title: t('quotaHistory.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, locale) },
        { title: t('quotaHistory.source'), dataIndex: 'source', width: 110, render: (v: string) => (SOURCES.has(v) ? t(`quotaHistory.source.${v}` as MessageKey) : v) },
        {
          title: t('quotaHistory.change'), dataIndex: 'change', width: 80, align: 'right',
          render: (v: number) => <Tag color={v > 0 ? 'green' : v < 0 ? 'orange' : undefined}>{v > 0 ? `+${v}` : String(v)}</Tag>,
        },
        { title: t('quotaHistory.before'), dataIndex: 'postsBefore', width: 80, align: 'right' },
        { title: t('quotaHistory.after'), dataIndex: 'postsAfter', width: 80, align: 'right' },
        {
          title: t('quotaHistory.otherSchool'), key: 'other', width: 160,
          render: (_: unknown, r: QuotaChangeRow) => (r.otherSchoolCode ? <Link to={`/schools/${r.otherSchoolCode}`}>{r.otherSchoolName ?? r.otherSchoolCode}</Link> : '—'),
        },
        {
          title: t('quotaHistory.scenario'), key: 'scenario', width: 140,
          render: (_: unknown, r: QuotaChangeRow) => (r.scenarioId ? <Link to={`/scenarios/${r.scenarioId}`}>{r.scenarioName ?? r.scenarioId.slice(0, 8)}</Link> : '—'),
        },
        { title: t('quotaHistory.user'), dataIndex: 'username', width: 110, render: (v: string | null) => v ?? '—' },
        { title: t('quotaHistory.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

/** The school page's 编制变动记录: post transfers and extra quota of applied plans, roster imports. */
export function QuotaHistory({ code }: { code: string }) {
  const { t } = useLocale();
  const { data, error, loading } = useQuery(Query, { variables: { code } });
  return (
    <Card size="small" title={t('quotaHistory.title')}>
      {error ? <ErrorAlert error={error} /> : <QuotaHistoryTable rows={data?.school?.quotaHistory ?? []} loading={loading} />}
    </Card>
  );
}
