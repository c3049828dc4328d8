import { Card, Space, Table, Tag, Typography } from 'antd';
import { formatDecimal, formatInteger, formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';
import { PassTag } from '../../ui/pass-tag';
import { TONES } from '../../ui/tag-tones';
import type { TargetResult, YearPlanSummary } from './plan-types';

/** Whether a year's cost stays within its cap (no cap: always). */
export function withinCap(y: Pick<YearPlanSummary, 'yearCost' | 'budgetCap'>): boolean {
  return y.budgetCap === null || y.budgetCap === undefined || y.yearCost <= y.budgetCap + 0.005;
}

/** The 总览 tab of a multi-year plan: each year's cost against its cap and what it does, and the dated targets. */
export function PlanYearsOverview({ years, targets, totalCost }: { years: readonly YearPlanSummary[]; targets: readonly TargetResult[]; totalCost: number }) {
  const { t, locale } = useLocale();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text strong>{t('years.totalCost', { n: years.length, amount: formatYuan(totalCost, locale) })}</Typography.Text>
      <Table<YearPlanSummary>
        size="small"
        rowKey="year"
        dataSource={[...years]}
        pagination={false}
        scroll={{ x: 1180 }}
        columns={[
          { title: t('years.year'), dataIndex: 'year', width: 80, fixed: 'left', render: (y: number) => t('years.tab', { year: y }) },
          { title: t('years.yearCost'), dataIndex: 'yearCost', align: 'right', render: (v: number) => formatYuan(v, locale) },
          { title: t('years.newCost'), dataIndex: 'cost', align: 'right', render: (v: number) => formatYuan(v, locale) },
          { title: t('years.carriedCost'), dataIndex: 'carriedCost', align: 'right', render: (v: number) => formatYuan(v, locale) },
          {
            title: t('years.budgetCap'), key: 'cap', align: 'right',
            render: (_: unknown, y: YearPlanSummary) => (
              <Space size={4}>
                {y.budgetCap === null || y.budgetCap === undefined ? t('years.noCap') : formatYuan(y.budgetCap, locale)}
                {y.budgetCap !== null && y.budgetCap !== undefined && (withinCap(y) ? <Tag style={TONES.success}>{t('years.withinCap')}</Tag> : <Tag style={TONES.error}>{t('years.overCap')}</Tag>)}
              </Space>
            ),
          },
          { title: t('years.students'), dataIndex: 'students', align: 'right', render: (v: number) => formatInteger(v, locale) },
          { title: t('years.rotations'), dataIndex: 'rotations', align: 'right' },
          { title: t('years.hires'), dataIndex: 'hires', align: 'right' },
          { title: t('years.classSplits'), dataIndex: 'classSplits', align: 'right' },
          { title: t('years.retirements'), dataIndex: 'retirements', align: 'right' },
          { title: t('years.returning'), dataIndex: 'returning', align: 'right' },
          { title: t('years.shortfallTeachers'), dataIndex: 'shortfallTeachers', align: 'right', render: (v: number) => formatDecimal(v, locale, 1) },
          { title: t('years.check'), dataIndex: 'checkPasses', render: (v: boolean) => <PassTag passes={v} /> },
        ]}
      />
      {targets.length > 0 && (
        <Card size="small" title={t('years.targets')}>
          <Table<TargetResult>
            size="small"
            rowKey={(r) => `${r.target.kind}-${r.target.minSize ?? ''}-${r.target.by}`}
            dataSource={[...targets]}
            pagination={false}
            columns={[
              { title: t('years.target'), key: 'target', render: (_: unknown, r: TargetResult) => t(`years.target.${r.target.kind}` as MessageKey, { minSize: r.target.minSize ?? 56 }) },
              { title: t('years.targetBy'), key: 'by', render: (_: unknown, r: TargetResult) => r.target.by },
              { title: t('years.targetYear'), key: 'year', render: (_: unknown, r: TargetResult) => (r.inPlan ? String(r.year) : t('years.targetAfterPlan', { year: r.year })) },
              { title: t('years.targetResult'), key: 'met', render: (_: unknown, r: TargetResult) => (r.met ? <Tag style={TONES.success}>{t('years.targetMet')}</Tag> : <Tag style={TONES.error}>{t('years.targetNotMet')}</Tag>) },
              { title: t('years.targetRemaining'), key: 'remaining', align: 'right', render: (_: unknown, r: TargetResult) => t(r.unit === 'SECTIONS' ? 'years.remaining.SECTIONS' : 'years.remaining.CLASSES', { n: r.remaining }) },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
