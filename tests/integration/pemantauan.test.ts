/**
 * Monitoring SOP and Tren Kinerja through Code.js: four cycles started from the workbook's menu (Triwulan IV 2025,
 * Triwulan I–III 2026), their steps recorded in each Log, PSPFM's realisasi typed and each Rekap consolidated; then
 * the Tim SAKIP rebuilds both tabs of the workbook for 2026. A cycle deleted and one no longer shared are registered
 * too: they are named in the tabs and the rest is still built.
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { answerUi, menusOf } from '../emulator/spreadsheet/ui';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { ORANG, agu } from '../harness/kantor';
import { barisKejadian } from '../harness/log';
import { buatSiklus, type Siklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';

const SEK = ORANG.sekTim;
const KOLOM_REALISASI = formulirJson.kolom.findIndex((k) => k.isi === 'realisasi') + 1;

type Jam = [tanggal: number, jam: number, menit: number];
/** step, start, finish (13 August 2026, a working day: 07.30–16.00 WIB, break 12.00–13.00) */
const LANGKAH_UMUM: [number, Jam, Jam][] = [
  [3, [13, 8, 0], [13, 8, 20]],
  [4, [13, 8, 30], [13, 8, 50]],
];
/** step 7 (target 240): 300, 180 and 310 working minutes in Triwulan I–III 2026; 200 in Triwulan IV 2025 */
const LANGKAH_7: Record<string, Jam> = {
  '2025-TW4': [13, 14, 20],
  '2026-TW1': [13, 15, 0],
  '2026-TW2': [13, 12, 0],
  '2026-TW3': [13, 15, 10],
};
/** Musdes DTKS (%, terakhir; targets 100 in TW IV, 40/80/100 in TW I–III): capaian 100, 95, 90, 85 */
const MUSDES: Record<string, number> = { '2025-TW4': 100, '2026-TW1': 38, '2026-TW2': 72, '2026-TW3': 85 };

const jam = ([t, j, m]: Jam) => agu(t, j, m);

function mainkan(k: Siklus, kunci: string, periode: string): string {
  const id = k.mulaiSiklus(periode)!;
  const ev = (type: StepEvent['type'], step: number, at: number, n = 1) =>
    barisKejadian({ id: `${kunci}-${step}-${type}-${n}`, type, step, by: SEK, at });
  const baris = [
    ...LANGKAH_UMUM.flatMap(([no, a, b]) => [ev('mulai', no, jam(a)), ev('selesai', no, jam(b))]),
    ev('mulai', 7, agu(13, 9)),
    ev('selesai', 7, jam(LANGKAH_7[kunci])),
  ];
  // Triwulan II: step 4 reopened and finished again (5 more minutes)
  if (kunci === '2026-TW2') baris.push(ev('buka-kembali', 4, agu(13, 8, 55)), ev('selesai', 4, agu(13, 9), 2));
  k.tulisLog(baris, id);
  k.sebagai(SEK, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(2, KOLOM_REALISASI).setValue(MUSDES[kunci]), id);
  k.panggil('konsolidasi', { oleh: ORANG.anggota, di: id });
  return id;
}

/** Registers in the workbook a cycle that cannot be opened: deleted (an id Drive no longer has) or not shared. */
function daftarkan(k: Siklus, kunci: string, id: string) {
  k.world.run({ user: SEK, activeSpreadsheetId: k.bukuKerja }, () =>
    k.g.PropertiesService.getDocumentProperties().setProperty(`siklus:${kunci}`, id),
  );
}

/** The rows of the block under the title `judul` (its header the next row), up to the first empty row. */
function blok(nilai: unknown[][], judul: string | RegExp): Record<string, unknown>[] {
  const awal = nilai.findIndex((r) => (typeof judul === 'string' ? r[0] === judul : judul.test(String(r[0]))));
  if (awal < 0) throw new Error(`Blok "${String(judul)}" tidak ada.`);
  const akhir = nilai.findIndex((r, i) => i > awal && r.every((v) => v === ''));
  const [kepala, ...isi] = nilai.slice(awal + 1, akhir < 0 ? undefined : akhir);
  return barisBernama([kepala.filter((v) => v !== ''), ...isi]);
}

