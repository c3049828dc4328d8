import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ObjectionDecision } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { TONES } from '../../ui/tag-tones';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { DecideObjectionMutation } from './lifecycle.operations';

export interface ObjectionView {
  id: string;
  staffNo: string;
  teacherName?: string | null;
  text: string;
  evidenceFileName?: string | null;
  receivedOn: string;
  recordedBy: string;
  decision?: ObjectionDecision | null;
  decisionReason?: string | null;
  decidedBy?: string | null;
}

/** The objections with their decisions; ADMIN decides the pending ones (upheld or dismissed, with a reason). */
export function ObjectionsTable({ scenarioId, rows, canDecide, onChanged }: { scenarioId: string; rows: readonly ObjectionView[]; canDecide: boolean; onChanged: () => void }) {
  const { t } = useLocale();
  const notify = useNotifiedAction();
  const [deciding, setDeciding] = useState<ObjectionView | null>(null);
  const [decide, decision] = useMutation(DecideObjectionMutation);
  const [form] = Form.useForm<{ decision: ObjectionDecision; reason: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    const ok = await notify(
      () => decide({ variables: { scenarioId, objectionId: deciding!.id, input: values } }),
      t('lifecycle.done', { action: t('lifecycle.action.DECIDE_OBJECTION') }),
    );
    if (ok) {
      setDeciding(null);
      form.resetFields();
      onChanged();
    }
  };
  return (
    <>
      <Table<ObjectionView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...rows]}
        locale={{ emptyText: t('lifecycle.noObjections') }}
        columns={[
          { title: t('lifecycle.staffNo'), dataIndex: 'staffNo' },
          { title: t('lifecycle.teacher'), dataIndex: 'teacherName', render: (v: string | null) => v ?? '—' },
          { title: t('lifecycle.text'), dataIndex: 'text' },
          { title: t('lifecycle.evidence'), dataIndex: 'evidenceFileName', render: (v: string | null) => v ?? '—' },
          { title: t('lifecycle.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('lifecycle.recordedBy'), dataIndex: 'recordedBy' },
          {
            title: t('lifecycle.decision'),
            key: 'decision',
            render: (_: unknown, o) =>
              o.decision ? (
                <span>
                  <Tag style={TONES[o.decision === 'UPHELD' ? 'warning' : 'neutral']}>{t(`lifecycle.decision.${o.decision}`)}</Tag>
                  <Typography.Text type="secondary">{o.decisionReason} · {o.decidedBy}</Typography.Text>
                </span>
              ) : canDecide ? (
                <Button size="small" onClick={() => setDeciding(o)}>{t('lifecycle.action.DECIDE_OBJECTION')}</Button>
              ) : (
                <Tag>{t('lifecycle.undecided')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={`${t('lifecycle.action.DECIDE_OBJECTION')} · ${deciding?.teacherName ?? deciding?.staffNo ?? ''}`}
        okText={t('lifecycle.action.DECIDE_OBJECTION')}
        cancelText={t('common.cancel')}
        confirmLoading={decision.loading}
        onOk={() => void submit()}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="decision" label={t('lifecycle.decision')} rules={[{ required: true, message: t('lifecycle.decision') }]} extra={t('lifecycle.upholdHint')}>
            <Radio.Group>
              <Radio value="UPHELD">{t('lifecycle.uphold')}</Radio>
              <Radio value="DISMISSED">{t('lifecycle.dismiss')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="reason" label={t('lifecycle.reason')} rules={[{ required: true, whitespace: true, message: t('lifecycle.commentRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
