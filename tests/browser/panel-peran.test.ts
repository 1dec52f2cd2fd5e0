/**
 * The sidebar as the Sek. Tim SAKIP, a Kabid and the Kepala read it, in headless Chromium: folded sections, the
 * Kabid's own unit marked many rows at once, keyboard use, and an axe-core check of each view (no serious or critical
 * violation). Screenshots go to out/panel-*.png (as first shown) and out/panel-*-terbuka.png (every fold open).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pelanggaranAxe } from './axe';
import { agu, ORANG } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { LEBAR_PANEL, SidebarBrowser } from '../harness/sidebar-browser';
import { ScriptRunRelay } from '../harness/script-run-relay';
import { siklusBerjalan } from '../harness/sidebar-fixture';
import { KABID, SEK_TIM, siklus as siklusValidasi } from '../integration/validasi-siklus';

const OUT = join(__dirname, '../../out');

let browser: SidebarBrowser;

beforeAll(async () => {
  browser = await SidebarBrowser.start();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const bukaSemuaLipatan = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

const lebarHalaman = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Checks a view as its reader sees it, every section open, and saves its picture. */
async function periksaTampilan(page: Page, nama: string): Promise<void> {
  expect(await lebarHalaman(page)).toBeLessThanOrEqual(LEBAR_PANEL);
  await page.screenshot({ path: join(OUT, `panel-${nama}.png`), fullPage: true });
  await bukaSemuaLipatan(page);
  expect(await lebarHalaman(page)).toBeLessThanOrEqual(LEBAR_PANEL);
  expect(await pelanggaranAxe(page)).toEqual([]);
  // whatever people typed (notes, Log rows) reached the page as text: no markup ran
  expect(await page.evaluate(() => (window as unknown as { __disusupi?: boolean }).__disusupi)).toBeUndefined();
  await page.screenshot({ path: join(OUT, `panel-${nama}-terbuka.png`), fullPage: true });
}

/** The order of the visible top-level parts of the panel, by id. */
const urutanBagian = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#isi > section, #isi > details')].filter((e) => !e.hidden).map((e) => e.id),
  );