function kantor() {
  const k = buatSiklus({ mulai: false, penyuntingBukuKerja: [ORANG.kabid.PSPFM] });
  const id: Record<string, string> = {};
  id['2025-TW4'] = mainkan(k, '2025-TW4', 'Triwulan IV 2025');
  for (const n of [1, 2, 3]) id[`2026-TW${n}`] = mainkan(k, `2026-TW${n}`, `Triwulan ${n} 2026`);
  const asing = k.world.run({ user: ORANG.staf.PSPFM }, () => k.g.SpreadsheetApp.create('Milik orang lain').getId());
  daftarkan(k, '2025-TW3', 'berkas-yang-sudah-dihapus');
  daftarkan(k, '2026-TW4', asing);
  const bangun = (oleh = SEK) =>
    k.jalankan('bangunMonitoringSop', { user: oleh, activeSpreadsheetId: k.bukuKerja }, 2026);
  const tab = (nama: string) => k.nilai(nama, k.bukuKerja);
  return { k, id, bangun, tab };
}

describe('Monitoring SOP of 2026 from the Logs of its cycles', () => {
  const o = kantor();
  const hasil = o.bangun();
  const mon = o.tab('Monitoring SOP');

  it('reads the three cycles of 2026 and names the one that cannot be opened, without stopping', () => {
    expect(hasil.siklusDibaca).toBe(3);
    const siklus = blok(mon, 'SIKLUS YANG DIBACA');
    expect(siklus.map((s) => [s.Siklus, String(s.Keadaan).split(':')[0]])).toEqual([
      ['Triwulan I Tahun 2026', 'Dibaca (siklus masih berjalan)'],
      ['Triwulan II Tahun 2026', 'Dibaca (siklus masih berjalan)'],
      ['Triwulan III Tahun 2026', 'Dibaca (siklus masih berjalan)'],
      ['Triwulan IV Tahun 2026', 'Tidak dapat dibuka'],
    ]);
    expect(hasil.pesan).toMatch(/dibangun ulang dari 3 siklus\. 2 siklus tidak dipakai \(lihat SIKLUS YANG DIBACA/);
  });

  it('gives per step the target, median, worst, late and reopened counts, and who carried it out', () => {
    const ringkasan = blok(mon, /^RINGKASAN PER LANGKAH/);
    const l7 = ringkasan.find((r) => r.No === 7)!;
    expect(l7).toMatchObject({
      'Target (menit)': 240,
      'Siklus selesai': '3 dari 3',
      'Median (menit kerja)': 300,
      'Terburuk (menit kerja)': 310,
      'Terlambat (kali)': 2,
      'Dibuka kembali (kali)': 0,
    });
    const l4 = ringkasan.find((r) => r.No === 4)!;
    expect(l4).toMatchObject({ 'Median (menit kerja)': 20, 'Terburuk (menit kerja)': 25, 'Dibuka kembali (kali)': 1 });
    // the name Pengaturan gives the Sek. Tim SAKIP, not the email
    expect(l7['Dilaksanakan oleh']).not.toContain('@');
    expect(String(l7['Dilaksanakan oleh']).length).toBeGreaterThan(0);
  });

  it('names the step that most often holds the cycle up, in words', () => {
    expect(mon[2][0]).toMatch(
      /^Langkah yang paling sering menahan siklus: langkah 7 ".+" \(terlambat di 2 dari 3 siklus, median 300 menit kerja; target 240 menit\)/,
    );
  });

  it('fills the monitoring form of Tabel 7: assessment, Mutu Baku, notes and a proposed (never applied) target', () => {
    const form = blok(mon, /^FORMULIR MONITORING/);
    const l7 = form.find((r) => r['No.'] === 7)!;
    expect(l7['Penilaian Terhadap Penerapan']).toBe('Tidak berjalan dengan baik');
    expect(l7['Mutu Baku (waktu)']).toBe('Waktu terpenuhi di 1 dari 3 siklus');
    expect(l7['Tindakan yang Harus Diambil']).toMatch(/^Usulan revisi target waktu: 240 menjadi 300 menit/);
    expect(form.find((r) => r['No.'] === 3)!['Penilaian Terhadap Penerapan']).toBe('Berjalan dengan baik');
    // steps 5 and 6 were never recorded although step 7 was: skipped in every cycle
    expect(form.find((r) => r['No.'] === 5)!['Catatan Hasil Penilaian']).toMatch(/dilewati di 3 siklus/);
    // the SOP itself keeps its target: the Pelacakan tab of a cycle still measures step 7 against 240
    const pelacakan = barisBernama(o.k.nilai('Pelacakan SOP', o.id['2026-TW3']));
    expect(pelacakan.find((r) => r.No === 7)!['Target (menit)']).toBe(240);
  });

  it('charts each step: target against working minutes per cycle', () => {
    const grafik = o.k.sebagai(SEK, (ss) => ss.getSheetByName('Monitoring SOP')!.getCharts(), o.k.bukuKerja);
    expect(grafik).toHaveLength(14);
    const l7 = blok(mon, /^Langkah 7:/);
    expect(l7.map((r) => [r.Siklus, r['Target (menit)'], r['Menit kerja'], r.Keadaan])).toEqual([
      ['Triwulan I Tahun 2026', 240, 300, 'Selesai terlambat'],
      ['Triwulan II Tahun 2026', 240, 180, 'Selesai tepat waktu'],
      ['Triwulan III Tahun 2026', 240, 310, 'Selesai terlambat'],
    ]);
    expect(grafik[6].getRanges()[0].getA1Notation()).toBe(
      `A${mon.findIndex((r) => /^Langkah 7:/.test(String(r[0]))) + 2}:C${mon.findIndex((r) => /^Langkah 7:/.test(String(r[0]))) + 5}`,
    );
  });

  it('a rebuild gives the same tab and keeps the Paraf Penilai a person typed', () => {
    const form = mon.findIndex((r) => r[0] === 'No.');
    const kolom = mon[form].indexOf('Paraf Penilai') + 1;
    o.k.sebagai(
      SEK,
      (ss) =>
        ss
          .getSheetByName('Monitoring SOP')!
          .getRange(form + 8, kolom)
          .setValue('RS'),
      o.k.bukuKerja,
    );
    o.bangun();
    const lagi = o.tab('Monitoring SOP');
    expect(lagi[form + 7]).toEqual([...mon[form + 7].slice(0, kolom - 1), 'RS', ...mon[form + 7].slice(kolom)]);
    expect(lagi.filter((_, i) => i !== form + 7)).toEqual(mon.filter((_, i) => i !== form + 7));
  });
});

describe('Tren Kinerja of 2025 and 2026 from the Rekaps', () => {
  const o = kantor();
  o.bangun();
  const tren = o.tab('Tren Kinerja');
  const rows = blok(tren, /^TARGET, REALISASI DAN CAPAIAN/);
  const musdes = rows.filter((r) => String(r['Indikator Kinerja']).startsWith('Persentase desa yang melaksanakan'));

  it('gives each period of the indicator with the figures of that cycle’s Rekap and its predikat', () => {
    expect(
      musdes.map((r) => [r.Periode, r['Target s.d. periode'], r['Realisasi s.d. periode'], r['Capaian (%)']]),
    ).toEqual([
      ['Triwulan IV Tahun 2025', 100, 100, 100],
      ['Triwulan I Tahun 2026', 40, 38, 95],
      ['Triwulan II Tahun 2026', 80, 72, 90],
      ['Triwulan III Tahun 2026', 100, 85, 85],
    ]);
    expect(musdes.map((r) => r.Predikat)).toEqual(['Sangat Tinggi', 'Sangat Tinggi', 'Tinggi', 'Tinggi']);
  });

  it('formats every cell as its kind: predikat in its colour, figures as numbers, headers bold, text as text', () => {
    const kolom = (judul: string) => tren.findIndex((r) => r.includes(judul));
    const kepala = tren[kolom('Predikat')];
    const baris = tren
      .map((r, i) => [r, i] as const)
      .filter(([r]) => String(r[1]).startsWith('Persentase desa yang melaksanakan') && r[3] !== '')
      .map(([, i]) => i);
    const format = o.k.sebagai(
      SEK,
      (ss) => {
        const r = ss.getSheetByName('Tren Kinerja')!.getDataRange();
        return { latar: r.getBackgrounds(), angka: r.getNumberFormats(), tebal: r.getFontWeights() };
      },
      o.k.bukuKerja,
    );
    const [predikat, capaian, indikator] = ['Predikat', 'Capaian (%)', 'Indikator Kinerja'].map((j) =>
      kepala.indexOf(j),
    );
    expect(baris.map((i) => format.latar[i][predikat])).toEqual(['#b7e1cd', '#b7e1cd', '#d9ead3', '#d9ead3']);
    expect(baris.map((i) => format.latar[i][capaian])).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff']);
    expect(baris.map((i) => format.angka[i][capaian])).toEqual(Array(4).fill('#,##0.##'));
    expect(baris.map((i) => format.angka[i][indikator])).toEqual(Array(4).fill('@'));
    expect(format.tebal[kolom('Predikat')].slice(0, kepala.length)).toEqual(Array(kepala.length).fill('bold'));
    expect(baris.map((i) => format.tebal[i][predikat])).toEqual(Array(4).fill('normal'));
  });

  it('flags the capaian that fell two periods in a row, at the period of the second fall', () => {
    expect(musdes.map((r) => r['Capaian turun dua periode berturut-turut'])).toEqual([
      '',
      '',
      'Turun dua periode berturut-turut: Triwulan IV Tahun 2025 100 → Triwulan I Tahun 2026 95 → Triwulan II Tahun 2026 90',
      'Turun dua periode berturut-turut: Triwulan I Tahun 2026 95 → Triwulan II Tahun 2026 90 → Triwulan III Tahun 2026 85',
    ]);
  });

  it('names the deleted and the unshared cycle, and charts every unit', () => {
    const siklus = blok(tren, 'SIKLUS YANG DIBACA');
    const tidak = siklus.filter((s) => String(s.Keadaan).startsWith('Tidak dapat dibuka')).map((s) => s.Siklus);
    expect(tidak).toEqual(['Triwulan III Tahun 2025', 'Triwulan IV Tahun 2026']);
    const grafik = o.k.sebagai(SEK, (ss) => ss.getSheetByName('Tren Kinerja')!.getCharts().length, o.k.bukuKerja);
    const unit = new Set(rows.map((r) => r.Unit));
    expect(grafik).toBe(unit.size);
    expect(unit.size).toBeGreaterThan(1);
  });
});

describe('from the workbook’s menu, by the Tim SAKIP only, with a hand-edited Log row reported', () => {
  const o = kantor();

  it('refuses anyone outside the Tim SAKIP before writing anything, or opening more than the latest cycles', () => {
    const awal = o.k.world.calls.mark();
    expect(() => o.bangun(ORANG.kabid.PSPFM)).toThrow(
      `${ORANG.kabid.PSPFM} tidak berwenang membangun ulang Monitoring SOP dan Tren Kinerja: hanya Tim SAKIP`,
    );
    // the latest cycle (Triwulan IV, not shared with the Kabid) and the one before it, which names the Tim SAKIP
    expect(o.k.world.calls.since(awal).filter((c) => c.method === 'openById')).toHaveLength(2);
    expect(o.tab('Monitoring SOP')).toEqual([]);
    expect(o.tab('Tren Kinerja')).toEqual([]);
  });

  it('offers the rebuild in the add-on menu; the year typed builds both tabs and says so in a toast', () => {
    const [menu] = menusOf(o.k.world, o.k.bukuKerja, SEK);
    expect(menu.entries).toContainEqual(
      expect.objectContaining({ caption: 'Monitoring SOP dan Tren Kinerja…', functionName: 'menuMonitoringSop' }),
    );
    answerUi(o.k.world, { button: 'OK', text: '2026' });
    o.k.jalankan('menuMonitoringSop', { user: SEK, activeSpreadsheetId: o.k.bukuKerja });
    expect(spreadsheetStore(o.k.world).toasts.at(-1)!.message).toMatch(
      /^Monitoring SOP dan Tren Kinerja 2026 dibangun ulang dari 3 siklus\./,
    );
  });

  it('names a Log row whose seal no longer holds, with its cycle and row, and leaves it out', () => {
    const tw2 = o.id['2026-TW2'];
    const baris = o.k.sebagai(
      SEK,
      (ss) => {
        const log = ss.getSheetByName('Log')!;
        const nilai = log.getDataRange().getValues();
        const judul = nilai[0].map(String);
        // the finish of step 7 typed over by hand: 60 minutes earlier than the add-in recorded it
        const i = nilai.findIndex((r) => r[judul.indexOf('ID')] === '2026-TW2-7-selesai-1');
        const waktu = judul.indexOf('Waktu') + 1;
        log.getRange(i + 1, waktu).setValue(new Date(agu(13, 11)));
        return i + 1;
      },
      tw2,
    );
    o.k.world.clock.set(agu(14, 9));
    o.bangun();
    const masalah = blok(o.tab('Monitoring SOP'), /^MASALAH LOG/);
    expect(masalah).toEqual([
      {
        Siklus: 'Triwulan II Tahun 2026',
        'Baris Log': baris,
        Masalah:
          'Aksi "selesai", ID 2026-TW2-7-selesai-1: tanpa segel add-in yang cocok (diketik, disalin atau diubah ' +
          'tangan), tidak dipakai.',
      },
    ]);
    // without its finish, step 7 of Triwulan II runs on: 360 working minutes on 13 August, 90 on 14 August by 09.00
    const l7 = blok(o.tab('Monitoring SOP'), /^Langkah 7:/);
    expect([l7[1]['Menit kerja'], l7[1].Keadaan]).toEqual([450, 'Terlambat (berjalan)']);
  });
});

describe('a rebuild opens each cycle once, in calls that do not grow with the indicators', () => {
  /** Triwulan I (the earlier cycle of the office), II and III of 2026 with 5 units of `perUnit` indicators. */
  function ukur(perUnit: number) {
    const k = buatSiklus({ mulai: false, ukuran: { unit: 5, perUnit } });
    for (const n of [2, 3]) k.panggil('konsolidasi', { oleh: ORANG.anggota, di: k.mulaiSiklus(`Triwulan ${n} 2026`)! });
    const awal = k.world.calls.mark();
    k.jalankan('bangunMonitoringSop', { user: SEK, activeSpreadsheetId: k.bukuKerja }, 2026);
    const calls = k.world.calls.since(awal).filter((c) => c.costClass !== 'local');
    return {
      panggilan: calls.length,
      detik: k.world.latency.seconds(calls),
      dibuka: calls.filter((c) => c.method === 'openById').length,
      dibaca: calls.filter((c) => c.method === 'getValues').length,
    };
  }
  const kecil = ukur(4);
  const besar = ukur(40);

  it('opens each of the three cycles once and reads its Pengaturan, Log and Rekap once each', () => {
    expect(kecil.dibuka).toBe(3);
    // the two cycles started from the menu: three tabs each; the earlier cycle has only its Pengaturan tab; the
    // workbook has no Monitoring SOP tab yet to read a Paraf Penilai from
    expect(kecil.dibaca).toBe(2 * 3 + 1);
  });

  it('makes as many calls for 40 indicators per unit as for 4', () => {
    expect(besar.panggilan).toBe(kecil.panggilan);
    expect(besar.detik).toBeLessThan(60);
  });
});
