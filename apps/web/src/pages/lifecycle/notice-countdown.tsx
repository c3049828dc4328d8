import { Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';

export interface NoticeWindowView {
  publishedAt: string;
  endsAt: string;
  workingDays: number;
  remainingWorkingDays: number;
  open: boolean;
  publicPath?: string | null;
}

/** d天 hh:mm:ss until `end` (China officials read the clock in their own time zone). */
export function countdown(endMs: number, nowMs: number): string {
  const left = Math.max(0, Math.floor((endMs - nowMs) / 1000));
  const days = Math.floor(left / 86_400);
  const hh = String(Math.floor((left % 86_400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((left % 3600) / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return `${days > 0 ? `${days}d ` : ''}${hh}:${mm}:${ss}`;
}

/** The notice window: its length, its end, the working days left and a live countdown; the public link for HR. */
export function NoticeCountdown({ window }: { window: NoticeWindowView }) {
  const { t, locale } = useLocale();
  const [now, setNow] = useState(() => Date.now());
  const end = Date.parse(window.endsAt);
  const open = window.open && now < end;
  useEffect(() => {
    if (!open) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [open]);
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('lifecycle.window')}>
        {t('lifecycle.windowDays', { n: window.workingDays })} · {t('lifecycle.windowEnds', { at: formatDateTime(window.endsAt, locale) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('lifecycle.title')}>
        <Typography.Text role="timer" strong={open}>
          {open ? t('lifecycle.windowRemaining', { n: window.remainingWorkingDays, time: countdown(end, now) }) : t('lifecycle.windowEnded')}
        </Typography.Text>
      </Descriptions.Item>
      {window.publicPath && open && (
        <Descriptions.Item label={t('lifecycle.publicLink')}>
          <Typography.Link href={window.publicPath} target="_blank" copyable={{ text: `${globalThis.location?.origin ?? ''}${window.publicPath}` }}>
            {window.publicPath.slice(0, 16)}…
          </Typography.Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
