import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { RecordObjectionMutation } from './lifecycle.operations';

/** Today in China Standard Time, YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

interface Values { staffNo: string; text: string; evidenceFileName?: string; receivedOn: string }

/** HR records an objection on a teacher's behalf: staff number, text, evidence file name, date received. */
export function RecordObjectionButton({ scenarioId, onRecorded }: { scenarioId: string; onRecorded: () => void }) {
  const { t } = useLocale();
  const notify = useNotifiedAction();
  const [open, setOpen] = useState(false);
  const [record, recording] = useMutation(RecordObjectionMutation);
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await notify(
      () => record({ variables: { scenarioId, input: { staffNo: v.staffNo.trim(), text: v.text, evidenceFileName: v.evidenceFileName?.trim() || null, receivedOn: v.receivedOn } } }),
      t('lifecycle.done', { action: t('lifecycle.action.RECORD_OBJECTION') }),
    );
    if (ok) {
      setOpen(false);
      onRecorded();
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('lifecycle.action.RECORD_OBJECTION')}</Button>
      <Modal
        open={open}
        title={t('lifecycle.action.RECORD_OBJECTION')}
        okText={t('lifecycle.action.RECORD_OBJECTION')}
        cancelText={t('common.cancel')}
        confirmLoading={recording.loading}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ receivedOn: todayInChina() }}>
          <Form.Item name="staffNo" label={t('lifecycle.staffNo')} rules={[{ required: true, whitespace: true, message: t('lifecycle.staffNo') }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="text" label={t('lifecycle.text')} rules={[{ required: true, whitespace: true, message: t('lifecycle.text') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="evidenceFileName" label={t('lifecycle.evidence')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="receivedOn" label={t('lifecycle.receivedOn')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}>
            <Input maxLength={10} placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
