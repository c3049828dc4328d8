import { useQuery } from '@apollo/client/react';
import { Alert, Card, Tabs } from 'antd';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { PlanBody } from './plan-body';
import { ReturningTable, RetirementsTable } from './plan-year-people';
import { ScenarioYearPlanQuery } from './plan-year.queries';
import { PlanYearsOverview, withinCap } from './plan-years-overview';
import type { ResultScenario, YearPlanSummary } from './plan-types';

type MultiYearScenario = ResultScenario & { plan: NonNullable<ResultScenario['plan']> };

/** One year of a multi-year plan, fetched when its tab first opens: the year's cost against its cap, its plan, retirements and returning teachers. */
function PlanYearPane({ scenario, summary, first }: { scenario: MultiYearScenario; summary: YearPlanSummary; first: boolean }) {
  const { t, locale } = useLocale();
  // From the server each time the tab first opens: a re-run replaces the plan, and a cached year would be the old one.
  const result = useQuery(ScenarioYearPlanQuery, { variables: { id: scenario.id, year: summary.year }, fetchPolicy: 'network-only' });
  if (result.error) return <ErrorAlert error={result.error} />;
  const plan = result.data?.scenario?.plan;
  if (!plan) return <PageLoading />;
  const cap = summary.budgetCap === null || summary.budgetCap === undefined ? t('years.noCap') : formatYuan(summary.budgetCap, locale);
  return (
    <PlanBody
      scenarioId={scenario.id}
      countyCode={scenario.countyCode}
      plan={plan}
      budgetCap={summary.budgetCap ?? null}
      exportYear={summary.year}
      documents={first}
      costCurve={first}
      header={
        <Alert
          type={withinCap(summary) ? 'info' : 'warning'}
          showIcon
          title={t('years.yearSummary', { year: summary.year, yearCost: formatYuan(summary.yearCost, locale), cost: formatYuan(summary.cost, locale), carried: formatYuan(summary.carriedCost, locale), cap })}
          description={t('years.exportYear', { year: summary.year })}
        />
      }
      extraTabs={[
        { key: 'retirements', label: `${t('years.retirementsList')} (${plan.retirements.length})`, children: <RetirementsTable rows={plan.retirements} /> },
        { key: 'returning', label: `${t('years.returningList')} (${plan.returning.length})`, children: <ReturningTable rows={plan.returning} /> },
      ]}
    />
  );
}

/** A multi-year plan: the 总览 tab (every year against its cap, the dated targets) and one tab per year with that year's plan. */
export function PlanYearTabs({ scenario }: { scenario: MultiYearScenario }) {
  const { t } = useLocale();
  const plan = scenario.plan;
  return (
    <Card size="small">
      <Tabs
        // A new plan (a re-run) starts the tabs afresh.
        key={plan.createdAt}
        type="card"
        items={[
          { key: 'overview', label: t('years.overview'), children: <PlanYearsOverview years={plan.yearPlans} targets={plan.targetResults} totalCost={plan.totalCost} /> },
          ...plan.yearPlans.map((y, i) => ({
            key: String(y.year),
            label: t('years.tab', { year: y.year }),
            children: <PlanYearPane scenario={scenario} summary={y} first={i === 0} />,
          })),
        ]}
      />
    </Card>
  );
}
