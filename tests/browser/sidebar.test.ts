/**
 * The built sidebar in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), served from a
 * localhost HTTP server, its google.script.run calls relayed to the built Code.js in the emulator. Saves
 * out/sidebar.png: the panel as a person sees it, 300 px wide.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LEBAR_PANEL, SidebarBrowser } from '../harness/sidebar-browser';
import { ORANG } from '../harness/kantor';
import { ScriptRunRelay } from '../harness/script-run-relay';
import { siklusBerjalan, wib } from '../harness/sidebar-fixture';

const OUT = join(__dirname, '../../out');

let browser: SidebarBrowser;

beforeAll(async () => {
  browser = await SidebarBrowser.start();
});

afterAll(async () => {
  await browser?.close();
});

const bukaPanel = (relay: ScriptRunRelay) => browser.open(relay);

const statusLangkah = (page: Page, no: number) => page.locator(`#langkah > li[data-no="${no}"] .lencana`).innerText();

describe('sidebar in Chromium', () => {
  it('shows the cycle within 300 px, records a step with progress shown, and saves out/sidebar.png', async () => {
    const siklus = siklusBerjalan();
    const relay = new ScriptRunRelay(siklus.script, {
      user: ORANG.sekTim,
      activeSpreadsheetId: siklus.id,
    });
    const { page, galat } = await bukaPanel(relay);
    // the steps are folded: opened as a person opens them
    await page.click('#bagian-langkah > summary');

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
    const siklus = siklusBerjalan();
    const relay = new ScriptRunRelay(siklus.script, {
      user: ORANG.kepala,
      activeSpreadsheetId: siklus.id,
    });
    const { page } = await bukaPanel(relay);
    siklus.tulisPengaturan((p) => {
      p.orang = p.orang.filter((o) => o.email !== ORANG.kepala);
    });
    await page.click('#aksi button[data-aksi="mulai"]');
    await page.waitForSelector('#pesan.galat');
    expect(await page.innerText('#pesan')).toMatch(/^kepala@contoh\.go\.id tidak berwenang mencatat langkah 5/);
    expect(await page.locator('#pesan').isVisible()).toBe(true);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'sidebar-galat.png') });
  });
});
