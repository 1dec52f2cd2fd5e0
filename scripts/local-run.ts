/**
 * npm start: plays a whole cycle of the SOP (scripts/local-run/skenario-tw2-2026.json, the story of
 * docs/skenario-tw2-2026.md) on the emulator with a simulated clock, through the built dist/Code.js, and writes what a
 * person would look at under out/: the cycle spreadsheet (.xlsx) and a short report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHariTanggalJam } from '../src/server/domain/format';
import { World } from '../tests/emulator';
import { logEntries } from '../tests/emulator/services/logging';
import { sentMails } from '../tests/emulator/services/mail';
import { answerUi, exportSpreadsheetToXlsx } from '../tests/emulator/spreadsheet';
import { LoadedScript } from '../tests/harness/script';
import { screenshotSidebar } from '../tests/harness/sidebar-browser';
import skenario from './local-run/skenario-tw2-2026.json';
import { kejadianDokumen } from './local-run/dokumen';
import { kejadianPengumpulanData } from './local-run/pengumpulan-data';
import { kejadianSuratArsip } from './local-run/surat-arsip';
import { OUT, wib, type Kejadian } from './local-run/waktu';

const JAM = 60 * 60 * 1000;

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

function jam(ms: number): string {
  return formatHariTanggalJam(new Date(ms));
}

async function main(): Promise<void> {
  const [langkahSatu, langkahDua, ...langkahLain] = skenario.langkah;
  const world = new World(wib(langkahDua.mulai));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const pembuat = skenario.pembuatSiklus;
  const bukuKerja = world.run({ user: pembuat }, () => g.SpreadsheetApp.create('Buku Kerja SAKIP').getId());
  const catatan: string[] = [];

  script.call('onOpen', [{ authMode: 'FULL' }], { user: pembuat, activeSpreadsheetId: bukuKerja });
  const rentang = `${langkahSatu.mulai.slice(11)}-${langkahSatu.selesai.slice(11)}`.replace(/:/g, '.');
  answerUi(world, { button: 'OK', text: skenario.periode }, 'YES', { button: 'OK', text: rentang });
  script.call('menuMulaiSiklusBaru', [], { user: pembuat, activeSpreadsheetId: bukuKerja });
  const siklus = world.run({ user: pembuat, activeSpreadsheetId: bukuKerja }, () =>
    script.evaluate<string>(`PropertiesService.getDocumentProperties().getProperty('siklus:2026-TW2')`),
  );
  catatan.push(
    `${jam(world.clock.now())}: ${pembuat} memulai siklus ${skenario.periode} (langkah 1 dan mulai langkah 2).`,
  );

  const panggil = (fn: string, no: number, oleh: string) => () =>
    script.call(fn, [siklus, no], { user: oleh, activeSpreadsheetId: siklus });
  const kejadian: Kejadian[] = [
    {
      at: wib(langkahDua.selesai),
      urutan: 0,
      oleh: langkahDua.oleh,
      judul: `selesai langkah 2`,
      jalankan: panggil('selesaiLangkah', 2, langkahDua.oleh),
    },
  ];
  for (const l of langkahLain) {
    const penutup = 'penutup' in l && l.penutup ? l.penutup : l.oleh;
    kejadian.push(
      {
        at: wib(l.mulai),
        urutan: 1,
        oleh: l.oleh,
        judul: `mulai langkah ${l.no}`,
        jalankan: panggil('mulaiLangkah', l.no, l.oleh),
      },
      {
        at: wib(l.selesai),
        urutan: 0,
        oleh: penutup,
        judul: `selesai langkah ${l.no}`,
        jalankan: panggil('selesaiLangkah', l.no, penutup),
      },
    );
  }
  const dokumen = kejadianDokumen(script, siklus);
  const surat = kejadianSuratArsip(world, script, bukuKerja, siklus);
  script.fireEditTriggers();
  const tambahan = [...kejadianPengumpulanData(world, script, siklus), ...dokumen.kejadian, ...surat.kejadian];
  const diganti = new Set(tambahan.flatMap((k) => k.ganti ?? []));
  kejadian.splice(0, kejadian.length, ...kejadian.filter((k) => !diganti.has(k.judul)), ...tambahan);
  kejadian.sort((a, b) => a.at - b.at || a.urutan - b.urutan);

  for (const k of kejadian) {
    jalankanPemicuSampai(world, script, k.at);
    world.clock.set(k.at);
    await k.jalankan();
    catatan.push(`${jam(k.at)}: ${k.oleh} — ${k.judul}.`);
  }

  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, 'siklus-triwulan-ii-2026.xlsx');
  const laporan = join(OUT, 'laporan.txt');
  writeFileSync(laporan, susunLaporan(world, catatan));
  const panel = join(OUT, 'panel-siklus.png');
  await exportSpreadsheetToXlsx(world, siklus, xlsx);
  console.log(`Spreadsheet siklus: ${xlsx}`);
  await dokumen.ekspor(world);
  await surat.ekspor(world);
  console.log(`Laporan singkat:    ${laporan}`);
  const adaChromium = await screenshotSidebar(script, { user: pembuat, activeSpreadsheetId: siklus }, panel);
  console.log(
    adaChromium ? `Panel samping:      ${panel}` : 'Panel samping: Chromium tidak terpasang, tangkapan layar dilewati.',
  );
}

/** Lets the clock run hour by hour up to `sampai`, firing the hourly reminder trigger as Apps Script would. */
function jalankanPemicuSampai(world: World, script: LoadedScript, sampai: number): void {
  for (let t = world.clock.now() + JAM; t <= sampai; t += JAM) {
    world.clock.set(t);
    script.fireDueTriggers();
  }
}

function susunLaporan(world: World, catatan: string[]): string {
  const surel = sentMails(world).map((m) => `- ${jam(m.at)} kepada ${m.to.join(', ')}: ${m.subject}`);
  const peringatan = logEntries(world).filter((e) => e.level !== 'log' && e.level !== 'info');
  return [
    'Pengukuran Kinerja Triwulan II Tahun 2026 — jalannya siklus di emulator',
    '',
    ...catatan.map((c) => `- ${c}`),
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
