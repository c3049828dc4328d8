import { Alert, App, Button, Card, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/download-export';
import { uploadRoster, type RosterProblem, type RosterUploadResult } from '../../api/upload-roster';
import { useSignedIn } from '../../auth/session-context';
import { describeError } from '../../errors/describe-error';
import { useT } from '../../i18n/locale-context';
import { ImportWarnings } from './import-warnings';

/** HR uploads a roster workbook: a dry run lists every problem with nothing written; then the import. */
export default function ImportPage() {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<RosterUploadResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setResult(null);
    setFailure(null);
    setProgress(0);
    try {
      setResult(await uploadRoster(session.token, file, dryRun, setProgress));
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setProgress(null);
    }
  };
  const template = async () => {
    try {
      await downloadFile(session.token, '/imports/template.xlsx', 'template.xlsx');
    } catch (error) {
      void message.error(describeError(error, t));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('import.title')}
      </Typography.Title>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('import.hint')}</Typography.Text>
          <Space wrap>
            <Button onClick={() => void template()}>{t('import.template')}</Button>
            <Upload
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setResult(null);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'roster', name: file.name, status: 'done' }] : []}
            >
              <Button>{t('import.pick')}</Button>
            </Upload>
            <Button disabled={!file || progress !== null} onClick={() => void send(true)}>
              {t('import.check')}
            </Button>
            <Button type="primary" disabled={!file || progress !== null} onClick={() => void send(false)}>
              {t('import.run')}
            </Button>
          </Space>
          {progress !== null && <Progress percent={Math.round(progress * 100)} status="active" aria-label={t('import.uploading')} />}
        </Space>
      </Card>
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      {result && result.problems.length > 0 && (
        <>
          <Alert type="error" showIcon role="alert" title={t('import.problems', { n: result.problems.length })} />
          <Table<RosterProblem & { key: number }>
            size="small"
            rowKey="key"
            dataSource={result.problems.map((p, key) => ({ ...p, key }))}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('import.sheet'), dataIndex: 'sheet', width: 100 },
              { title: t('import.row'), dataIndex: 'row', width: 70, align: 'right', render: (v: number) => (v === 0 ? '—' : v) },
              { title: t('import.column'), dataIndex: 'column', width: 140 },
              { title: t('import.value'), dataIndex: 'value', width: 200 },
              { title: t('import.problem'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      {result && result.problems.length === 0 && (
        <Alert
          type="success"
          showIcon
          title={result.imported && result.counts ? t('import.imported', result.counts) : t('import.checked', { rows: result.rowsRead })}
        />
      )}
      {result && result.problems.length === 0 && <ImportWarnings warnings={result.warnings} />}
    </Space>
  );
}
