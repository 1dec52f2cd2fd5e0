/**
 * The built sidebar in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), served from a
 * localhost HTTP server, its google.script.run calls relayed to the built Code.js in the emulator. Saves
 * out/sidebar.png: the panel as a person sees it, 300 px wide.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readBuiltFile } from '../harness/script';
import { PAGE_RUNNER_JS, ScriptRunRelay } from '../harness/script-run-relay';
import { PENGGUNA, siapkanSiklus, wib } from '../harness/sidebar-fixture';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(__dirname, '../../out');
const LEBAR_PANEL = 300;

let server: Server;
let url: string;
let profil: string;
let browser: BrowserContext;

beforeAll(async () => {
  const html = readBuiltFile('Sidebar.html');
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  profil = mkdtempSync(join(tmpdir(), 'pk-chromium-'));
  browser = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: LEBAR_PANEL, height: 800 },
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profil) rmSync(profil, { recursive: true, force: true });
});

async function bukaPanel(relay: ScriptRunRelay): Promise<{ page: Page; galat: string[] }> {
  const page = await browser.newPage();
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  await page.exposeFunction('__scriptRunTransport', (name: string, args: string) => relay.handle(name, args));
  await page.addInitScript({
    content: `window.__scriptRunNames = ${JSON.stringify(relay.names())};\n${PAGE_RUNNER_JS}`,
  });
  await page.goto(url);
  await page.waitForSelector('#isi[aria-busy="false"] #langkah > li');
  return { page, galat };
}

const statusLangkah = (page: Page, no: number) => page.locator(`#langkah > li[data-no="${no}"] .lencana`).innerText();

describe('sidebar in Chromium', () => {
  it('shows the cycle within 300 px, records a step with progress shown, and saves out/sidebar.png', async () => {
    const siklus = siapkanSiklus();
    const relay = new ScriptRunRelay(siklus.script, {
      user: PENGGUNA.sekTim,
      activeSpreadsheetId: siklus.spreadsheetId,
    });
    const { page, galat } = await bukaPanel(relay);

    expect(await statusLangkah(page, 4)).toBe('Berjalan, terlambat');
    expect(await page.locator('#aksi button').allInnerTexts()).toEqual([
      'Selesai langkah 4',
      'Mulai langkah 5',
      'Buka kembali langkah 3',
    ]);
    // nothing wider than the sidebar: no horizontal scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LEBAR_PANEL);

    siklus.world.clock.set(wib(11, 30));
    await page.fill('#catatan-selesai-4', 'Undangan rapat sudah terkirim.');
    const lepas = relay.hold();
    await page.click('#aksi button[data-aksi="selesai"]');
    const tombol = page.locator('#aksi button[data-aksi="selesai"]');
    await expect(tombol.innerText()).resolves.toBe('Menyimpan…');
    expect(await tombol.isDisabled()).toBe(true);
    expect(await page.getAttribute('#aksi', 'aria-busy')).toBe('true');
    lepas();

    await page.waitForSelector('#pesan.sukses');
    await page.waitForSelector('#isi[aria-busy="false"]');
    expect(await page.innerText('#pesan')).toBe('Langkah 4 ditandai selesai.');
    expect(await statusLangkah(page, 4)).toBe('Selesai terlambat');
    expect(relay.calls.map((c) => c.name)).toEqual(['panelSiklus', 'selesaiLangkah', 'panelSiklus']);
    expect(galat).toEqual([]);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'sidebar.png'), fullPage: true });
  });

  it("shows a refusal in plain Bahasa Indonesia where the person's eyes are", async () => {
    const siklus = siapkanSiklus();
    const relay = new ScriptRunRelay(siklus.script, {
      user: PENGGUNA.kepala,
      activeSpreadsheetId: siklus.spreadsheetId,
    });
    const { page } = await bukaPanel(relay);
    siklus.tulisPengaturan((p) => {
      p.orang = p.orang.filter((o) => o.email !== PENGGUNA.kepala);
    });
    await page.click('#aksi button[data-aksi="mulai"]');
    await page.waitForSelector('#pesan.galat');
    expect(await page.innerText('#pesan')).toMatch(/^kepala@contoh\.go\.id tidak berwenang mencatat langkah 5/);
    expect(await page.locator('#pesan').isVisible()).toBe(true);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'sidebar-galat.png') });
  });
});
