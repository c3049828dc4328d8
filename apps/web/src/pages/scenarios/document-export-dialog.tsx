import { DatePicker, Form, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DocumentFields } from '../../api/download-export';
import { useT } from '../../i18n/locale-context';

interface Values {
  number: number | null;
  date: Dayjs | null;
}

/** The 文号 serial (optional, 1–99999) and 成文日期 (today by default) asked before an official document is made. */
export function DocumentExportDialog({ title, open, busy, onCancel, onDownload }: {
  title: string;
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onDownload: (fields: DocumentFields) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const submit = (values: Values) => onDownload({ number: values.number ?? null, date: (values.date ?? dayjs()).format('YYYY-MM-DD') });
  return (
    <Modal
      title={t('export.documentTitle', { document: title })}
      open={open}
      okText={t('export.download')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ number: null, date: dayjs() }} onFinish={submit} preserve={false}>
        <Form.Item
          name="number"
          label={t('export.documentNumber')}
          extra={t('export.documentNumberHint')}
          rules={[{ validator: (_, v: unknown) => (v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 99999) ? Promise.resolve() : Promise.reject(new Error(t('export.documentNumberInvalid')))) }]}
        >
          <InputNumber style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="date" label={t('export.documentDate')} rules={[{ required: true, message: t('export.documentDateRequired') }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
