import { Card, Col, Row, Table } from 'antd';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { Plan } from './plan-types';

type LevelRow = Plan['spendingByLevel'][number];
type LineRow = Plan['spendingByLine'][number];

/** Where the plan's yearly money goes: per level, and per budget line (科目) it is drawn from. */
export function SpendingBreakdown({ plan }: { plan: Plan }) {
  const { t, locale } = useLocale();
  return (
    <Card size="small" title={t('plan.spending')}>
      <Row gutter={[24, 12]}>
        <Col xs={24} md={12}>
          <Table<LevelRow>
            size="small"
            rowKey="level"
            pagination={false}
            dataSource={[...plan.spendingByLevel]}
            locale={{ emptyText: t('plan.spendingNone') }}
            columns={[
              { title: t('plan.spendingLevel'), dataIndex: 'level', render: (v: LevelRow['level']) => t(`level.${v}`) },
              { title: t('plan.spendingAmount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatYuan(v, locale) },
            ]}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table<LineRow>
            size="small"
            rowKey="category"
            pagination={false}
            dataSource={[...plan.spendingByLine]}
            locale={{ emptyText: t('plan.spendingNone') }}
            columns={[
              { title: t('plan.spendingLine'), dataIndex: 'category' },
              { title: t('plan.spendingAmount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatYuan(v, locale) },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
