/**
 * npm start: plays a whole cycle of the SOP (scripts/local-run/skenario-tw2-2026.json, the story of
 * docs/skenario-tw2-2026.md) on the emulator with a simulated clock, through the built dist/Code.js, and writes what a
 * person would look at under out/: the cycle spreadsheet (.xlsx) and a short report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localMs } from '../src/server/domain/worktime/zone';
import { formatHariTanggalJam } from '../src/server/domain/format';
import { World } from '../tests/emulator';
import { logEntries } from '../tests/emulator/services/logging';
import { sentMails } from '../tests/emulator/services/mail';
import { answerUi, exportSpreadsheetToXlsx } from '../tests/emulator/spreadsheet';
import { exportDocumentToDocx } from '../tests/emulator/document/export-docx';
import { runConcurrently } from '../tests/emulator/concurrent/run-concurrently';
import { LoadedScript, readBuiltFile } from '../tests/harness/script';
import { screenshotSidebar } from '../tests/harness/sidebar-browser';
import skenario from './local-run/skenario-tw2-2026.json';

const OUT = join(__dirname, '../out');
const JAM = 60 * 60 * 1000;

interface Kejadian {
  at: number;
  /** ordering of events at the same minute: finishing a step before starting the next */
  urutan: number;
  oleh: string;
  judul: string;
  jalankan: () => unknown;
}

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

/** "2026-08-12 08:00" in WIB as epoch ms. */
function wib(teks: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(teks);
  if (!m) throw new Error(`Waktu skenario "${teks}" tidak dikenali (YYYY-MM-DD HH:MM).`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return localMs(y, mo, d, h, mi);
}

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
  const tambahan = [...dokumen.kejadian, ...surat.kejadian];
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
    `Pengingat terkirim (${surel.length}):`,
    ...surel,
    '',
    `Peringatan skrip (${peringatan.length}):`,
    ...peringatan.map((e) => `- ${e.message}`),
    '',
    `Panggilan layanan: ${world.calls.records.length}, sekitar ${world.latency.seconds(world.calls.records).toFixed(0)} detik menurut model latensi.`,
    '',
  ].join('\n');
}

// ------------------------------------------------------------------------------------------------------------------
// Dokumen Pengukuran Kinerja and SOP steps 9–11 (docs/skenario-tw2-2026.md): the Tim SAKIP consolidates and makes the
// document after step 8, sends it to the Kepala for correction (step 9), the Kepala records the correction, the
// Sekretaris sends it for approval (step 10), and the signing is recorded (step 11). Each action replaces the plain
// step record it stands for; the document is exported to out/ as .docx.

type KejadianDokumen = Kejadian & { ganti?: string };

function kejadianDokumen(script: LoadedScript, siklus: string) {
  const waktu = (no: number, kapan: 'mulai' | 'selesai') => wib(skenario.langkah.find((l) => l.no === no)![kapan]);
  const orang = (no: number) => skenario.langkah.find((l) => l.no === no)!.oleh;
  const pembuatDokumen = skenario.pembuatSiklus;
  const aksi =
    (fn: string, oleh: string, ...args: unknown[]) =>
    () =>
      script.call(fn, [siklus, ...args], { user: oleh, activeSpreadsheetId: siklus });
  let docId: string | null = null;
  const kejadian: KejadianDokumen[] = [
    {
      at: waktu(8, 'selesai') + 15 * 60 * 1000,
      urutan: 1,
      oleh: orang(8),
      judul: 'konsolidasi Rekap sebelum dokumen dibuat',
      jalankan: aksi('konsolidasi', orang(8)),
    },
    {
      at: waktu(8, 'selesai') + 30 * 60 * 1000,
      urutan: 1,
      oleh: pembuatDokumen,
      judul: 'membuat Dokumen Pengukuran Kinerja (Google Dokumen dan PDF)',
      jalankan: () => {
        const hasil = script.call<{ urlDokumen: string }>('buatDokumenPengukuranKinerja', [siklus], {
          user: pembuatDokumen,
          activeSpreadsheetId: siklus,
        });
        docId = /\/d\/([\w-]+)/.exec(hasil.urlDokumen)![1];
      },
    },
    {
      at: waktu(9, 'mulai'),
      urutan: 1,
      oleh: pembuatDokumen,
      judul: 'mengirim dokumen kepada Kepala untuk dikoreksi (mulai langkah 9)',
      jalankan: aksi('kirimUntukKoreksi', pembuatDokumen),
      ganti: 'mulai langkah 9',
    },
    {
      at: waktu(9, 'selesai'),
      urutan: 0,
      oleh: orang(9),
      judul: 'koreksi selesai (selesai langkah 9)',
      jalankan: aksi('koreksiSelesai', orang(9), 'Koreksi redaksional pada ringkasan.'),
      ganti: 'selesai langkah 9',
    },
    {
      at: waktu(10, 'selesai'),
      urutan: 0,
      oleh: orang(10),
      judul: 'mengirim dokumen kepada Kepala untuk persetujuan (selesai langkah 10)',
      jalankan: aksi('kirimUntukPersetujuan', orang(10)),
      ganti: 'selesai langkah 10',
    },
    {
      at: waktu(11, 'selesai'),
      urutan: 0,
      oleh: pembuatDokumen,
      judul: `mencatat penandatanganan (TTE) oleh ${orang(11)}; dokumen kini hanya dapat dibaca (selesai langkah 11)`,
      jalankan: aksi('catatPenandatanganan', pembuatDokumen, {
        cara: 'TTE',
        tautanPdf: 'https://drive.google.com/file/d/contoh-pdf-bertanda-tangan/view',
      }),
      ganti: 'selesai langkah 11',
    },
  ];
  const ekspor = async (world: World) => {
    if (!docId) return;
    const docx = join(OUT, 'dokumen-pengukuran-kinerja.docx');
    await exportDocumentToDocx(world, docId, docx);
    console.log(`Dokumen:            ${docx}`);
  };
  return { kejadian, ekspor };
}

