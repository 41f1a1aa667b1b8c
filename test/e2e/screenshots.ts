/**
 * Screenshots of the widget for the docs. `npm run screenshots` writes docs/img/widget-open.png and
 * docs/img/widget-mobile.png; the browser suite calls the same function with a temporary directory.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startFixture } from './fixture';

/** Waits until every image inside the widget has loaded (or failed), so shots are not half-drawn. */
export async function widgetImagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('concierge-chat')?.shadowRoot;
    return [...(root?.querySelectorAll('img') ?? [])].every((img) => img.complete);
  });
}

export async function captureScreenshots(browser: Browser, baseUrl: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
  try {
    const page = await desktop.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const dialog = page.getByRole('dialog');
    await page.getByRole('textbox', { name: 'Type a message…' }).fill('Hi there!');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Show knitwear' }).click();
    await dialog.getByRole('listitem', { name: 'Linen throw' }).waitFor();
    await widgetImagesSettled(page);
    const file = path.join(outDir, 'widget-open.png');
    await page.screenshot({ path: file, caret: 'hide', animations: 'disabled' });
    files.push(file);
  } finally {
    await desktop.close();
  }

  const phone = await browser.newContext({
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: '打开聊天' }).click();
    await page.getByRole('textbox', { name: '输入消息…' }).fill('你好，我想看看毛衣');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '看看毛衣' }).click();
    await page.getByRole('listitem', { name: '美利奴圆领毛衣' }).waitFor();
    await widgetImagesSettled(page);
    const file = path.join(outDir, 'widget-mobile.png');
    await page.screenshot({ path: file, caret: 'hide', animations: 'disabled' });
    files.push(file);
  } finally {
    await phone.close();
  }
  return files;
}

async function main(): Promise<void> {
  const fixture = await startFixture();
  const browser = await launchChromium();
  try {
    const outDir = path.resolve(__dirname, '..', '..', 'docs', 'img');
    for (const file of await captureScreenshots(browser, fixture.url, outDir)) {
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    await browser.close();
    await fixture.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
