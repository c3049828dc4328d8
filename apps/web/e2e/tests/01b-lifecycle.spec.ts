import { expect, test, type Page } from '@playwright/test';
import { tabCount } from '../support/antd';
import { checkPage } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

/**
 * The bureau's path for 方案甲 (solved by the planner's spec): the planner submits, ADMIN approves (with
 * the county's notice window set to 0 working days, so that it ends at once), HR publishes and records an
 * objection, ADMIN upholds it (re-solve, supplementary notice), HR closes the notice. HR applies it in
 * the next spec.
 */
const NAME = 'E2E 方案甲';

async function openScenario(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  await page.getByRole('link', { name: NAME, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
}

const tag = (page: Page, text: string) => page.locator('.ant-tag').filter({ hasText: new RegExp(`^${text}$`) }).first();

/** Clicks a lifecycle button, fills the comment when asked, confirms in the dialog. */
async function act(page: Page, button: RegExp, comment?: string) {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (comment !== undefined) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden({ timeout: 170_000 });
}

test('planner submits, admin approves, HR publishes, an objection is upheld, the notice closes', async ({ page }, info) => {
  test.setTimeout(420_000);
  await logIn(page, 'planner');
  await openScenario(page);
  await expect(page.getByRole('button', { name: /批\s*准/ })).toHaveCount(0);
  await act(page, /提交审批/, '请局党组审定');
  await expect(tag(page, '已提交审批')).toBeVisible();
  // Under review the plan cannot change.
  await expect(page.getByRole('button', { name: /运行求解|重新求解|编\s*辑/ })).toHaveCount(0);
  await expect(page.getByText('请局党组审定')).toBeVisible();
  await checkPage(page, info, 'submitted');
  await logOut(page);

  await logIn(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: '公示设置' }).click();
  await page.getByRole('spinbutton', { name: '本地区公示期（工作日）' }).fill('0');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  await expect(page.getByText('0 个工作日')).toBeVisible();
  await checkPage(page, info, 'notice settings');
  await openScenario(page);
  await act(page, /批\s*准/, '同意');
  await expect(tag(page, '已批准')).toBeVisible();
  await logOut(page);

  await logIn(page, 'hr');
  await openScenario(page);
  const before = await tabCount(page, '交流轮岗名单');
  const objector = (await page.getByRole('tabpanel').locator('.ant-table-row').first().locator('td').nth(0).innerText()).trim();
  await act(page, /发布公示/);
  await expect(tag(page, '公示中')).toBeVisible();
  await expect(page.getByText('公示期已结束')).toBeVisible(); // 0 working days: the notice is published elsewhere
  await page.getByRole('button', { name: '登记异议' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('工号').fill(objector);
  await form.getByLabel('异议内容').fill('本人家中老人长期卧床，需要照顾');
  await form.getByLabel('证明材料文件名').fill('诊断证明.pdf');
  await form.getByRole('button', { name: '登记异议' }).click();
  await expect(form).toBeHidden();
  const objections = page.locator('.ant-table-row').filter({ hasText: '诊断证明.pdf' });
  await expect(objections).toContainText('待处理');
  // The notice cannot close while an objection is pending.
  await expect(page.getByRole('button', { name: '结束公示' })).toBeVisible();
  await checkPage(page, info, 'objection recorded');
  await logOut(page);

  await logIn(page, 'admin');
  await openScenario(page);
  await page.locator('.ant-table-row').filter({ hasText: '诊断证明.pdf' }).getByRole('button', { name: '处理异议' }).click();
  const decide = page.getByRole('dialog');
  await decide.getByRole('radio', { name: '异议成立' }).check();
  await decide.getByRole('textbox').fill('情况属实，暂缓交流');
  await decide.getByRole('button', { name: '处理异议' }).click();
  // The upheld objection re-solves the plan around the teacher.
  await expect(decide).toBeHidden({ timeout: 170_000 });
  await expect(page.locator('.ant-table-row').filter({ hasText: '诊断证明.pdf' })).toContainText('成立');
  const supplement = page.getByRole('table', { name: '补充公示' }).or(page.locator('table').filter({ hasText: '原公示' }));
  await expect(supplement.first()).toBeVisible();
  const lines = page.locator('.ant-table-row').filter({ has: page.locator('.ant-tag', { hasText: /^(取消|新增|调整)$/ }) });
  await expect(lines.filter({ hasText: objector })).toContainText('取消');
  const removed = await lines.filter({ has: page.locator('.ant-tag', { hasText: /^取消$/ }) }).count();
  const added = await lines.filter({ has: page.locator('.ant-tag', { hasText: /^新增$/ }) }).count();
  // Exactly the changed lines: the list now is the published one less the removed, plus the added.
  await page.reload();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  await expect.poll(() => tabCount(page, '交流轮岗名单')).toBe(before - removed + added);
  await expect(page.getByRole('tabpanel').getByText(objector, { exact: true })).toHaveCount(0);
  await checkPage(page, info, 'supplementary notice');
  await logOut(page);

  await logIn(page, 'hr');
  await openScenario(page);
  await act(page, /结束公示/);
  await expect(tag(page, '公示结束')).toBeVisible();
  await expect(page.getByRole('button', { name: '执行方案' })).toBeVisible();
  const history = page.getByLabel('流转记录');
  for (const step of ['提交审批', '批准', '发布公示', '登记异议', '处理异议', '结束公示']) await expect(history.getByText(step, { exact: true }).first()).toBeVisible();
});
