import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { AssignableRegionsQuery } from '../../county/assignable-regions.query';
import { classifyError, describeError } from '../../errors/describe-error';
import { formatDateTime } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { hasNumberPlaces, previewDocumentNumber } from './document-number-preview';
import { DocumentSettingsQuery, SaveDocumentSettingsMutation } from './document-settings.operations';

interface Values {
  issuer: string;
  numberPattern: string;
}

const FIELDS = new Set(['issuer', 'numberPattern']);

/** 公文设置: an administrator's issuing body (发文机关) and 文号 pattern for the notice and the rotation document. */
export default function DocumentSettingsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const regions = useQuery(AssignableRegionsQuery);
  const [regionCode, setRegionCode] = useState<string | null>(session.user.regionCode);
  const code = regionCode ?? regions.data?.assignableRegions[0]?.code ?? null;
  const settings = useQuery(DocumentSettingsQuery, { variables: { regionCode: code }, skip: code === null, fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveDocumentSettingsMutation);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const pattern = Form.useWatch('numberPattern', form) ?? '';
  const current = settings.data?.documentSettings;
  const nextYear = new Date().getFullYear() + 1;

  useEffect(() => {
    if (current) form.setFieldsValue({ issuer: current.issuer, numberPattern: current.numberPattern });
  }, [current, form]);

  const submit = async (values: Values) => {
    if (!code) return;
    setFailure(null);
    try {
      await save({ variables: { input: { regionCode: code, issuer: values.issuer.trim(), numberPattern: values.numberPattern.trim() } } });
      void message.success(t('documents.saved'));
      await settings.refetch();
    } catch (error) {
      const text = describeError(error, t);
      const { field } = classifyError(error);
      if (field && FIELDS.has(field)) form.setFields([{ name: field as keyof Values, errors: [text] }]);
      setFailure(text);
    }
  };

  if (settings.error) return <ErrorAlert error={settings.error} />;
  const regionOptions = (regions.data?.assignableRegions ?? []).map((r) => ({ value: r.code, label: r.name }));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('documents.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('documents.hint')}</Typography.Text>
      {regionOptions.length > 1 && (
        <Space>
          <Typography.Text id="documents-region">{t('documents.region')}</Typography.Text>
          <Select aria-labelledby="documents-region" style={{ minWidth: 200 }} value={code ?? undefined} options={regionOptions} onChange={(v: string) => { setFailure(null); setRegionCode(v); }} />
        </Space>
      )}
      {!current ? (
        <PageLoading />
      ) : (
        <Card size="small" style={{ maxWidth: 720 }}>
          {!current.saved && <Alert type="info" showIcon title={t('documents.defaults')} style={{ marginBottom: 12 }} />}
          {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={() => setFailure(null)}>
            <Form.Item name="issuer" label={t('documents.issuer')} rules={[{ required: true, whitespace: true, message: t('documents.issuerRequired') }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="numberPattern"
              label={t('documents.numberPattern')}
              extra={t('documents.numberPatternHint')}
              rules={[
                { required: true, whitespace: true, message: t('documents.numberPatternRequired') },
                { validator: (_, v: string | undefined) => (!v || hasNumberPlaces(v) ? Promise.resolve() : Promise.reject(new Error(t('documents.numberPatternMissing')))) },
              ]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('documents.preview', { year: nextYear })}>
                <Typography.Text strong data-testid="document-number-preview">
                  {hasNumberPlaces(pattern) ? previewDocumentNumber(pattern, nextYear, 1) : '—'}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Space>
              <Button type="primary" htmlType="submit" loading={saving.loading}>
                {t('common.save')}
              </Button>
              {current.saved && current.updatedAt && (
                <Typography.Text type="secondary">{t('documents.savedBy', { user: current.updatedBy ?? '—', time: formatDateTime(current.updatedAt, locale) })}</Typography.Text>
              )}
            </Space>
          </Form>
        </Card>
      )}
    </Space>
  );
}
