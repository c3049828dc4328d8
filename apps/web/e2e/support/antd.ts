import { expect, type Page } from '@playwright/test';

/** Picks an option of an Ant Design Select found by its aria-label (a sortable column header may have the same label). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  await expect(item).toBeVisible();
  await item.click();
}

/** The number in a tab label such as "交流轮岗名单 (104)". */
export async function tabCount(page: Page, name: string): Promise<number> {
  const text = await page.getByRole('tab', { name: new RegExp(name) }).innerText();
  const m = /\((\d+)\)/.exec(text);
  if (!m) throw new Error(`no count in tab "${text}"`);
  return Number(m[1]);
}
