/**
 * npm start: plays a whole cycle of the SOP (scripts/local-run/skenario-tw2-2026.json, the story of
 * docs/skenario-tw2-2026.md) on the emulator with a simulated clock, through the built dist/Code.js, and writes what a
 * person would look at under out/: the cycle spreadsheet (.xlsx) and a short report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHariTanggalJam } from '../src/server/domain/format/tanggal';
import { logEntries } from '../tests/emulator/services/logging';
import { sentMails } from '../tests/emulator/services/mail';
import { exportSpreadsheetToXlsx } from '../tests/emulator/spreadsheet';
import { buatSiklus, type Siklus } from '../tests/harness/siklus';
import { screenshotSidebar } from '../tests/harness/sidebar-browser';
import { svgKePng } from '../tests/harness/svg-png';
import skenario from './local-run/skenario-tw2-2026.json';
import { kejadianDokumen } from './local-run/dokumen';
import { kejadianLangkah } from './local-run/langkah';
import { kejadianPengumpulanData } from './local-run/pengumpulan-data';
import { kejadianSuratArsip } from './local-run/surat-arsip';
import { mainkanSiklusSebelumnya } from './local-run/siklus-ringkas';
import { kejadianPerubahanTarget } from './local-run/perubahan-target';
import { eksporPemantauan } from './local-run/pemantauan';
import { langkahMenurutPelacakan } from './local-run/laporan-pelacakan';
import { OUT, wib, type Kejadian } from './local-run/waktu';

const JAM = 60 * 60 * 1000;

function jam(ms: number): string {
  return formatHariTanggalJam(new Date(ms));
}

/**
 * The cycle of the scenario, started from the office workbook's menu by its maker at the start of step 2, after the
 * office's 2025 cycles and its Triwulan I 2026 cycle.
 */
function mulaiSiklus(): { s: Siklus; sebelumnya: string[] } {
  const [langkahSatu, langkahDua] = skenario.langkah;
  const disposisi = `${langkahSatu.mulai.slice(11)}-${langkahSatu.selesai.slice(11)}`.replace(/:/g, '.');
  const s = buatSiklus({ oleh: skenario.pembuatSiklus, mulai: false, pemicuEdit: true });
  const sebelumnya = mainkanSiklusSebelumnya(s);
  s.world.clock.set(wib(langkahDua.mulai));
  const id = s.mulaiSiklus(skenario.periode, { disposisi });
  if (!id) throw new Error(`Siklus ${skenario.periode} tidak terbentuk.`);
  s.id = id;
  return { s, sebelumnya };
}

async function main(): Promise<void> {
  const { s, sebelumnya } = mulaiSiklus();
  const catatan = [
    `Sebelumnya, diringkas: siklus ${sebelumnya.join(', ')} dimulai ${s.pemilik}, langkah 2 diselesaikan, realisasi unit diisi dan Rekap disusun.`,
    `${jam(s.world.clock.now())}: ${s.pemilik} memulai siklus ${skenario.periode} dan langkah 2; disposisi Kepala ` +
      `(langkah 1, ${langkahSatuJam()}) dicatat atas nama pelaksananya.`,
  ];
  const dokumen = kejadianDokumen(s);
  const surat = kejadianSuratArsip(s);
  const tambahan = [
    ...kejadianPengumpulanData(s),
    ...kejadianPerubahanTarget(s),
    ...dokumen.kejadian,
    ...surat.kejadian,
  ];
  const diganti = new Set(tambahan.flatMap((k) => k.ganti ?? []));
  const kejadian: Kejadian[] = [...kejadianLangkah(s).filter((k) => !diganti.has(k.judul)), ...tambahan];
  kejadian.sort((a, b) => a.at - b.at || a.urutan - b.urutan);

  for (const k of kejadian) {
    jalankanPemicuSampai(s, k.at);
    s.world.clock.set(k.at);
    const hasil = await k.jalankan();
    // a refused attempt (wajibDitolak) says so, with the add-in's or Sheets' own reason
    const ditolak = typeof hasil === 'string' && hasil.startsWith('ditolak: ') ? ` — ${hasil.trim()}` : '';
    catatan.push(`${jam(k.at)}: ${k.oleh} — ${k.judul}${ditolak.replace(/\.?$/, '.')}`);
  }

  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, 'siklus-triwulan-ii-2026.xlsx');
  const laporan = join(OUT, 'laporan.txt');
  writeFileSync(laporan, susunLaporan(s, catatan));
  const panel = join(OUT, 'panel-siklus.png');
  // the Pelacakan chart as a picture when Chromium can draw it, else a note where it stands
  await exportSpreadsheetToXlsx(s.world, s.id, xlsx, { renderChart: svgKePng });
  console.log(`Spreadsheet siklus: ${xlsx}`);
  await dokumen.ekspor(s.world);
  await surat.ekspor(s.world);
  const pemantauan = await eksporPemantauan(s);
  console.log(`Buku kerja SAKIP:   ${pemantauan.berkas} (${pemantauan.pesan})`);
  console.log(`Laporan singkat:    ${laporan}`);
  const adaChromium = await screenshotSidebar(s.script, { user: s.pemilik, activeSpreadsheetId: s.id }, panel);
  console.log(
    adaChromium ? `Panel samping:      ${panel}` : 'Panel samping: Chromium tidak terpasang, tangkapan layar dilewati.',
  );
}

/** Lets the clock run hour by hour up to `sampai`, firing the hourly reminder trigger as Apps Script would. */
function jalankanPemicuSampai(s: Siklus, sampai: number): void {
  for (let t = s.world.clock.now() + JAM; t <= sampai; t += JAM) {
    s.world.clock.set(t);
    s.script.fireDueTriggers();
  }
}

/** "08.00–08.10": the Kepala's disposisi as the scenario gives it. */
function langkahSatuJam(): string {
  const [satu] = skenario.langkah;
  return `${satu.mulai.slice(11)}–${satu.selesai.slice(11)}`.replace(/:/g, '.');
}

function susunLaporan(s: Siklus, catatan: string[]): string {
  const { world } = s;
  const surel = sentMails(world).map((m) => `- ${jam(m.at)} kepada ${m.to.join(', ')}: ${m.subject}`);
  const peringatan = logEntries(world).filter((e) => e.level !== 'log' && e.level !== 'info');
  return [
    'Pengukuran Kinerja Triwulan II Tahun 2026 — jalannya siklus di emulator',
    '',
    ...catatan.map((c) => `- ${c}`),
    '',
    'Langkah menurut tab Pelacakan SOP (pelaksana, mulai–selesai, menit kerja, status):',
    ...langkahMenurutPelacakan(s),
    '',
    `Surel terkirim (${surel.length}):`,
    ...surel,
    '',
    `Peringatan skrip (${peringatan.length}):`,
    ...peringatan.map((e) => `- ${e.message}`),
    '',
    `Panggilan layanan: ${world.calls.records.length}, sekitar ${world.latency.seconds(world.calls.records).toFixed(0)} detik menurut model latensi.`,
    '',
  ].join('\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