// ------------------------------------------------------------------------------------------------------------------
// SOP steps 12–14 (docs/skenario-tw2-2026.md): the cover letter's number from the office's Register Nomor Surat while
// a second cycle of the office (Triwulan III, started that afternoon) asks for a number at the same moment, in two
// executions run truly at once; the Surat Pengantar; the copies; the archive. The copies and the archive are made by
// the Tim SAKIP member who made the cycle's files (under drive.file the add-in reaches them only for that person);
// the Anggota Tim SAKIP starts those steps as the scenario says. The letter is exported to out/ as .docx.

function kejadianSuratArsip(world: World, script: LoadedScript, bukuKerja: string, siklus: string) {
  const waktu = (no: number, kapan: 'mulai' | 'selesai') => wib(skenario.langkah.find((l) => l.no === no)![kapan]);
  const orang = (no: number) => skenario.langkah.find((l) => l.no === no)!.oleh;
  const pembuat = skenario.pembuatSiklus;
  const anggota = orang(13);
  const sebagai = (fn: string, oleh: string, id: string, ...args: unknown[]) =>
    script.call(fn, [id, ...args], { user: oleh, activeSpreadsheetId: id });
  let siklusLain = '';
  let suratId: string | null = null;

  const siklusKedua: KejadianDokumen = {
    at: waktu(12, 'mulai') - 30 * 60 * 1000,
    urutan: 1,
    oleh: pembuat,
    judul: 'memulai siklus Triwulan III 2026 dari buku kerja SAKIP (siklus kedua kantor)',
    jalankan: () => {
      const g = script.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
      // the office shares its workbook, where the Register Nomor Surat lives, with the whole Tim SAKIP
      world.run({ user: pembuat }, () => g.SpreadsheetApp.openById(bukuKerja).addEditor(anggota));
      answerUi(world, { button: 'OK', text: 'Triwulan III 2026' }, 'YES', { button: 'OK', text: '13.00-13.05' });
      script.call('menuMulaiSiklusBaru', [], { user: pembuat, activeSpreadsheetId: bukuKerja });
      siklusLain = world.run({ user: pembuat, activeSpreadsheetId: bukuKerja }, () =>
        script.evaluate<string>(`PropertiesService.getDocumentProperties().getProperty('siklus:2026-TW3')`),
      );
    },
  };
  const nomorBersamaan: KejadianDokumen = {
    at: waktu(12, 'mulai'),
    urutan: 1,
    oleh: `${pembuat} dan ${anggota}`,
    judul: 'meminta nomor surat pada saat yang sama untuk dua siklus',
    ganti: 'mulai langkah 12',
    jalankan: async () => {
      const hasil = await runConcurrently(world, readBuiltFile('Code.js'), [
        { fn: 'mintaNomorSurat', args: [siklus], user: pembuat, activeSpreadsheetId: siklus },
        { fn: 'mintaNomorSurat', args: [siklusLain], user: anggota, activeSpreadsheetId: siklusLain },
      ]);
      const gagal = hasil.find((h) => h.error);
      if (gagal) throw new Error(gagal.error);
      const [tw2, tw3] = hasil.map((h) => (h.result as { nomor: string }).nomor);
      nomorBersamaan.judul = `meminta nomor surat pada saat yang sama: Triwulan II mendapat ${tw2}, Triwulan III mendapat ${tw3} (mulai langkah 12)`;
    },
  };
  const kejadian: KejadianDokumen[] = [
    siklusKedua,
    nomorBersamaan,
    {
      at: waktu(12, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'membuat Surat Pengantar bernomor (Google Dokumen dan PDF) (selesai langkah 12)',
      ganti: 'selesai langkah 12',
      jalankan: () => {
        const hasil = sebagai('buatSuratPengantar', pembuat, siklus, { kepada: 'Bupati Banyumas', di: 'Purwokerto' });
        suratId = /\/d\/([\w-]+)/.exec((hasil as { urlDokumen: string }).urlDokumen)![1];
      },
    },
    {
      at: waktu(13, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'membuat salinan PDF untuk setiap tujuan tembusan di Pengaturan (selesai langkah 13)',
      ganti: 'selesai langkah 13',
      jalankan: () => sebagai('buatSalinan', pembuat, siklus),
    },
    {
      at: waktu(14, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'mengarsipkan dan menutup siklus: semua berkas ke folder arsip, hanya dapat dibaca (selesai langkah 14)',
      ganti: 'selesai langkah 14',
      jalankan: () => sebagai('arsipkanSiklus', pembuat, siklus),
    },
  ];
  const ekspor = async (w: World) => {
    if (!suratId) return;
    const docx = join(OUT, 'surat-pengantar.docx');
    await exportDocumentToDocx(w, suratId, docx);
    console.log(`Surat pengantar:    ${docx}`);
  };
  return { kejadian, ekspor };
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
