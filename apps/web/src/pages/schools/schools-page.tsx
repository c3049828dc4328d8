import { useQuery } from '@apollo/client/react';
import { Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCounty } from '../../county/county-context';
import type { AreaType, IndicatorCode, Level, SchoolFilter, SchoolKind, SchoolOrder, SchoolSortField, SchoolsPageQuery } from '../../gql/graphql';
import { formatInteger } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { PassTag } from '../../ui/pass-tag';
import { TONES } from '../../ui/tag-tones';
import { failingIndicators } from './failing-indicators';
import { columnSortOrder, orderFromSorter, sameOrder } from './school-sort';
import { SchoolsPageQuery as Query } from './schools.query';

type SchoolRow = SchoolsPageQuery['schools']['nodes'][number];

const PAGE_SIZE = 20;
const AREAS: AreaType[] = ['URBAN', 'TOWN', 'RURAL'];
const KINDS: SchoolKind[] = ['PRIMARY', 'JUNIOR', 'NINE_YEAR', 'COMPLETE_SECONDARY', 'SENIOR', 'TEACHING_POINT'];
const LEVELS: Level[] = ['PRIMARY', 'JUNIOR', 'SENIOR'];
const INDICATORS: IndicatorCode[] = ['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4'];

/** Schools with server-side paging, sorting (by a column header) and filters (area, kind, weak, level, failing indicator, name or code). */
export default function SchoolsPage() {
  const { t, locale } = useLocale();
  const { county } = useCounty();
  const [filter, setFilter] = useState<SchoolFilter>({});
  const [order, setOrder] = useState<SchoolOrder | null>(null);
  const [pages, setPages] = useState(firstPage);
  const { data, previousData, loading, error } = useQuery(Query, {
    variables: { countyCode: county?.code ?? '', filter, orderBy: order, first: PAGE_SIZE, after: currentAfter(pages) },
    skip: !county,
  });
  const shown = data ?? previousData;
  const change = (patch: Partial<SchoolFilter>) => {
    const next: SchoolFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof SchoolFilter>) if (next[key] === undefined || next[key] === null) delete next[key];
    setFilter(next);
    setPages(firstPage);
  };
  // Sorted by the server: a new order starts again at page 1 (a cursor belongs to one order).
  const sortBy = (next: SchoolOrder | null) => {
    if (sameOrder(next, order)) return;
    setOrder(next);
    setPages(firstPage);
  };
  const sortable = (field: SchoolSortField) => ({ key: field, sorter: true, sortOrder: columnSortOrder(order, field) });
  const all = { value: '', label: t('common.all') };
  const select = <T extends string>(label: string, value: T | undefined, values: readonly T[], name: (v: T) => string, onChange: (v: T | undefined) => void, width = 130) => (
    <Space size={4}>
      <span>{label}</span>
      <Select<string>
        aria-label={label}
        value={value ?? ''}
        style={{ width }}
        onChange={(v) => onChange(v === '' ? undefined : (v as T))}
        options={[all, ...values.map((v) => ({ value: v, label: name(v) }))]}
      />
    </Space>
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('schools.title')}
      </Typography.Title>
      <Card size="small" title={t('schools.filters')}>
        <Space wrap size={[16, 8]}>
          {select(t('schools.area'), filter.area ?? undefined, AREAS, (v) => t(`area.${v}`), (area) => change({ area }), 100)}
          {select(t('schools.kind'), filter.kind ?? undefined, KINDS, (v) => t(`kind.${v}`), (kind) => change({ kind }), 150)}
          {select(t('schools.level'), filter.level ?? undefined, LEVELS, (v) => t(`level.${v}`), (level) => change({ level }), 100)}
          {select(t('schools.weak'), filter.weak === undefined || filter.weak === null ? undefined : filter.weak ? 'yes' : 'no', ['yes', 'no'] as const, (v) => t(v === 'yes' ? 'common.yes' : 'common.no'), (v) => change({ weak: v === undefined ? undefined : v === 'yes' }), 90)}
          {select(t('schools.failing'), filter.failing ?? undefined, INDICATORS, (v) => t(`indicatorShort.${v}`), (failing) => change({ failing }), 160)}
          <Input.Search
            aria-label={t('schools.search')}
            placeholder={t('schools.search')}
            allowClear
            maxLength={50}
            style={{ width: 220 }}
            onSearch={(text) => change({ search: text.trim() === '' ? undefined : text.trim() })}
          />
        </Space>
      </Card>
      <ErrorAlert error={error} />
      <Table<SchoolRow>
        size="small"
        loading={loading}
        rowKey="code"
        pagination={false}
        dataSource={shown?.schools.nodes ?? []}
        scroll={{ x: 1200 }}
        showSorterTooltip={false}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') sortBy(orderFromSorter(sorter));
        }}
        columns={[
          { title: t('schools.code'), dataIndex: 'code', width: 130, ...sortable('CODE') },
          { title: t('schools.name'), dataIndex: 'name', ...sortable('NAME'), render: (name: string, r) => <Link to={`/schools/${r.code}`}>{name}</Link> },
          { title: t('schools.township'), dataIndex: 'township', width: 110, ...sortable('TOWNSHIP') },
          { title: t('schools.area'), dataIndex: 'area', width: 100, ...sortable('AREA'), render: (v: AreaType) => t(`area.${v}`) },
          { title: t('schools.kind'), dataIndex: 'kind', width: 120, ...sortable('KIND'), render: (v: SchoolKind) => t(`kind.${v}`) },
          { title: t('schools.weak'), dataIndex: 'weak', width: 100, ...sortable('WEAK'), render: (v: boolean) => (v ? <Tag style={TONES.warning}>{t('common.yes')}</Tag> : '') },
          { title: t('schools.students'), dataIndex: 'students', align: 'right', width: 90, ...sortable('STUDENTS'), render: (v: number) => formatInteger(v, locale) },
          { title: t('schools.vacancies'), dataIndex: 'vacancies', align: 'right', width: 80, ...sortable('VACANCIES') },
          { title: t('schools.compliant'), dataIndex: 'compliant', width: 80, render: (v: boolean) => <PassTag passes={v} /> },
          {
            title: t('schools.failing'),
            ...sortable('FAILING_INDICATORS'),
            render: (_: unknown, r) => failingIndicators(r.sections).map((i) => <Tag key={i}>{i}</Tag>),
          },
        ]}
      />
      <ConnectionPager connection={shown?.schools} pages={pages} setPages={setPages} />
    </Space>
  );
}
