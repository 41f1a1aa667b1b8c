import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launchChromium } from '../support/browser';
import { type Fixture, startFixture } from './fixture';
import { captureScreenshots } from './screenshots';

/** The element focused inside the widget's shadow root, described by its class. */
function focusedInWidget(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const host = document.activeElement;
    return host?.id === 'concierge-chat' ? (host.shadowRoot?.activeElement?.className ?? undefined) : undefined;
  });
}

describeWithBrowser('web chat widget in Chromium', () => {
  let fx: Fixture;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    fx = await startFixture();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await fx?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('chats on the demo page: ask, quick reply, card button, Escape, reload with history', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${fx.url}/`);
    await page.getByRole('heading', { name: 'Soft layers for slow mornings.' }).waitFor();

    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'Maple & Thread' });
    await dialog.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedInWidget(page)).toBe('cc-input');
    await dialog.getByText('Hi! I can track orders').waitFor();
    expect(await dialog.getByRole('log').getAttribute('aria-live')).toBe('polite');

    // Enter sends.
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await dialog.getByText('Hello! I can track an order').waitFor();
    expect(fx.handler.received.at(-1)).toMatchObject({ text: 'hello', localeHint: 'en' });

    // A quick reply sends its payload and shows its label.
    await dialog
      .getByRole('group', { name: 'Suggested replies' })
      .getByRole('button', { name: 'Show knitwear' })
      .click();
    const carousel = dialog.getByRole('list', { name: 'Products' });
    await carousel.getByRole('listitem', { name: 'Linen throw' }).waitFor();
    expect(fx.handler.received.at(-1)).toMatchObject({ payload: 'SHOW_KNITWEAR', text: 'Show knitwear' });
    expect(await carousel.getByRole('listitem').count()).toBe(3);
    expect(await carousel.getByText('£68.00').isVisible()).toBe(true);
    const details = carousel
      .getByRole('listitem', { name: 'Merino crew sweater' })
      .getByRole('link', { name: 'Details' });
    expect(await details.getAttribute('href')).toBe('https://shop.example/products/p-sweater');
    expect(await details.getAttribute('rel')).toBe('noopener noreferrer');

    // A card button sends its payload.
    await carousel.getByRole('button', { name: 'Add to bag: Merino crew sweater' }).click();
    await dialog.getByText('Added Merino crew sweater to your bag.').waitFor();
    expect(fx.handler.received.at(-1)?.payload).toBe('ADD:p-sweater');

    // Escape closes and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('cc-launcher');

    // After a reload the conversation is still there.
    await page.reload();
    await page.getByRole('button', { name: 'Open chat' }).click();
    await dialog.getByText('Added Merino crew sweater to your bag.').waitFor();
    await dialog.getByText('hello', { exact: true }).waitFor();
    await dialog.getByRole('listitem', { name: 'Linen throw' }).waitFor();
    await dialog.getByRole('button', { name: 'Checkout' }).waitFor();

    // And in a second tab of the same browser.
    const tab = await context.newPage();
    await tab.goto(`${fx.url}/`);
    await tab.getByRole('button', { name: 'Open chat' }).click();
    await tab.getByText('Added Merino crew sweater to your bag.').waitFor();
    expect(errors).toEqual([]);
  });

  it('speaks Chinese to a Chinese browser', async () => {
    context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${fx.url}/`);
    await page.getByRole('button', { name: '打开聊天' }).click();
    await page.getByText('您好！我可以帮您查询订单').waitFor();
    const input = page.getByRole('textbox', { name: '输入消息…' });
    await input.fill('你好');
    await page.getByRole('button', { name: '发送消息' }).click();
    await page.getByText('您好！我是 Maple & Thread 的购物助手').waitFor();
    expect(fx.handler.received.at(-1)).toMatchObject({ text: '你好', localeHint: 'zh' });
    await page.getByRole('group', { name: '建议回复' }).getByRole('button', { name: '看看毛衣' }).click();
    await page.getByRole('list', { name: '商品' }).getByRole('listitem', { name: '美利奴圆领毛衣' }).waitFor();
    expect(await page.getByRole('button', { name: '关闭聊天' }).isVisible()).toBe(true);
  });

  it('raises an unread badge for a message that arrives while closed, and labels agents', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const subscribed = fx.bus.nextSubscription();
    await page.goto(`${fx.url}/`);
    const conversationId = (await subscribed).slice('webchat:'.length);
    await fx.outbound.send(
      { channel: 'webchat', channelConversationId: conversationId, channelUserId: 'v_visitor000' },
      [{ text: 'Hi, Sam here from Maple & Thread — your parcel left today.', from: 'agent' }],
    );
    const launcher = page.getByRole('button', { name: 'Open chat, 1 unread message' });
    await launcher.waitFor();
    expect(await page.locator('.cc-badge').textContent()).toBe('1');
    await launcher.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Hi, Sam here from Maple & Thread').waitFor();
    await dialog.locator('.cc-agent .cc-label', { hasText: 'Agent' }).waitFor();
    await page.locator('.cc-badge').waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: 'Open chat', exact: true }).count()).toBe(1);
  });

  it('fills a phone screen and closes with its close button', async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${fx.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    await page.getByRole('textbox').fill('hi');
    await page.getByRole('button', { name: 'Send message' }).tap();
    await dialog.getByText('Hello! I can track an order').waitFor();
    await page.getByRole('button', { name: 'Close chat' }).tap();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: 'Open chat' }).isVisible()).toBe(true);
  });

  it('resends a message whose answer was lost, with the same clientMessageId, and shows one answer', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    let dropped = false;
    await page.route('**/api/webchat/messages', async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      // The server receives and answers the message; the browser never sees the answer.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.goto(`${fx.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByRole('textbox').fill('hello again');
    await page.keyboard.press('Enter');
    await page.getByText('Hello! I can track an order').waitFor();
    const deliveries = fx.handler.received.filter((m) => m.text === 'hello again').map((m) => m.deliveryId);
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]).toBe(deliveries[1]);
    expect(await page.getByText('Hello! I can track an order').count()).toBe(1);
    expect(await page.getByText('hello again', { exact: true }).count()).toBe(1);
  });

  it('keeps a message typed while offline and sends it when the network is back', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fx.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByText('Hi! I can track orders').waitFor();
    await context.setOffline(true);
    await page.getByRole('textbox').fill('hi from the tunnel');
    await page.keyboard.press('Enter');
    await page.getByText('Sending again…').waitFor();
    await context.setOffline(false);
    await page.getByText('Hello! I can track an order').waitFor();
    await page.getByText('Sending again…').waitFor({ state: 'detached' });
    expect(fx.handler.received.filter((m) => m.text === 'hi from the tunnel')).toHaveLength(1);
  });

  it('takes the documentation screenshots', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'widget-shots-'));
    try {
      const files = await captureScreenshots(browser, fx.url, dir);
      expect(files.map((f) => path.basename(f))).toEqual(['widget-open.png', 'widget-mobile.png']);
      for (const file of files) expect((await stat(file)).size).toBeGreaterThan(10_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
