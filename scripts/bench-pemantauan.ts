/**
 * `npm run bench:pemantauan -- [unit] [perUnit] [tahun]`: what one rebuild of Monitoring SOP and
 * Tren Kinerja costs for an office with five years of quarterly cycles (2022–2026, 20 cycles) at a size (40×200 by
 * default). One cycle is played (started, every form's realisasi typed, Rekap consolidated) and copied in Drive as
 * the other 19, each tagged and registered as its own period; then the Tim SAKIP rebuilds the year (2026 by default).
 * Prints the service calls, round trips and modelled seconds, and where the seconds go by method.
 */
import { ORANG } from '../tests/harness/kantor';
import { buatSiklus, type Siklus } from '../tests/harness/siklus';
import { METADATA_SIKLUS } from '../src/server/gateways/sheets/cycle-spreadsheet';

const SAKIP = ORANG.sekTim;
const TAHUN_AWAL = 2022;
const TAHUN_AKHIR = 2026;

function isiRealisasi(s: Siklus): void {
  s.sebagai(s.pemilik, (ss) => {
    for (const sheet of ss.getSheets().filter((t) => t.getName().startsWith('Form '))) {
      const nilai = sheet.getDataRange().getValues();
      const kolom = nilai[0].map(String).indexOf('Realisasi');
      const terisi = nilai.slice(1).filter((r) => r[1] !== '').length;
      if (terisi) {
        sheet.getRange(2, kolom + 1, terisi, 1).setValues(Array.from({ length: terisi }, (_, i) => [80 + (i % 40)]));
      }
    }
  });
}

/** The played cycle copied in Drive as the cycle of `kunci`: tagged with its period and registered in the workbook. */
function salinSebagai(s: Siklus, kunci: string): void {
  s.world.run({ user: s.pemilik, activeSpreadsheetId: s.bukuKerja }, () => {
    const salinan = s.g.DriveApp.getFileById(s.id).makeCopy(`Pengukuran Kinerja ${kunci}`);
    const ss = s.g.SpreadsheetApp.openById(salinan.getId());
    ss.createDeveloperMetadataFinder().withKey(METADATA_SIKLUS).find()[0].setValue(kunci);
    s.g.PropertiesService.getDocumentProperties().setProperty(`siklus:${kunci}`, ss.getId());
  });
}

function main(): void {
  const [unit, perUnit, tahun] = [process.argv[2] ?? '40', process.argv[3] ?? '200', process.argv[4] ?? '2026'].map(
    Number,
  );
  const mulai = Date.now();
  const s = buatSiklus({ mulai: false, ukuran: { unit, perUnit } });
  s.mulaiSiklus('Triwulan II 2026');
  isiRealisasi(s);
  s.panggil('konsolidasi', SAKIP);
  for (let t = TAHUN_AWAL; t <= TAHUN_AKHIR; t++) {
    for (let n = 1; n <= 4; n++) if (`${t}-TW${n}` !== '2026-TW2') salinSebagai(s, `${t}-TW${n}`);
  }
  console.log(`Disiapkan ${unit}×${perUnit}, 20 siklus, dalam ${((Date.now() - mulai) / 1000).toFixed(0)} s.`);

  const awal = s.world.calls.mark();
  let gagal = '';
  try {
    const hasil = s.jalankan('bangunMonitoringSop', { user: SAKIP, activeSpreadsheetId: s.bukuKerja }, tahun);
    console.log(hasil.pesan);
  } catch (e) {
    gagal = (e as Error).message;
  }
  const catatan = s.world.calls.since(awal);
  const harga = s.world.latency.price(catatan);
  const perMetode = new Map<string, { n: number; ms: number; sel: number }>();
  harga.forEach((p, i) => {
    const r = catatan[i];
    if (p.tarif === 'local') return;
    const k = `${r.type}.${r.method}`;
    const a = perMetode.get(k) ?? { n: 0, ms: 0, sel: 0 };
    perMetode.set(k, { n: a.n + 1, ms: a.ms + p.ms, sel: a.sel + (r.cells ?? 0) });
  });
  // the latency model prices a range list's change as one cell: its ranges, the payload it carries, are counted here
  const rentang = catatan.filter((r) => r.method === 'getRangeList').reduce((n, r) => n + (r.cells ?? r.argsSize), 0);
  const detik = harga.reduce((ms, p) => ms + p.ms, 0) / 1000;
  console.log(
    `bangunMonitoringSop ${tahun}: ${harga.filter((p) => p.tarif !== 'local').length} panggilan, ` +
      `${harga.filter((p) => p.roundTrip).length} pulang-pergi, ${detik.toFixed(1)} s termodelkan` +
      (gagal ? `; gagal: ${gagal}` : ''),
  );
  console.log(`  rentang dalam daftar rentang (format): ${rentang}`);
  for (const [k, v] of [...perMetode].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.log(
      `  ${k.padEnd(40)} ${String(v.n).padStart(5)} × ${(v.ms / 1000).toFixed(1).padStart(7)} s ${v.sel} sel`,
    );
  }
}

main();
