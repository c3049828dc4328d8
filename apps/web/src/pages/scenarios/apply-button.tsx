import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useState } from 'react';
import { classifyError, describeError } from '../../errors/describe-error';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ApplyScenarioMutation } from './scenario.mutations';
import { ScenarioStatusQuery } from './scenario.queries';
import type { Plan } from './plan-types';

interface OverrunLine { year: number; category: string; amount: number; committed: number; draw: number }

/** The budget lines a BUDGET_OVERRUN names (extensions.details), or null for any other error. */
function overrunLines(error: unknown): OverrunLine[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'BUDGET_OVERRUN' || !Array.isArray(first.extensions.details)) return null;
  return first.extensions.details as OverrunLine[];
}

/**
 * HR applies a solved plan after a confirmation that says what will change. The status is read again
 * first, so a plan whose data changed since the page loaded shows as stale before the dialog opens;
 * STALE_PLAN and BUDGET_OVERRUN (naming each line) get their own messages.
 */
export function ApplyButton({ scenarioId, name, plan, onApplied, onStale }: { scenarioId: string; name: string; plan: Plan; onApplied: () => void; onStale: () => void }) {
  const { t, locale } = useLocale();
  const { modal, message } = App.useApp();
  const client = useApolloClient();
  const [apply] = useMutation(ApplyScenarioMutation);
  const [checking, setChecking] = useState(false);
  const hires = plan.hires.reduce((n, h) => n + h.count, 0);
  const extra = plan.hires.reduce((n, h) => n + h.extraQuota, 0);
  const posts = plan.postTransfers.reduce((n, p) => n + p.posts, 0);
  const levers = posts > 0 || plan.recalls.length > 0 ? t('apply.levers', { posts, transfers: plan.postTransfers.length, recalls: plan.recalls.length }) : '';
  const yuan = (n: number) => `${formatYuan(n, locale)} ${t('common.yuan')}`;
  const confirm = () =>
    modal.confirm({
      title: t('apply.title', { name }),
      content: `${t('apply.body', { rotations: plan.rotations.length, hires, extra, cost: yuan(plan.cost.total) })}${levers}`,
      okText: t('apply.button'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await apply({ variables: { id: scenarioId } });
          void message.success(t('apply.done'));
          onApplied();
        } catch (error) {
          const lines = overrunLines(error);
          if (lines) {
            const text = lines.map((l) => t('apply.overrunLine', { year: l.year, category: l.category, amount: formatYuan(l.amount, locale), committed: formatYuan(l.committed, locale), draw: formatYuan(l.draw, locale) }));
            void message.error(t('apply.overrun', { lines: text.join('；') }), 10);
          } else if (classifyError(error).code === 'STALE_PLAN') onStale();
          else void message.error(describeError(error, t));
        }
      },
    });
  const check = async () => {
    setChecking(true);
    try {
      const { data } = await client.query({ query: ScenarioStatusQuery, variables: { id: scenarioId }, fetchPolicy: 'network-only' });
      if (data?.scenario?.status === 'STALE') onStale();
      else confirm();
    } catch (error) {
      void message.error(describeError(error, t));
    } finally {
      setChecking(false);
    }
  };
  return (
    <Button type="primary" danger loading={checking} onClick={() => void check()}>
      {t('apply.button')}
    </Button>
  );
}
