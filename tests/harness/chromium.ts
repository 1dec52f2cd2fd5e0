/** Debian's /usr/bin/chromium driven by playwright-core, headless, in a throw-away profile, kept off the network. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const adaChromium = (): boolean => existsSync(CHROMIUM);

export interface Chromium {
  browser: BrowserContext;
  close(): Promise<void>;
}

export async function bukaChromium(viewport: { width: number; height: number }): Promise<Chromium> {
  const profil = mkdtempSync(join(tmpdir(), 'pk-chromium-'));
  const browser = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    headless: true,
    // without the background-networking flags Chromium keeps dialling out of a closed network
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profil, { recursive: true, force: true });
    },
  };
}
