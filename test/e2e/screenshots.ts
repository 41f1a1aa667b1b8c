/**
 * Screenshots of the widget for the docs. `npm run screenshots` writes docs/img/widget-open.png and
 * docs/img/widget-mobile.png; the browser suite calls the same function with a temporary directory.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestServer } from '../support/test-server';

/** Waits until every image inside the widget has loaded (or failed), so shots are not half-drawn. */
export async function widgetImagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('concierge-chat')?.shadowRoot;
    return [...(root?.querySelectorAll('img') ?? [])].every((img) => img.complete);
  });
}

/** What to say in each shot, and which card shows that the answer has arrived. */
export interface ShotScript {
  desktop: { say: string; press?: string; card: string };
  phone: { say: string; press?: string; card: string };
}

/** The scripted test bot's answers (test/e2e/fixture.ts). */
export const FIXTURE_SCRIPT: ShotScript = {
  desktop: { say: 'Hi there!', press: 'Show knitwear', card: 'Linen throw' },
  phone: { say: '你好，我想看看毛衣', press: '看看毛衣', card: '美利奴圆领毛衣' },
};

/** The real bot on the demo shop, for the pictures in the README. */
export const DEMO_SHOP_SCRIPT: ShotScript = {
  desktop: { say: 'Do you have red dresses under £80?', card: 'Floral Tea Dress' },
  phone: { say: '推荐一条围巾', card: '羊绒围巾' },
};

export async function captureScreenshots(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  script: ShotScript = FIXTURE_SCRIPT,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
  try {
    const page = await desktop.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const dialog = page.getByRole('dialog');
    await page.getByRole('textbox', { name: 'Type a message…' }).fill(script.desktop.say);
    await page.keyboard.press('Enter');
    if (script.desktop.press) await dialog.getByRole('button', { name: script.desktop.press }).click();
    await dialog.getByRole('listitem', { name: script.desktop.card }).waitFor();
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
    await page.getByRole('textbox', { name: '输入消息…' }).fill(script.phone.say);
    await page.keyboard.press('Enter');
    if (script.phone.press) await page.getByRole('button', { name: script.phone.press }).click();
    await page.getByRole('listitem', { name: script.phone.card }).waitFor();
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
  // The real product: demo shop, trained NLU, live recommendations.
  const server = await startTestServer();
  const browser = await launchChromium();
  try {
    const outDir = path.resolve(__dirname, '..', '..', 'docs', 'img');
    for (const file of await captureScreenshots(browser, server.url, outDir, DEMO_SHOP_SCRIPT)) {
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
