import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { AddRegionHolidayMutation, NoticeSettingsQuery, RemoveRegionHolidayMutation, SetNoticeWindowDaysMutation } from '../lifecycle/lifecycle.operations';

/** ADMIN keeps the region's public notice window (working days) and its holidays. */
export default function NoticeSettingsPage() {
  const { t } = useLocale();
  const notify = useNotifiedAction();
  const { session } = useSignedIn();
  const [regionCode, setRegionCode] = useState(session.user.regionCode ?? '');
  const query = useQuery(NoticeSettingsQuery, { variables: { regionCode }, skip: !regionCode, fetchPolicy: 'network-only' });
  const [setDays] = useMutation(SetNoticeWindowDaysMutation);
  const [addHoliday] = useMutation(AddRegionHolidayMutation);
  const [removeHoliday] = useMutation(RemoveRegionHolidayMutation);
  const [days, setDaysValue] = useState<number | null | undefined>(undefined);
  const [holidayForm] = Form.useForm<{ date: string; name: string }>();
  const settings = query.data?.noticeSettings;
  const shownDays = days === undefined ? settings?.ownWorkingDays ?? null : days;
  const saveDays = async () => {
    if (await notify(() => setDays({ variables: { regionCode, days: shownDays } }), t('lifecycle.saved'))) {
      setDaysValue(undefined);
      void query.refetch();
    }
  };
  const add = async () => {
    const v = await holidayForm.validateFields();
    if (await notify(() => addHoliday({ variables: { regionCode, input: { date: v.date, name: v.name.trim() } } }), t('lifecycle.saved'))) {
      holidayForm.resetFields();
      void query.refetch();
    }
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>{t('lifecycle.settings')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('lifecycle.settingsHint')}</Typography.Paragraph>
      {!session.user.regionCode && (
        <Input style={{ maxWidth: 240 }} aria-label={t('lifecycle.region')} placeholder={t('lifecycle.region')} value={regionCode} onChange={(e) => setRegionCode(e.target.value.trim())} />
      )}
      {query.error && <ErrorAlert error={query.error} />}
      {regionCode && !settings && !query.error && <PageLoading />}
      {settings && (
        <>
          <Card size="small" title={t('lifecycle.window')}>
            <Space wrap>
              <span>{t('lifecycle.ownDays')}</span>
              <InputNumber aria-label={t('lifecycle.ownDays')} min={0} max={60} precision={0} value={shownDays} placeholder={t('lifecycle.inherit')} onChange={(v) => setDaysValue(v ?? null)} />
              <Button type="primary" onClick={() => void saveDays()}>{t('common.save')}</Button>
              <Typography.Text type="secondary">{t('lifecycle.windowDays', { n: settings.workingDays })}</Typography.Text>
            </Space>
          </Card>
          <Card size="small" title={t('lifecycle.holidays')}>
            <Form form={holidayForm} layout="inline" style={{ marginBottom: 12 }}>
              <Form.Item name="date" label={t('lifecycle.holidayDate')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}>
                <Input placeholder="YYYY-MM-DD" maxLength={10} />
              </Form.Item>
              <Form.Item name="name" label={t('lifecycle.holidayName')} rules={[{ required: true, whitespace: true, message: t('lifecycle.holidayName') }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Button onClick={() => void add()}>{t('lifecycle.addHoliday')}</Button>
            </Form>
            <Table
              size="small"
              rowKey={(h) => `${h.regionCode}:${h.date}`}
              pagination={false}
              dataSource={settings.holidays}
              columns={[
                { title: t('lifecycle.holidayDate'), dataIndex: 'date' },
                { title: t('lifecycle.holidayName'), dataIndex: 'name' },
                { title: t('lifecycle.region'), dataIndex: 'regionCode' },
                {
                  title: '',
                  key: 'remove',
                  render: (_: unknown, h: { regionCode: string; date: string }) =>
                    h.regionCode === regionCode ? (
                      <Button size="small" danger onClick={() => void notify(() => removeHoliday({ variables: { regionCode, date: h.date } }), t('lifecycle.saved')).then(() => query.refetch())}>
                        {t('lifecycle.remove')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
