import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../errors/describe-error';
import { defaultPlanYear } from '../../format/plan-year';
import type { RolloverPreviewQuery as PreviewData } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { RolloverMutation, RolloverPreviewQuery } from './rollover.operations';

type ReturnRow = PreviewData['rolloverPreview']['returns'][number];

/**
 * 学年轮转 (HR and ADMIN): a modal that previews who returns to their home school at September 1 of the
 * chosen year, and runs the rollover only after that preview.
 */
export function RolloverButton({ countyCode, onDone }: { countyCode: string; onDone: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(defaultPlanYear());
  const preview = useQuery(RolloverPreviewQuery, { variables: { countyCode, year }, skip: !open, fetchPolicy: 'network-only' });
  const [rollover, { loading }] = useMutation(RolloverMutation);
  const data = preview.data?.rolloverPreview;
  const run = async () => {
    try {
      const { data: done } = await rollover({ variables: { countyCode, year } });
      void message.success(t('rollover.done', { n: done?.rollover.returns.length ?? 0 }));
      setOpen(false);
      onDone();
    } catch (error) {
      void message.error(describeError(error, t));
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('rollover.button')}</Button>
      <Modal
        open={open}
        title={t('rollover.title')}
        width={860}
        okText={t('rollover.apply')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !data || (data.returns.length === 0 && data.termsCleared.length === 0), loading }}
        onOk={() => void run()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space>
            <Typography.Text>{t('rollover.year')}</Typography.Text>
            <InputNumber aria-label={t('rollover.year')} min={2000} max={2100} precision={0} value={year} onChange={(v) => v !== null && setYear(v)} />
          </Space>
          <ErrorAlert error={preview.error} />
          {data && (
            <>
              <Typography.Text type="secondary">{t('rollover.date', { date: data.date })}</Typography.Text>
              {data.returns.length === 0 ? (
                <Alert type="info" showIcon title={t('rollover.none')} />
              ) : (
                <Typography.Text strong>{t('rollover.count', { n: data.returns.length })}</Typography.Text>
              )}
              {data.returns.length > 0 && (
                <Table<ReturnRow>
                  size="small"
                  rowKey="staffNo"
                  dataSource={data.returns}
                  pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                  columns={[
                    { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 130 },
                    { title: t('teacher.name'), dataIndex: 'name', width: 100 },
                    { title: t('teacher.subject'), dataIndex: 'subject', width: 80 },
                    { title: t('rollover.from'), dataIndex: 'fromSchoolName' },
                    { title: t('rollover.to'), dataIndex: 'toSchoolName' },
                    { title: t('rollover.end'), dataIndex: 'rotationEnd', width: 110 },
                  ]}
                />
              )}
              {data.termsCleared.length > 0 && <Typography.Text type="secondary">{t('rollover.cleared', { n: data.termsCleared.length })}</Typography.Text>}
              {(data.returns.length > 0 || data.termsCleared.length > 0) && <Alert type="warning" showIcon title={t('rollover.staleHint')} />}
            </>
          )}
        </Space>
      </Modal>
    </>
  );
}
