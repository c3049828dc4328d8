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
      theme={{
        token: {
          fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
          // Darker than the default secondary text so that every label meets WCAG AA contrast.
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
