import { Card, Table } from 'antd';
import type { LevelSummaryFieldsFragment } from '../../gql/graphql';
import { formatDecimal } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { PassTag } from '../../ui/pass-tag';

type Row = LevelSummaryFieldsFragment['balance'][number];

/** 差异系数 per level and indicator against its threshold. */
export function BalanceTable({ rows }: { rows: readonly Row[] }) {
  const { t, locale } = useLocale();
  return (
    <Card size="small" title={t('overview.balance')}>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.level}-${r.indicator}`}
        dataSource={[...rows]}
        columns={[
          { title: t('overview.balanceLevel'), dataIndex: 'level', width: 70, render: (v: Row['level']) => t(`level.${v}`) },
          { title: t('overview.balanceIndicator'), dataIndex: 'indicator', render: (v: Row['indicator']) => t(`indicatorShort.${v}`) },
          { title: t('overview.cv'), dataIndex: 'cv', align: 'right', width: 90, render: (v: number | null) => formatDecimal(v, locale, 3) },
          { title: t('overview.threshold'), dataIndex: 'threshold', align: 'right', width: 70, render: (v: number | null) => (v === null ? '—' : `≤ ${formatDecimal(v, locale, 2)}`) },
          { title: t('overview.result'), dataIndex: 'passes', width: 80, render: (v: boolean, r) => <PassTag passes={r.cv === null || r.threshold === null ? null : v} /> },
        ]}
      />
    </Card>
  );
}
