import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { downloadDocument, downloadExport, type DocumentFields, type ExportDocument, type ExportFormat, type ExportList } from '../../api/download-export';
import { useSignedIn } from '../../auth/session-context';
import { describeError } from '../../errors/describe-error';
import { useT } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';
import { DocumentExportDialog } from './document-export-dialog';

const FILES: Array<{ list: ExportList; format: ExportFormat; label: MessageKey }> = [
  { list: 'rotations', format: 'xlsx', label: 'export.rotationsXlsx' },
  { list: 'rotations', format: 'csv', label: 'export.rotationsCsv' },
  { list: 'hires', format: 'xlsx', label: 'export.hiresXlsx' },
  { list: 'hires', format: 'csv', label: 'export.hiresCsv' },
  { list: 'post-transfers', format: 'xlsx', label: 'export.postTransfersXlsx' },
  { list: 'post-transfers', format: 'csv', label: 'export.postTransfersCsv' },
  { list: 'recalls', format: 'xlsx', label: 'export.recallsXlsx' },
  { list: 'recalls', format: 'csv', label: 'export.recallsCsv' },
];

const DOCUMENTS: Array<{ document: ExportDocument; label: MessageKey }> = [
  { document: 'notice', label: 'export.noticeDocx' },
  { document: 'rotation-document', label: 'export.rotationDocumentDocx' },
];

/**
 * HR's rotation, hiring, post-transfer and recall lists, and the official documents (公示名单, 交流轮岗文件,
 * after asking the 文号 serial and 成文日期), fetched with the token and saved as files. `year`: the lists
 * of that year of a multi-year plan (absent: the plan's first year); `documents`: false hides the documents.
 */
export function ExportButtons({ scenarioId, year, documents = true }: { scenarioId: string; year?: number; documents?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<(typeof DOCUMENTS)[number] | null>(null);
  const run = async (key: string, work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(key);
    try {
      await work();
      return true;
    } catch (error) {
      void message.error(describeError(error, t));
      return false;
    } finally {
      setBusy(null);
    }
  };
  const download = (list: ExportList, format: ExportFormat) => run(`${list}.${format}`, () => downloadExport(session.token, scenarioId, list, format, year));
  const downloadDoc = async (document: ExportDocument, fields: DocumentFields) => {
    if (await run(`${document}.docx`, () => downloadDocument(session.token, scenarioId, document, fields))) setAsking(null);
  };
  return (
    <Space wrap>
      {FILES.map((f) => (
        <Button key={`${f.list}.${f.format}`} loading={busy === `${f.list}.${f.format}`} onClick={() => void download(f.list, f.format)}>
          {t(f.label)}
        </Button>
      ))}
      {documents && DOCUMENTS.map((d) => (
        <Button key={d.document} type="primary" ghost onClick={() => setAsking(d)}>
          {t(d.label)}
        </Button>
      ))}
      <DocumentExportDialog
        title={asking ? t(asking.label) : ''}
        open={asking !== null}
        busy={asking !== null && busy === `${asking.document}.docx`}
        onCancel={() => setAsking(null)}
        onDownload={(fields) => asking && void downloadDoc(asking.document, fields)}
      />
    </Space>
  );
}
