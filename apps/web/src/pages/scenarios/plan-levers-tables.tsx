import { Table, Tag } from 'antd';
import { useSignedIn } from '../../auth/session-context';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { PostTransfer, Recall } from './plan-types';

/** The plan's post transfers (编制调剂): posts moved from one school to another, and why. */
export function PostTransfersTable({ rows }: { rows: readonly PostTransfer[] }) {
  const { t, locale } = useLocale();
  return (
    <Table<PostTransfer & { key: number }>
      size="small"
      rowKey="key"
      dataSource={rows.map((r, key) => ({ ...r, key }))}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('levers.noTransfers') }}
      columns={[
        { title: t('levers.fromSchool'), key: 'from', render: (_: unknown, r: PostTransfer) => r.fromSchool?.name ?? r.fromSchoolCode },
        { title: t('levers.toSchool'), key: 'to', render: (_: unknown, r: PostTransfer) => r.toSchool?.name ?? r.toSchoolCode },
        { title: t('levers.posts'), dataIndex: 'posts', width: 90, align: 'right' },
        { title: t('plan.annualCost'), dataIndex: 'annualCost', width: 130, align: 'right', render: (v: number) => formatYuan(v, locale) },
        { title: t('plan.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

/** The plan's recalls (借调返校): teachers on loan back at their school from the plan's start date. */
export function RecallsTable({ rows }: { rows: readonly Recall[] }) {
  const { t, locale } = useLocale();
  const { permissions } = useSignedIn();
  return (
    <Table<Recall>
      size="small"
      rowKey="staffNo"
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('levers.noRecalls') }}
      scroll={{ x: 800 }}
      columns={[
        { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 130 },
        ...(permissions.seePersonalData ? [{ title: t('teacher.name'), key: 'name', width: 90, render: (_: unknown, r: Recall) => r.teacher?.name ?? '—' }] : []),
        { title: t('plan.school'), key: 'school', render: (_: unknown, r: Recall) => r.school?.name ?? r.schoolCode },
        { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: Recall['level']) => t(`level.${v}`) },
        {
          title: t('plan.reason'), key: 'reason',
          render: (_: unknown, r: Recall) => (r.indicator ? <><Tag>{r.indicator}</Tag>{t('levers.recallReason', { indicator: t(`indicatorShort.${r.indicator}`) })}</> : r.reason),
        },
        { title: t('levers.returnDate'), dataIndex: 'startDate', width: 110 },
        { title: t('plan.annualCost'), dataIndex: 'annualCost', width: 120, align: 'right', render: (v: number) => formatYuan(v, locale) },
      ]}
    />
  );
}
