import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** A full-page screenshot under e2e/screenshots (git-ignored), named after the test and the step. */
export async function screenshot(page: Page, info: TestInfo, step: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  const name = `${info.titlePath.slice(1).join(' - ')} - ${step}`.replace(/[^\w\u4e00-\u9fff -]+/g, '_');
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** Nothing wider than the window (no horizontal scrolling of the page itself at 1366x768). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** axe-core: no serious or critical violations on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/** The checks every page gets: screenshot, no overflow, accessible. */
export async function checkPage(page: Page, info: TestInfo, step: string): Promise<void> {
  // Judge the page at rest: no hover effect from the last click, transitions over.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await screenshot(page, info, step);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
}
