import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ScenarioAction } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { HistoryList } from './history-list';
import {
  ApproveScenarioMutation, CloseScenarioNoticeMutation, PublishScenarioMutation, RejectScenarioMutation, ScenarioLifecycleQuery, SubmitScenarioMutation,
  WithdrawScenarioMutation,
} from './lifecycle.operations';
import { NoticeCountdown } from './notice-countdown';
import { ObjectionsTable } from './objections-table';
import { RecordObjectionButton } from './record-objection-button';
import { SupplementTable } from './supplement-table';

/** The steps a button in this panel takes (APPLY stays beside the plan, objections have their own controls). */
const STEPS = ['SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW', 'PUBLISH', 'CLOSE'] as const;
type Step = (typeof STEPS)[number];
const COMMENT: Record<Step, 'none' | 'optional' | 'required'> = {
  SUBMIT: 'optional', APPROVE: 'optional', REJECT: 'required', WITHDRAW: 'required', PUBLISH: 'none', CLOSE: 'none',
};

/**
 * A scenario's review and notice: the actions the signed-in role may take now (from the API's
 * availableActions), the notice window counting down, the objections with their decisions, the
 * supplementary notice and the history.
 */
export function LifecyclePanel({ scenarioId, onChanged }: { scenarioId: string; onChanged: () => void }) {
  const { t } = useLocale();
  const notify = useNotifiedAction();
  const query = useQuery(ScenarioLifecycleQuery, { variables: { id: scenarioId }, fetchPolicy: 'network-only' });
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm<{ comment?: string }>();
  const [submit] = useMutation(SubmitScenarioMutation);
  const [approve] = useMutation(ApproveScenarioMutation);
  const [reject] = useMutation(RejectScenarioMutation);
  const [withdraw] = useMutation(WithdrawScenarioMutation);
  const [publish] = useMutation(PublishScenarioMutation);
  const [close] = useMutation(CloseScenarioNoticeMutation);
  const [busy, setBusy] = useState(false);
  const scenario = query.data?.scenario;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!scenario) return null;
  const actions = new Set<ScenarioAction>(scenario.availableActions);
  const refresh = () => {
    void query.refetch();
    onChanged();
  };
  const run = async (which: Step, comment: string | null) => {
    const id = scenarioId;
    const work: Record<Step, () => Promise<unknown>> = {
      SUBMIT: () => submit({ variables: { id, comment } }),
      APPROVE: () => approve({ variables: { id, comment } }),
      REJECT: () => reject({ variables: { id, comment: comment ?? '' } }),
      WITHDRAW: () => withdraw({ variables: { id, reason: comment ?? '' } }),
      PUBLISH: () => publish({ variables: { id } }),
      CLOSE: () => close({ variables: { id } }),
    };
    setBusy(true);
    const ok = await notify(work[which], t('lifecycle.done', { action: t(`lifecycle.action.${which}`) }));
    setBusy(false);
    if (ok) {
      setStep(null);
      refresh();
    }
  };
  const confirm = async () => {
    if (!step) return;
    const { comment } = await form.validateFields();
    await run(step, comment?.trim() || null);
  };
  const shownSteps = STEPS.filter((s) => actions.has(s));
  const hasNotice = !!scenario.noticeWindow;
  return (
    <Card size="small" title={t('lifecycle.title')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {(shownSteps.length > 0 || actions.has('RECORD_OBJECTION')) && (
          <Space wrap>
            {shownSteps.map((s) => (
              <Button key={s} type={s === 'REJECT' || s === 'WITHDRAW' ? 'default' : 'primary'} danger={s === 'REJECT'} loading={busy && step === s} onClick={() => setStep(s)}>
                {t(`lifecycle.action.${s}`)}
              </Button>
            ))}
            {actions.has('RECORD_OBJECTION') && <RecordObjectionButton scenarioId={scenarioId} onRecorded={refresh} />}
          </Space>
        )}
        <div>
            {scenario.noticeWindow && <NoticeCountdown window={scenario.noticeWindow} />}
            {hasNotice && (
              <>
                <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lifecycle.objections')}</Typography.Title>
                <ObjectionsTable scenarioId={scenarioId} rows={scenario.objections} canDecide={actions.has('DECIDE_OBJECTION')} onChanged={refresh} />
              </>
            )}
            {scenario.supplementaryNotice.length > 0 && (
              <>
                <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lifecycle.supplement')}</Typography.Title>
                <SupplementTable rows={scenario.supplementaryNotice} />
              </>
            )}
        </div>
        <div>
          <Typography.Title level={5}>{t('lifecycle.history')}</Typography.Title>
          <HistoryList entries={scenario.history} />
        </div>
      </Space>
      <Modal
        open={step !== null}
        title={step ? t(`lifecycle.action.${step}`) : ''}
        okText={step ? t(`lifecycle.action.${step}`) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void confirm()}
        onCancel={() => setStep(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {step && COMMENT[step] !== 'none' && (
            <Form.Item
              name="comment"
              label={step === 'WITHDRAW' ? t('lifecycle.reason') : t('lifecycle.comment')}
              rules={COMMENT[step] === 'required' ? [{ required: true, whitespace: true, message: t('lifecycle.commentRequired') }] : []}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
