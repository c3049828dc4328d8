import { useQuery } from '@apollo/client/react';
import { Card, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useCounty } from '../../county/county-context';
import { formatDecimal, formatYuan } from '../../format/format-number';
import type { CompareScenariosQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { CompareQuery, ScenariosListQuery } from './scenario.queries';
import { hasPlan } from './scenario-status';
import { ScenarioStatusTag } from './status-tag';
import { useSchoolNames } from './use-school-names';

type Comparison = CompareScenariosQuery['compareScenarios'];
type Difference = Comparison['differentRotations'][number];

interface MetricRow {
  key: string;
  metric: string;
  values: string[];
}

/** Rows of the side-by-side table: the headline figures, then the CV after per level and indicator. */
export function compareRows(c: Comparison, t: ReturnType<typeof useLocale>['t'], locale: ReturnType<typeof useLocale>['locale']): MetricRow[] {
  const cols = c.columns;
  const rows: MetricRow[] = [
    { key: 'cost', metric: t('compare.cost'), values: cols.map((x) => formatYuan(x.cost, locale)) },
    { key: 'rotations', metric: t('compare.rotations'), values: cols.map((x) => String(x.rotations)) },
    { key: 'hires', metric: t('compare.hires'), values: cols.map((x) => String(x.hires)) },
    { key: 'shortfall', metric: t('compare.shortfall'), values: cols.map((x) => formatDecimal(x.shortfallTeachers, locale, 1)) },
    { key: 'compliant', metric: t('compare.compliant'), values: cols.map((x) => `${x.compliantSectionsAfter} / ${x.sections}`) },
  ];
  const first = cols[0]?.balanceAfter ?? [];
  for (const b of first) {
    rows.push({
      key: `cv-${b.level}-${b.indicator}`,
      metric: `${t('compare.cvAfter')} · ${t(`level.${b.level}`)} ${t(`indicatorShort.${b.indicator}`)}`,
      values: cols.map((x) => formatDecimal(x.balanceAfter.find((y) => y.level === b.level && y.indicator === b.indicator)?.cv, locale, 3)),
    });
  }
  return rows;
}

/** Two or three solved scenarios side by side (ids in the address: /compare?ids=a,b). */
export default function ComparePage() {
  const { t, locale } = useLocale();
  const { county } = useCounty();
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 3);
  const list = useQuery(ScenariosListQuery, { variables: { countyCode: county?.code ?? null }, skip: !county });
  const { data, error } = useQuery(CompareQuery, { variables: { ids }, skip: ids.length < 2 });
  const names = useSchoolNames(county?.code);
  const comparison = ids.length >= 2 ? data?.compareScenarios : undefined;
  const choices = (list.data?.scenarios ?? []).filter((s) => hasPlan(s.status)).map((s) => ({ value: s.id, label: s.status === 'STALE' ? `${s.name} · ${t('status.STALE')}` : s.name }));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('compare.title')}
      </Typography.Title>
      <Select
        mode="multiple"
        aria-label={t('compare.pick')}
        placeholder={t('compare.pick')}
        value={ids}
        maxCount={3}
        style={{ width: '100%', maxWidth: 720 }}
        options={choices}
        onChange={(v: string[]) => setParams(v.length ? { ids: v.join(',') } : {})}
      />
      <ErrorAlert error={error ?? list.error} />
      {comparison && (
        <>
          <Card size="small">
            <Table<MetricRow>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={compareRows(comparison, t, locale)}
              columns={[
                { title: t('compare.metric'), dataIndex: 'metric' },
                ...comparison.columns.map((c, i) => ({ title: <>{c.scenario.name} {c.scenario.status !== 'SOLVED' && <ScenarioStatusTag status={c.scenario.status} />}</>, key: c.scenario.id, align: 'right' as const, width: 200, render: (_: unknown, r: MetricRow) => r.values[i] })),
              ]}
            />
          </Card>
          <Card size="small" title={`${t('compare.differences')} (${comparison.differentRotations.length})`}>
            <Table<Difference>
              size="small"
              rowKey="staffNo"
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              dataSource={comparison.differentRotations}
              columns={[
                { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 140 },
                { title: t('plan.from'), dataIndex: 'fromSchool', render: (v: string) => names(v) },
                ...comparison.columns.map((c, i) => ({
                  title: `${t('plan.to')} · ${c.scenario.name}`,
                  key: c.scenario.id,
                  render: (_: unknown, r: Difference) => {
                    const to = r.toSchools[i];
                    return to ? names(to) : t('compare.stays');
                  },
                })),
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
