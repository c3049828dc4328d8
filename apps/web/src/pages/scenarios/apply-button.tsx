import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { classifyError, describeError } from '../../errors/describe-error';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ApplyScenarioMutation } from './scenario.mutations';
import type { Plan } from './plan-types';

/** HR applies a solved plan after a confirmation that says what will change; STALE_PLAN gets its own message. */
export function ApplyButton({ scenarioId, name, plan, onApplied, onStale }: { scenarioId: string; name: string; plan: Plan; onApplied: () => void; onStale: () => void }) {
  const { t, locale } = useLocale();
  const { modal, message } = App.useApp();
  const [apply] = useMutation(ApplyScenarioMutation);
  const hires = plan.hires.reduce((n, h) => n + h.count, 0);
  const extra = plan.hires.reduce((n, h) => n + h.extraQuota, 0);
  const confirm = () =>
    modal.confirm({
      title: t('apply.title', { name }),
      content: t('apply.body', { rotations: plan.rotations.length, hires, extra, cost: `${formatYuan(plan.cost.total, locale)} ${t('common.yuan')}` }),
      okText: t('apply.button'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await apply({ variables: { id: scenarioId } });
          void message.success(t('apply.done'));
          onApplied();
        } catch (error) {
          if (classifyError(error).code === 'STALE_PLAN') onStale();
          else void message.error(describeError(error, t));
        }
      },
    });
  return (
    <Button type="primary" danger onClick={confirm}>
      {t('apply.button')}
    </Button>
  );
}
