import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO_PARTNER_API_KEY, DEMO_PARTNER_KEY_ACCOUNT, startSystem, type RunningSystem } from '../support/system.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const PEOPLE = '{ customers(first: 10) { totalCount nodes { name } } }';

/**
 * The portal's partner docs page (docs/partner-api.md): open at /partner-docs without signing in; its
 * explorer (GraphiQL, loaded with the page) runs a query with the partner's key on the generated partner
 * schema, and the gateway answers with that key's people only.
 */
describe('the partner docs page in the portal', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const sent: string[] = [];

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    // one person of the demo partner, one of nobody's: the explorer must show the first only
    for (const [name, phone, keyAccountId] of [
      ['探索甲', '13811113301', DEMO_PARTNER_KEY_ACCOUNT],
      ['探索乙', '13811113302', null],
    ] as const) {
      const created = await system.as('cs.admin', CREATE_CUSTOMER, { input: { name, phone, channel: 'PARTNER', keyAccountId } });
      expect(created.errors).toBeUndefined();
    }
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } });
    page.on('request', (request) => {
      if (request.url().startsWith(system.gatewayUrl) && request.method() === 'POST')
        sent.push(JSON.stringify({ body: request.postData(), key: request.headers()['x-api-key'] ?? null }));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** the explorer's query editor is CodeMirror 5: set its text as a paste would */
  const setQuery = (query: string) =>
    page.evaluate((text) => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
        CodeMirror: { setValue(v: string): void };
      };
      editor.CodeMirror.setValue(text);
    }, query);
  const response = () =>
    page
      .locator('.graphiql-response .CodeMirror-code')
      .innerText()
      .catch(() => '');

  it('opens for someone who is not signed in, with the generated sections, in Chinese by default', async () => {
    await page.goto(`${system.portalUrl}/partner-docs`);
    await page.getByTestId('partner-docs-page').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/partner-docs');
    expect(await page.getByRole('heading', { name: '合作机构 API 开发文档' }).isVisible()).toBe(true);
    for (const id of ['authentication', 'scopes', 'limits', 'paging', 'errors', 'examples', 'reference'])
      expect(await page.locator(`section#${id}`).count()).toBe(1);
    expect(await page.getByTestId('example-people-page').innerText()).toContain('x-api-key: $CARELINE_API_KEY');
    await page.getByTestId('partner-explorer').locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
  });

  it('runs a query in the explorer with the partner key: the answer holds that partner’s people only, and nothing asked for introspection', async () => {
    await page.getByTestId('partner-api-key').fill(DEMO_PARTNER_API_KEY);
    await setQuery(PEOPLE);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(response, { timeout: 30_000, interval: 250 }).toContain('totalCount');
    const text = await response();
    expect(text).toContain('探索甲');
    expect(text).not.toContain('探索乙');
    expect(text).not.toContain('"errors"');
    expect(sent.length).toBeGreaterThan(0);
    // every request the page sent carried the partner's key, and none was an introspection query
    for (const request of sent.map((s) => JSON.parse(s) as { body: string; key: string | null })) {
      expect(request.key).toBe(DEMO_PARTNER_API_KEY);
      expect(request.body).not.toContain('__schema');
    }
  });

  it('gets FORBIDDEN from the gateway for a field closed to partners typed by hand (the explorer does not open it)', async () => {
    await setQuery('{ customers(first: 1) { nodes { consultantId } } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(response, { timeout: 30_000, interval: 250 }).toContain('"errors"');
    expect(await response()).toContain('FORBIDDEN');
    expect(await response()).not.toMatch(/"consultantId": "[0-9a-f-]{36}"/);
  });
});
