import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { downloadExport, type ExportFormat, type ExportList } from '../../api/download-export';
import { useSignedIn } from '../../auth/session-context';
import { describeError } from '../../errors/describe-error';
import { useT } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';

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

/** HR's rotation, hiring, post-transfer and recall lists for official notices (fetched with the token, saved as files). */
export function ExportButtons({ scenarioId }: { scenarioId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (list: ExportList, format: ExportFormat) => {
    setBusy(`${list}.${format}`);
    try {
      await downloadExport(session.token, scenarioId, list, format);
    } catch (error) {
      void message.error(describeError(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      {FILES.map((f) => (
        <Button key={`${f.list}.${f.format}`} loading={busy === `${f.list}.${f.format}`} onClick={() => void download(f.list, f.format)}>
          {t(f.label)}
        </Button>
      ))}
    </Space>
  );
}
