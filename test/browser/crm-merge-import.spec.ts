import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickSearched } from '../support/antd.js';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

/** The text of every entry of a zip archive (an .xlsx), by name: enough to read what a sheet says. */
function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

/**
 * Issue 17, "every function on a screen": 合并重复客户 (compare two records side by side, choose per
 * field, confirm, land on the survivor's 360; offered only to those who may merge) and 批量导入
 * (upload, dry-run preview with each refused row's problem in words, the run with its progress, and
 * the refused rows as a spreadsheet).
 */
describe('customer merge and import screens (browser)', () => {
  let system: RunningSystem;
  let browser: Browser;

  const ok = async (who: DemoUser, query: string, variables?: object) => {
    const r = await system.as(who, query, variables);
    expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
    return r.data;
  };
  const create = async (input: object) =>
    (await ok('cs.admin', 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', { i: input })).createCustomer
      .id as string;
  async function as(who: DemoUser, path: string, steps: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, who, { path });
      await steps(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('merge: compares the two records (differences highlighted), keeps the chosen values and opens the survivor’s 360', async () => {
    const survivorId = await create({ name: '合并王', phone: '13755550001', channel: 'PHONE', gender: 'FEMALE', region: '浦东' });
    const mergedId = await create({
      name: '合并王二',
      phone: '13755550002',
      channel: 'PHONE',
      gender: 'FEMALE',
      region: '徐汇',
      address: '长乐路 1 号',
    });

    // finance reads the 360 but may not merge: no action offered
    await as('finance', `/crm/customers/${survivorId}`, async (page) => {
      await page.getByTestId('crm-360-page').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-360-merge').count()).toBe(0);
    });

    await as('cs.admin', `/crm/customers/${survivorId}`, async (page) => {
      await page.getByTestId('crm-360-merge').click();
      await page.getByTestId('crm-merge-page').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-merge-empty').waitFor({ timeout: 15_000 });
      await pickSearched(page, 'crm-merge-duplicate', '合并王二', '合并王二');
      await page.getByTestId('crm-merge-compare').waitFor({ timeout: 15_000 });

      // side by side: what differs is marked, what is the same is not
      const row = (field: string) => page.getByTestId(`crm-merge-row-${field}`);
      expect(await row('NAME').getAttribute('data-differs')).toBe('true');
      expect(await row('REGION').getAttribute('data-differs')).toBe('true');
      expect(await row('GENDER').getAttribute('data-differs')).toBe('false');
      expect(await row('GENDER').innerText()).toContain('女');
      expect(await row('NAME').innerText()).toContain('不同');
      // the survivor has no address: the duplicate's is kept, not a choice
      expect(await page.getByTestId('crm-merge-pick-ADDRESS-merged').isChecked()).toBe(true);
      expect(await page.getByTestId('crm-merge-pick-ADDRESS-survivor').isDisabled()).toBe(true);
      // by default each field keeps the survivor's value; choose the duplicate's region, keep the survivor's name
      expect(await page.getByTestId('crm-merge-pick-REGION-survivor').isChecked()).toBe(true);
      await page.getByTestId('crm-merge-pick-REGION-merged').check();
      expect(await page.getByTestId('crm-merge-pick-NAME-survivor').isChecked()).toBe(true);

      await page.getByTestId('crm-merge-reason').fill('同一人重复登记');
      await page.getByTestId('crm-merge-submit').click();
      await page.getByTestId('crm-merge-confirm').click();

      // the result: the survivor's 360
      await page.waitForURL((url) => url.pathname.endsWith(`/crm/customers/${survivorId}`), { timeout: 30_000 });
      await page.getByTestId('crm-360-page').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-360-name').innerText()).toBe('合并王');
      const profile = page.getByTestId('crm-360-profile');
      await profile.getByText('徐汇').waitFor({ timeout: 15_000 });
      expect(await profile.innerText()).toContain('长乐路 1 号');
    });

    const gone = await system.as('cs.admin', 'query ($id: ID!) { customer(id: $id) { id } }', { id: mergedId });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CUSTOMER_MERGED' });
  });

  it('import: the dry run lists each refused row in words and writes nothing; the run shows progress and the result; the error file downloads', async () => {
    await create({ name: '已有客户', phone: '13766660001', channel: 'PHONE' });
    const csv = [
      '姓名,手机号,性别,区域',
      '已有客户,13766660001,女,静安', // on file already: updated
      '导入新客,13766660002,男,徐汇', // created
      '号码不对,12345,男,', // refused: phone
      '重复号码,13766660002,女,', // refused: repeats row 3
    ].join('\n');
    const countOf = async (search: string) =>
      (await ok('cs.admin', 'query ($s: String) { customers(search: $s, first: 5) { totalCount } }', { s: search })).customers.totalCount;

    await as('cs.admin', '/crm/customers', async (page) => {
      await page.getByTestId('crm-search-table').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-search-import').click();
      await page
        .locator('.ant-modal input[type=file]')
        .setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByText('已选择：客户名单.csv').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('crm-import-run').isDisabled()).toBe(true);

      // 预检: what would happen, and why each refused row is refused, in Chinese
      await page.getByTestId('crm-import-dry-run').click();
      await page.getByTestId('crm-import-outcome').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-import-outcome').innerText()).toContain('预检结果（尚未写入）');
      expect(await page.getByTestId('crm-import-created').innerText()).toBe('1');
      expect(await page.getByTestId('crm-import-updated').innerText()).toBe('1');
      expect(await page.getByTestId('crm-import-refused').innerText()).toBe('2');
      const errors = await page.getByTestId('crm-import-errors').innerText();
      expect(errors).toContain('手机号“12345”不是有效的号码');
      expect(errors).toContain('手机号与第 3 行重复');
      expect(errors).not.toMatch(/is not|repeats/);
      expect(await countOf('导入新客')).toBe(0);

      // 正式导入: the progress reaches every row, then the outcome
      await page.getByTestId('crm-import-run').click();
      await page.getByTestId('crm-import-progress-done').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-import-progress-done').innerText()).toContain('4 / 4');
      expect(await page.getByTestId('crm-import-outcome').innerText()).toContain('导入完成');
      expect(await page.getByTestId('crm-import-created').innerText()).toBe('1');
      expect(await page.getByTestId('crm-import-refused').innerText()).toBe('2');
      expect(await countOf('导入新客')).toBe(1);

      // the refused rows as a spreadsheet: row, column, the cell, the problem in words
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('crm-import-error-file').click(),
      ]);
      expect(download.suggestedFilename()).toBe('客户名单-导入错误.xlsx');
      const files = unzip(await readFile((await download.path())!));
      const text = [...files.entries()]
        .filter(([name]) => name.startsWith('xl/'))
        .map(([, xml]) => xml)
        .join('\n');
      for (const expected of ['行号', '文件中的内容', '手机号“12345”不是有效的号码', '手机号与第 3 行重复', '13766660002'])
        expect(text).toContain(expected);

      // the list behind the modal has the new customer
      await page.getByTestId('crm-import-close').click();
      await page.getByTestId('crm-search-table').getByText('导入新客').waitFor({ timeout: 15_000 });
    });
  });
});
