import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale-context';

/** Ant Design in the chosen language (zh_CN by default) with a font stack that has CJK glyphs. */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  useEffect(() => {
    dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return (
    <ConfigProvider
      locale={locale === 'zh' ? zhCN : enUS}
      // No space inserted between two Chinese characters of a button ("复 制"): names stay as written.
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
          // Darker than the defaults so that links, selected menu items and secondary text meet WCAG AA.
          colorPrimary: '#0958d9',
          colorLink: '#0958d9',
          colorPrimaryHover: '#003eb3',
          colorLinkHover: '#003eb3',
          colorError: '#cf1322',
          colorErrorHover: '#a8071a',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          // An empty table's "暂无数据" is drawn in the disabled colour: dark enough to read (WCAG AA).
          colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
