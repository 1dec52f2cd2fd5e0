/**
 * A unit's trend in the panel, in headless Chromium: Triwulan I and II of 2026 consolidated, then the unit opened in
 * Triwulan II's panel by its Kabid (under the unit's card) and by the Sek. Tim SAKIP (under the unit in Kelengkapan):
 * the chart drawn only then, its figures in its description and in a table, no axe-core violation. Screenshot:
 * out/panel-tren-unit.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { pelanggaranAxe } from './axe';
import { ORANG } from '../harness/kantor';
import { buatSiklus, type Siklus } from '../harness/siklus';
import { SidebarBrowser, LEBAR_PANEL } from '../harness/sidebar-browser';
import { ScriptRunRelay } from '../harness/script-run-relay';

const OUT = join(__dirname, '../../out');
const SEK = ORANG.sekTim;
const KOLOM_REALISASI = formulirJson.kolom.findIndex((k) => k.isi === 'realisasi') + 1;

let browser: SidebarBrowser;

beforeAll(async () => {
  browser = await SidebarBrowser.start();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

function siklus(k: Siklus, periode: string, realisasi: number): string {
  const id = k.mulaiSiklus(periode)!;
  k.sebagai(SEK, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(2, KOLOM_REALISASI).setValue(realisasi), id);
  k.panggil('konsolidasi', { oleh: ORANG.anggota, di: id });
  return id;
}

function kantor() {
  const k = buatSiklus({ mulai: false });
  const tw1 = siklus(k, 'Triwulan 1 2026', 38);
  const tw2 = siklus(k, 'Triwulan 2 2026', 72);
  return { k, tw1, tw2 };
}

describe("a unit's trend in the panel", () => {
  it('Kabid: the trend is fetched when the unit is opened, drawn with its figures; no axe violation', async () => {
    const { k, tw2 } = kantor();
    const relay = new ScriptRunRelay(k.script, { user: ORANG.kabid.PSPFM, activeSpreadsheetId: tw2 });
    const { page, galat } = await browser.open(relay);
    const lipatan = page.locator('#unit-kabid details.tren-unit[data-unit="PSPFM"]');
    expect(await lipatan.locator('summary').innerText()).toBe('Tren capaian PSPFM');
    // nothing fetched before the unit is opened
    expect(relay.calls.map((c) => c.name)).toEqual(['panelSiklus']);
    await lipatan.locator('summary').click();
    await lipatan.locator('svg.grafik-tren').waitFor();
    expect(relay.calls.map((c) => [c.name, ...c.args.slice(1)])).toEqual([['panelSiklus'], ['trenUnit', 'PSPFM']]);
    const grafik = lipatan.locator('svg.grafik-tren');
    expect(await grafik.getAttribute('role')).toBe('img');
    expect(await grafik.locator('title').textContent()).toBe('Capaian rata-rata unit PSPFM per periode');
    expect(await grafik.locator('desc').textContent()).toMatch(/^TW I 2026: [\d,]+ % \(\w[\w ]*\); TW II 2026: /);
    expect(await grafik.locator('rect.batang').count()).toBe(2);
    // the bars in the predikat colours of the cycle's scale
    const warna = await grafik.locator('rect.batang').evaluateAll((r) => r.map((e) => e.getAttribute('fill')));
    expect(warna.every((w) => /^#[0-9A-F]{6}$/i.test(w ?? ''))).toBe(true);
    await lipatan.locator('details.lipat-kecil > summary').click();
    const musdes = lipatan.locator('.tabel-tren tbody tr', { hasText: 'Persentase desa yang melaksanakan' });
    expect(await musdes.locator('td').allInnerTexts()).toEqual(['95\nSangat Tinggi', '90\nTinggi']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LEBAR_PANEL);
    expect(await pelanggaranAxe(page)).toEqual([]);
    await lipatan.screenshot({ path: join(OUT, 'panel-tren-unit.png') });
    expect(galat).toEqual([]);
  });

  it('Sek. Tim SAKIP: every unit can be opened from Kelengkapan; the first cycle of the year says so', async () => {
    const { k, tw1, tw2 } = kantor();
    const { page, galat } = await browser.open(new ScriptRunRelay(k.script, { user: SEK, activeSpreadsheetId: tw2 }));
    await page.click('#bagian-kelengkapan > summary');
    const unit = page.locator('#kelengkapan details.tren-unit');
    expect(await unit.count()).toBeGreaterThan(1);
    await page.locator('#kelengkapan details.tren-unit[data-unit="PSPFM"] > summary').click();
    await page.locator('#kelengkapan svg.grafik-tren').waitFor();
    expect(await pelanggaranAxe(page)).toEqual([]);

    const pertama = await browser.open(new ScriptRunRelay(k.script, { user: SEK, activeSpreadsheetId: tw1 }));
    await pertama.page.click('#bagian-kelengkapan > summary');
    await pertama.page.locator('#kelengkapan details.tren-unit[data-unit="PSPFM"] > summary').click();
    await pertama.page.locator('#kelengkapan .tren-kosong').waitFor();
    expect(await pertama.page.innerText('#kelengkapan .tren-kosong')).toMatch(
      /^Belum ada periode sebelumnya di tahun ini: Triwulan I Tahun 2026 adalah siklus pertama tahunnya/,
    );
    expect(await pelanggaranAxe(pertama.page)).toEqual([]);
    expect([...galat, ...pertama.galat]).toEqual([]);
  });

  it('Kepala sees the units in Kelengkapan with their trend; the Sekretaris, outside the unit, does not', async () => {
    const { k, tw2 } = kantor();
    const kepala = await browser.open(new ScriptRunRelay(k.script, { user: ORANG.kepala, activeSpreadsheetId: tw2 }));
    expect(await kepala.page.locator('#kelengkapan details.tren-unit').count()).toBeGreaterThan(1);
    const sekretaris = await browser.open(
      new ScriptRunRelay(k.script, { user: ORANG.sekretaris, activeSpreadsheetId: tw2 }),
    );
    expect(await sekretaris.page.locator('#kelengkapan > li').count()).toBeGreaterThan(1);
    expect(await sekretaris.page.locator('#kelengkapan details.tren-unit').count()).toBe(0);
    expect([...kepala.galat, ...sekretaris.galat]).toEqual([]);
  });
});
