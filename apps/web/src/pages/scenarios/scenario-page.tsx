import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Space, Tabs, Tag, Typography } from 'antd';
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
import { CostBreakdown } from './cost-breakdown';
import { SpendingBreakdown } from './spending-breakdown';
import { CostCurvePanel } from './cost-curve-panel';
import { ExportButtons } from './export-buttons';
import { PostTransfersTable, RecallsTable } from './plan-levers-tables';
import { BalanceChangeTable, ClassSplitsTable, HiresTable, RotationsTable, ShortfallsTable } from './plan-tables';
import { RotationPointsRule } from './rotation-points-rule';
import { RunProgress } from './run-progress';
import { CancelScenarioMutation, DuplicateScenarioMutation, RunScenarioMutation } from './scenario.mutations';
import { ScenarioResultQuery, ScenarioStatusQuery } from './scenario.queries';
import { canApply, canRun, isActive } from './scenario-status';
import { ScenarioStatusTag } from './status-tag';
import { useSchoolNames } from './use-school-names';

/** A scenario: run it with live progress and cancel; review and public notice; its plan (costs, lists, gaps, balance, cost curve); apply; export. */
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
  const names = useSchoolNames(scenario?.countyCode);

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
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center">
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {scenario.name}
          </Typography.Title>
          <ScenarioStatusTag status={status} />
          <Tag>{scenario.year}</Tag>
          <Tag>{scenario.budgetCap === null || scenario.budgetCap === undefined ? t('scenarios.noCap') : `${t('scenarios.budgetCap')} ${formatYuan(scenario.budgetCap, locale)}`}</Tag>
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
      {plan && (
        <>
          {permissions.exportLists && (
            <Card size="small">
              <ExportButtons scenarioId={id} />
            </Card>
          )}
          {!plan.check.passes && <Alert type="warning" showIcon title={t('plan.checkFailed', { n: plan.check.violations.length })} />}
          <CostBreakdown plan={plan} />
          <SpendingBreakdown plan={plan} />
          {plan.standardSetName && (
            <Typography.Text type="secondary">{t('scenarios.standardUsed', { name: plan.standardSetName, version: plan.standardSetVersion ?? 1 })}</Typography.Text>
          )}
          <Card size="small" title={t('plan.title')}>
            <Tabs
              items={[
                { key: 'rotations', label: `${t('plan.rotations')} (${plan.rotations.length})`, children: <><RotationPointsRule countyCode={scenario.countyCode} /><RotationsTable rows={plan.rotations} /></> },
                { key: 'hires', label: `${t('plan.hires')} (${plan.hires.reduce((n, h) => n + h.count, 0)})`, children: <HiresTable rows={plan.hires} names={names} /> },
                { key: 'postTransfers', label: `${t('levers.postTransfers')} (${plan.postTransfers.reduce((n, p) => n + p.posts, 0)})`, children: <PostTransfersTable rows={plan.postTransfers} /> },
                { key: 'recalls', label: `${t('levers.recallList')} (${plan.recalls.length})`, children: <RecallsTable rows={plan.recalls} /> },
                { key: 'shortfalls', label: `${t('plan.shortfalls')} (${plan.shortfalls.length})`, children: <ShortfallsTable rows={plan.shortfalls} /> },
                { key: 'splits', label: `${t('plan.classSplits')} (${plan.classSplits.length})`, children: <ClassSplitsTable rows={plan.classSplits} names={names} /> },
                { key: 'balance', label: t('plan.balance'), children: <BalanceChangeTable before={plan.balanceBefore} after={plan.balanceAfter} /> },
                { key: 'curve', label: t('plan.costCurve'), children: <CostCurvePanel scenarioId={id} curve={plan.costCurve} budgetCap={scenario.budgetCap ?? null} /> },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
