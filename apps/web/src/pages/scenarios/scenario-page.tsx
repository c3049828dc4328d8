import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Result, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSignedIn } from '../../auth/session-context';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { PageLoading } from '../../ui/page-loading';
import { LifecyclePanel } from '../lifecycle/lifecycle-panel';
import { ApplyButton } from './apply-button';
import { PlanBody } from './plan-body';
import { PlanYearTabs } from './plan-year-tabs';
import { RunProgress } from './run-progress';
import { CancelScenarioMutation, DuplicateScenarioMutation, RunScenarioMutation } from './scenario.mutations';
import { ScenarioResultQuery, ScenarioStatusQuery } from './scenario.queries';
import { canApply, canRun, isActive } from './scenario-status';
import { ScenarioStatusTag } from './status-tag';

/**
 * A scenario: run it with live progress and cancel; review and public notice; its plan (costs, lists, gaps, balance, cost curve);
 * apply; export. A multi-year plan shows a 总览 tab and one tab per year, each with that year's plan and exports.
 */
export default function ScenarioPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const notify = useNotifiedAction();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { permissions } = useSignedIn();
  const result = useQuery(ScenarioResultQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const scenario = result.data?.scenario;
  const active = scenario ? isActive(scenario.status) : false;
  const live = useQuery(ScenarioStatusQuery, { variables: { id }, skip: !active, pollInterval: 1000, fetchPolicy: 'network-only' });
  const [run, running] = useMutation(RunScenarioMutation);
  const [cancel, cancelling] = useMutation(CancelScenarioMutation);
  const [duplicate] = useMutation(DuplicateScenarioMutation);
  const [stale, setStale] = useState(false);

  // When a run ends (solved, failed, cancelled), fetch the plan.
  const wasActive = useRef(active);
  const liveStatus = live.data?.scenario?.status;
  useEffect(() => {
    const nowActive = liveStatus ? isActive(liveStatus) : active;
    if (wasActive.current && !nowActive) void result.refetch();
    wasActive.current = nowActive;
  }, [liveStatus, active, result]);

  if (result.error) return <ErrorAlert error={result.error} />;
  if (!result.data) return <PageLoading />;
  if (!scenario) return <Result status="404" title={t('error.NOT_FOUND')} extra={<Link to="/scenarios">{t('app.back')}</Link>} />;

  const status = liveStatus ?? scenario.status;
  const act = (work: () => Promise<unknown>) => notify(work);
  const plan = isActive(status) ? null : scenario.plan;
  // A plan over several years (or with dated targets) has a tab per year; a one-year plan shows as it always has.
  const multiYear = plan !== null && plan !== undefined && (plan.yearPlans.length > 1 || plan.targetResults.length > 0);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center">
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {scenario.name}
          </Typography.Title>
          <ScenarioStatusTag status={status} />
          <Tag>{scenario.year}</Tag>
          {scenario.years > 1 && <Tag>{t('years.span', { n: scenario.years })}</Tag>}
          {!scenario.yearBudgetCaps && (
            <Tag>{scenario.budgetCap === null || scenario.budgetCap === undefined ? t('scenarios.noCap') : `${t('scenarios.budgetCap')} ${formatYuan(scenario.budgetCap, locale)}`}</Tag>
          )}
        </Space>
        <Space wrap>
          {permissions.editScenarios && canRun(status) && (
            <Button onClick={() => void navigate(`/scenarios/${id}/edit`)}>{t('common.edit')}</Button>
          )}
          {permissions.editScenarios && canRun(status) && (
            <Button type="primary" loading={running.loading} onClick={() => void act(() => run({ variables: { id } }))}>
              {scenario.plan ? t('run.rerun') : t('run.run')}
            </Button>
          )}
          {permissions.editScenarios && isActive(status) && (
            <Button danger loading={cancelling.loading} onClick={() => void act(async () => { await cancel({ variables: { id } }); void message.info(t('run.cancelled')); })}>
              {t('run.cancel')}
            </Button>
          )}
          {permissions.editScenarios && (
            <Button
              onClick={() =>
                void act(async () => {
                  const { data } = await duplicate({ variables: { id } });
                  if (data) {
                    void message.success(t('scenarios.duplicated'));
                    void navigate(`/scenarios/${data.duplicateScenario.id}`);
                  }
                })
              }
            >
              {t('scenarios.duplicate')}
            </Button>
          )}
          {permissions.applyPlans && plan && canApply(status) && (
            <ApplyButton scenarioId={id} name={scenario.name} plan={plan} onApplied={() => void result.refetch()} onStale={() => {
                setStale(true);
                void result.refetch();
              }} />
          )}
        </Space>
      </Space>
      {stale && <Alert type="warning" showIcon title={t('apply.stale')} role="alert" closable onClose={() => setStale(false)} />}
      {status === 'STALE' && !stale && <Alert type="warning" showIcon title={t('apply.stale')} />}
      {isActive(status) && <RunProgress progress={live.data?.scenario?.progress ?? scenario.progress} />}
      {status === 'FAILED' && <Alert type="error" showIcon title={t('run.failed')} />}
      {!isActive(status) && <LifecyclePanel key={status} scenarioId={id} onChanged={() => void result.refetch()} />}
      {plan && multiYear && <PlanYearTabs scenario={{ ...scenario, plan }} />}
      {plan && !multiYear && <PlanBody scenarioId={id} countyCode={scenario.countyCode} plan={plan} budgetCap={scenario.budgetCap ?? null} />}
    </Space>
  );
}
