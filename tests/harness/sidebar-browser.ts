/**
 * The built sidebar in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), served from a
 * localhost HTTP server, its google.script.run calls relayed to the built Code.js in the emulator.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { ExecutionOptions } from '../emulator/core/world';
import { adaChromium, bukaChromium, type Chromium } from './chromium';
import { readBuiltFile, type LoadedScript } from './script';
import { PAGE_RUNNER_JS, ScriptRunRelay } from './script-run-relay';

export const LEBAR_PANEL = 300;

export class SidebarBrowser {
  private constructor(
    private readonly server: Server,
    private readonly url: string,
    private readonly chromium: Chromium,
  ) {}

  static async start(): Promise<SidebarBrowser> {
    const html = readBuiltFile('Sidebar.html');
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const chromium = await bukaChromium({ width: LEBAR_PANEL, height: 800 });
    return new SidebarBrowser(server, url, chromium);
  }

  /** Opens the panel with its calls relayed through `relay`; resolves when the steps are drawn (unless `tunggu` is false). */
  async open(relay: ScriptRunRelay, tunggu = true): Promise<{ page: Page; galat: string[] }> {
    const page = await this.chromium.browser.newPage();
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    await page.exposeFunction('__scriptRunTransport', (name: string, args: string) => relay.handle(name, args));
    await page.addInitScript({
      content: `window.__scriptRunNames = ${JSON.stringify(relay.names())};\n${PAGE_RUNNER_JS}`,
    });
    await page.goto(this.url);
    if (!tunggu) return { page, galat };
    // the steps are drawn folded: present, not visible
    await page.waitForSelector('#isi[aria-busy="false"] #langkah > li', { state: 'attached' });
    return { page, galat };
  }

  async close(): Promise<void> {
    await this.chromium.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** A full-height PNG of the panel as `options.user` sees it; false (and nothing written) without Chromium. */
export async function screenshotSidebar(
  script: LoadedScript,
  options: ExecutionOptions & { user: string },
  path: string,
): Promise<boolean> {
  if (!adaChromium()) return false;
  const browser = await SidebarBrowser.start();
  try {
    const { page } = await browser.open(new ScriptRunRelay(script, options));
    await page.screenshot({ path, fullPage: true });
    return true;
  } finally {
    await browser.close();
  }
}
