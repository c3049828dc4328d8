import { useQuery } from '@apollo/client/react';
import { DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditLogFilter } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { AUDIT_ACTIONS, isKnownAction } from './audit-actions';
import { AuditLogPageQuery } from './audit-log.query';

const PAGE_SIZE = 20;

interface AuditRow {
  id: string;
  at: string;
  username: string;
  action: string;
  regionCode?: string | null;
  target?: string | null;
  details?: string | null;
}

/** 审计日志 (ADMIN): the audit log of the administrator's region, newest first, filtered on the server. */
export default function AuditLogPage() {
  const t = useT();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [pages, setPages] = useState(firstPage);
  const { data, previousData, loading, error } = useQuery(AuditLogPageQuery, { variables: { first: PAGE_SIZE, after: currentAfter(pages), filter } });
  const shown = data ?? previousData;
  const change = (next: AuditLogFilter) => {
    setFilter(next);
    setPages(firstPage);
  };
  const actionLabel = (action: string) => (isKnownAction(action) ? t(`audit.action.${action}`) : action);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('audit.title')}
      </Typography.Title>
      <Space wrap>
        <Select
          aria-label={t('audit.action')}
          placeholder={t('audit.allActions')}
          allowClear
          style={{ width: 220 }}
          value={filter.action ?? undefined}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
          onChange={(action: string | undefined) => change({ ...filter, action: action ?? null })}
        />
        <Input.Search
          aria-label={t('audit.user')}
          placeholder={t('audit.user')}
          allowClear
          maxLength={64}
          style={{ width: 200 }}
          onSearch={(text) => change({ ...filter, username: text.trim() === '' ? null : text.trim() })}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.dates')}
          placeholder={[t('audit.from'), t('audit.to')]}
          onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
            change({
              ...filter,
              from: range?.[0] ? range[0].startOf('day').toISOString() : null,
              to: range?.[1] ? range[1].add(1, 'day').startOf('day').toISOString() : null,
            })
          }
        />
      </Space>
      <ErrorAlert error={error} />
      <Table<AuditRow>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={shown?.auditLog.nodes ?? []}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => new Date(v).toLocaleString() },
          { title: t('audit.user'), dataIndex: 'username', width: 140 },
          { title: t('audit.action'), dataIndex: 'action', width: 200, render: (v: string) => <Tag color={v.startsWith('APPLY_REFUSED') || v === 'LOGIN_LOCKOUT' ? 'red' : undefined}>{actionLabel(v)}</Tag> },
          { title: t('audit.region'), dataIndex: 'regionCode', width: 110, render: (v: string | null) => v ?? '—' },
          { title: t('audit.target'), dataIndex: 'target', ellipsis: true, render: (v: string | null) => v ?? '—' },
          {
            title: t('audit.details'),
            dataIndex: 'details',
            ellipsis: true,
            render: (v: string | null) => (v ? <Typography.Text code style={{ fontSize: 12 }}>{v}</Typography.Text> : '—'),
          },
        ]}
      />
      <ConnectionPager connection={shown?.auditLog} pages={pages} setPages={setPages} />
    </Space>
  );
}
