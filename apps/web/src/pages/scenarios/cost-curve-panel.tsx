import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EChartsView } from '../../charts/echarts-view';
import { costCurveOption } from '../../charts/cost-curve-option';
import { formatYuan } from '../../format/format-number';
import { describeError } from '../../errors/describe-error';
import { useLocale } from '../../i18n/locale-context';
import { CostCurveMutation } from './scenario.mutations';
import { CostCurvePollQuery } from './scenario.queries';
import type { CostCurveData } from './plan-types';

/**
 * "What each extra 100,000 yuan buys": the costCurve mutation queues a budget sweep (null while
 * queued); the page then polls plan.costCurve every two seconds until it is there.
 */
export function CostCurvePanel({ scenarioId, curve, budgetCap }: { scenarioId: string; curve: CostCurveData | null | undefined; budgetCap: number | null }) {
  const { t, locale } = useLocale();
  const [request, requesting] = useMutation(CostCurveMutation);
  const [waiting, setWaiting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const poll = useQuery(CostCurvePollQuery, { variables: { id: scenarioId }, skip: !waiting || !!curve, pollInterval: 2000, fetchPolicy: 'network-only' });
  const shown = curve ?? poll.data?.scenario?.plan?.costCurve ?? null;
  const option = useMemo(
    () => (shown ? costCurveOption(shown.points, { x: t('plan.costCurveBudget'), y: t('plan.costCurveShortfall') }, budgetCap) : null),
    [shown, t, budgetCap],
  );
  const start = async () => {
    setFailure(null);
    try {
      const { data } = await request({ variables: { scenarioId, steps: 10 } });
      if (!data?.costCurve) setWaiting(true);
      else void poll.refetch();
    } catch (error) {
      setFailure(describeError(error, t));
    }
  };
  if (shown && option) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('plan.fullCost', { amount: `${formatYuan(shown.fullComplianceCost, locale)} ${t('common.yuan')}` })}</Typography.Text>
        <EChartsView option={option} height={320} label={t('plan.costCurve')} />
      </Space>
    );
  }
  return (
    <Space orientation="vertical">
      {failure && <Alert type="error" showIcon title={failure} />}
      {waiting ? (
        <Space>
          <Spin size="small" /> {t('plan.costCurveWaiting')}
        </Space>
      ) : (
        <Button onClick={() => void start()} loading={requesting.loading}>
          {t('plan.costCurveCompute')}
        </Button>
      )}
    </Space>
  );
}
