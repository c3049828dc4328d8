/**
 * Every label of the interface, Chinese first, with the English switch. Nothing else in src holds UI
 * text: pages call `t('key')`. Data (school names, budget categories) comes from the API as it is.
 */
import { en } from './messages-en';
import { zh } from './messages-zh';

export { en, zh };

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export type Locale = 'zh' | 'en';
export const MESSAGES: Record<Locale, Messages> = { zh, en };

/** `{name}` placeholders filled from params. */
export function formatMessage(messages: Messages, key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