describe('the panel as each role reads it', () => {
  it('Sek. Tim SAKIP: what is asked first, the rest folded and opened on demand; no axe violation', async () => {
    const s = siklusBerjalan();
    const { page, galat } = await browser.open(
      new ScriptRunRelay(s.script, { user: ORANG.sekTim, activeSpreadsheetId: s.id }),
    );
    expect((await urutanBagian(page)).slice(0, 2)).toEqual(['bagian-aksi', 'bagian-ringkas']);
    expect(await page.innerText('#judul-aksi')).toMatch(/^yang perlu anda lakukan sekarang$/i);
    // folded: the steps are there but not shown until the summary is clicked
    expect(await page.locator('#langkah').isVisible()).toBe(false);
    await page.click('#bagian-langkah > summary');
    expect(await page.locator('#langkah').isVisible()).toBe(true);
    expect(await page.getAttribute('#bagian-langkah', 'open')).toBe('');
    // people by name and jabatan, the address on hover
    const oleh1 = page.locator('#langkah > li[data-no="1"] .oleh .orang');
    expect(await oleh1.innerText()).toBe('Ir. Widarso, M.M (Kepala Dinas Sosial dan Pemberdayaan Masyarakat dan Desa)');
    expect(await oleh1.getAttribute('title')).toBe(ORANG.kepala);
    expect(await page.locator('#riwayat li').count()).toBeGreaterThan(0);
    // the cycle's folder, opening in a new tab: the IFRAME sandbox lets a link target only _top or _blank
    // (https://developers.google.com/apps-script/guides/html/restrictions)
    const folder = page.locator('#berkas a', { hasText: 'Folder siklus' });
    expect(await folder.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\/[\w-]+$/);
    expect(await folder.getAttribute('target')).toBe('_blank');
    await periksaTampilan(page, 'sek-tim');
    await page.locator('#bagian-riwayat').screenshot({ path: join(OUT, 'panel-sek-tim-riwayat.png') });
    await page.locator('#bagian-berkas').screenshot({ path: join(OUT, 'panel-sek-tim-berkas.png') });
    expect(galat).toEqual([]);
  });

  it('Kepala: told whose turn it is, nothing to press, the steps folded; no axe violation', async () => {
    const s = siklusBerjalan();
    s.panggil('selesaiLangkah', oleh(ORANG.sekTim), 4);
    const { page, galat } = await browser.open(
      new ScriptRunRelay(s.script, { user: ORANG.kepala, activeSpreadsheetId: s.id }),
    );
    expect(await page.innerText('#pengguna')).toMatch(
      /^Ir\. Widarso, M\.M \(Kepala Dinas .*\) · Kepala Dinsospermasdes$/,
    );
    expect(await page.locator('#bagian-unit').isVisible()).toBe(false);
    expect(await page.locator('#langkah').isVisible()).toBe(false);
    expect((await urutanBagian(page))[0]).toBe('bagian-aksi');
    await periksaTampilan(page, 'kepala');
    expect(galat).toEqual([]);
  });

  it("Kabid: the unit's rows Valid / Perlu perbaikan / not marked, several ticked and marked in one call", async () => {
    const s = siklusValidasi();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    s.world.clock.set(agu(18, 10));
    const relay = new ScriptRunRelay(s.script, { user: KABID.PJRS, activeSpreadsheetId: s.id });
    const { page, galat } = await browser.open(relay);
    expect(await page.locator('#bagian-unit').isVisible()).toBe(true);
    const n = s.barisData('PJRS');
    expect(await page.innerText('#unit-kabid .ringkas-unit')).toBe(
      `Form PJRS: 0 Valid · 0 Perlu perbaikan · ${n} belum ditandai, dari ${n} baris.`,
    );
    // nothing ticked: said in the card, no call
    await page.click('#unit-kabid button[data-endpoint="tandaiBanyakBaris"]');
    expect(await page.innerText('#unit-kabid .galat-isian')).toBe('Pilih sedikitnya satu baris untuk ditandai.');
    expect(relay.calls.map((c) => c.name)).toEqual(['panelSiklus']);

    await page.check('#baris-PJRS-2');
    await page.check('#baris-PJRS-3');
    await page.selectOption('#status-PJRS', 'Valid');
    await page.click('#unit-kabid button[data-endpoint="tandaiBanyakBaris"]');
    await page.waitForSelector('#pesan.sukses');
    await page.waitForSelector('#isi[aria-busy="false"]');
    // the rows go as an array of numbers, a legal google.script.run parameter
    // (https://developers.google.com/apps-script/guides/html/reference/run)
    expect(relay.calls.map((c) => [c.name, ...c.args.slice(1, 4)])).toEqual([
      ['panelSiklus'],
      ['tandaiBanyakBaris', 'PJRS', [2, 3], 'Valid'],
      ['panelSiklus'],
    ]);
    expect(await page.innerText('#pesan')).toBe('Tab "Form PJRS" baris 2 dan 3 ditandai "Valid".');
    expect(await page.innerText('#unit-kabid .ringkas-unit')).toBe(
      `Form PJRS: 2 Valid · 0 Perlu perbaikan · ${n - 2} belum ditandai, dari ${n} baris.`,
    );
    expect(await page.innerText('li:has(#baris-PJRS-2) .lencana')).toBe('Valid');
    await periksaTampilan(page, 'kabid');
    expect(galat).toEqual([]);
  });

  it('works from the keyboard: Tab reaches every control with a visible focus, Enter opens a fold, Space ticks a row', async () => {
    const s = siklusValidasi();
    s.world.clock.set(agu(18, 10));
    const { page } = await browser.open(new ScriptRunRelay(s.script, { user: KABID.PJRS, activeSpreadsheetId: s.id }));
    const dicapai: string[] = [];
    const tanpaGaris: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const fokus = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const gaya = getComputedStyle(e);
        return {
          kunci: e.id || `${e.tagName.toLowerCase()}:${e.textContent?.trim().slice(0, 30)}`,
          garis: gaya.outlineStyle,
        };
      });
      if (!fokus || dicapai.includes(fokus.kunci)) break;
      dicapai.push(fokus.kunci);
      if (fokus.garis === 'none') tanpaGaris.push(fokus.kunci);
    }
    expect(dicapai).toEqual(
      expect.arrayContaining(['baris-PJRS-2', 'status-PJRS', 'catatan-unit-PJRS', 'muat-ulang', 'summary:Langkah SOP']),
    );
    expect(tanpaGaris).toEqual([]);

    await page.focus('#bagian-langkah > summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('#langkah').isVisible()).toBe(true);
    await page.focus('#baris-PJRS-2');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#baris-PJRS-2')).toBe(true);
    await page.screenshot({ path: join(OUT, 'panel-kabid-keyboard.png'), fullPage: true });
  });

  it('says it is loading, in Bahasa Indonesia and to screen readers, until the server answers', async () => {
    const s = siklusBerjalan();
    const relay = new ScriptRunRelay(s.script, { user: ORANG.kepala, activeSpreadsheetId: s.id });
    const lepas = relay.hold();
    const { page } = await browser.open(relay, false);
    await page.waitForSelector('#memuat');
    expect(await page.innerText('#memuat')).toBe('Memuat data siklus…');
    expect(await page.getAttribute('#memuat', 'role')).toBe('status');
    expect(await page.getAttribute('#isi', 'aria-busy')).toBe('true');
    lepas();
    await page.waitForSelector('#isi[aria-busy="false"]');
    expect(await page.locator('#memuat').isVisible()).toBe(false);
    expect(await page.locator('#bagian-aksi').isVisible()).toBe(true);
  });
});
