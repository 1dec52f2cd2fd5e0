import rekapJson from '../../../sheets-templates/tab-rekap.json';
import type { LogTidakUtuh } from '../../../src/server/domain/pelacakan/periksa-segel';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import type { Pengaturan } from '../../../src/server/domain/pengaturan/types';
import type { BarisLog } from '../../../src/server/domain/pelacakan/log';
import type { Bacaan, SiklusPantau, SiklusTerbaca } from '../../../src/server/domain/pemantauan/siklus-pantau';
import { susunPemantauan } from '../../../src/server/domain/pemantauan/susun-pemantauan';
import { TINGGI_GRAFIK, type LembarPantau } from '../../../src/server/domain/pemantauan/lembar';
import { SOP, agu, barisLangkah, logSkenario } from '../pelacakan/fixture';

const P = pengaturanBawaan(SOP);
const JUDUL_REKAP = rekapJson.kolom.map((k) => k.judul);

/** Rekap values as the tab holds them: header, indicator rows, a subtotal row, an empty row, the summary below. */
function rekap(capaian: number, realisasi = capaian): unknown[][] {
  const baris = (isi: Record<string, unknown>) => JUDUL_REKAP.map((j) => isi[j] ?? '');
  return [
    JUDUL_REKAP,
    baris({
      Unit: 'PSPFM',
      'Sasaran Strategis': 'Meningkatnya akurasi data',
      'Indikator Kinerja': 'Persentase desa Musdes',
      Satuan: '%',
      'Target s.d. periode ini': 100,
      'Realisasi s.d. periode ini': realisasi,
      'Capaian (%)': capaian,
    }),
    baris({ Unit: 'PSPFM', 'Indikator Kinerja': 'Rata-rata capaian PSPFM', 'Capaian (%)': capaian }),
    baris({}),
    baris({ 'Sasaran Strategis': 'RINGKASAN REKAP' }),
  ];
}

interface Siklus {
  log?: BarisLog[];
  tidakSah?: LogTidakUtuh[];
  pengaturan?: Bacaan<Pengaturan>;
  logGagal?: string;
  rekap?: unknown[][] | null;
  ditutup?: boolean;
}

function siklus(kunci: string, s: Siklus = {}): SiklusTerbaca {
  const log = s.log ?? logSkenario();
  const nilai: SiklusPantau = {
    ditutup: s.ditutup ?? false,
    pengaturan: s.pengaturan ?? { ok: true, nilai: P },
    log: s.logGagal
      ? { ok: false, alasan: s.logGagal }
      : {
          ok: true,
          nilai: {
            isi: { baris: log, events: [], ...(s.tidakSah ? { tidakSah: s.tidakSah } : {}) },
            barisId: new Map(log.map((b, i) => [b.id, i + 2])),
          },
        },
    rekap: s.rekap === undefined ? rekap(90) : s.rekap,
  };
  return { kunci, spreadsheetId: `id-${kunci}`, bacaan: { ok: true, nilai } };
}

const tidakTerbuka = (kunci: string): SiklusTerbaca => ({
  kunci,
  spreadsheetId: `id-${kunci}`,
  bacaan: { ok: false, alasan: 'Tidak dapat dibuka: dihapus.' },
});

/** The rows under the title matching `judul` (header next) to the first empty row, as records by header. */
function blok(l: LembarPantau, judul: RegExp): Record<string, unknown>[] {
  const awal = l.nilai.findIndex((r) => judul.test(String(r[0])));
  if (awal < 0) throw new Error(`Blok ${String(judul)} tidak ada.`);
  const akhir = l.nilai.findIndex((r, i) => i > awal && r.every((v) => v === ''));
  const [kepala, ...isi] = l.nilai.slice(awal + 1, akhir < 0 ? undefined : akhir);
  return isi.map((r) => Object.fromEntries(kepala.flatMap((k, i) => (k === '' ? [] : [[String(k), r[i]]]))));
}

const susun = (s: SiklusTerbaca[], monitoringLama: unknown[][] = []) =>
  susunPemantauan({ tahun: 2026, nowMs: agu(25, 9), siklus: s, monitoringLama });

describe('susunPemantauan: the monitoring tabs from the readings of the cycles', () => {
  it('reads the Log of each cycle of the year only, and the Rekap of the year before too', () => {
    const h = susun([siklus('2025-TW4'), siklus('2026-TW1'), siklus('2026-TW2', { ditutup: true })]);
    expect(h.dibaca).toBe(2);
    expect(blok(h.monitoring, /^SIKLUS YANG DIBACA/).map((r) => [r.Siklus, r.Keadaan])).toEqual([
      ['Triwulan I Tahun 2026', 'Dibaca (siklus masih berjalan)'],
      ['Triwulan II Tahun 2026', 'Dibaca (siklus ditutup dan diarsipkan)'],
    ]);
    expect(blok(h.tren, /^SIKLUS YANG DIBACA/)).toHaveLength(3);
  });

  it('names a cycle that could not be opened, or whose Pengaturan, Log or Rekap cannot be read; builds the rest', () => {
    const h = susun([
      tidakTerbuka('2026-TW1'),
      siklus('2026-TW2', { pengaturan: { ok: false, alasan: 'Tab "Pengaturan" baris 4, kolom B: kosong.' } }),
      siklus('2026-TW3', { logGagal: 'Tab "Log" baris 7, kolom "Waktu": "kemarin" bukan tanggal dan jam.' }),
      siklus('2026-TW4', { rekap: null }),
      siklus('2026-TH', { rekap: [['Unit', 'Lain']] }),
    ]);
    expect(h.dibaca).toBe(2);
    expect(h.tidakTerbaca).toEqual([
      'Triwulan I Tahun 2026: Tidak dapat dibuka: dihapus.',
      'Triwulan II Tahun 2026: Tab Pengaturan tidak terbaca: Tab "Pengaturan" baris 4, kolom B: kosong.',
      'Triwulan III Tahun 2026: Tab Log tidak terbaca: Tab "Log" baris 7, kolom "Waktu": "kemarin" bukan tanggal dan jam.',
      'Triwulan IV Tahun 2026: Rekap belum disusun di siklus ini: periodenya tidak masuk tren.',
      expect.stringMatching(/^Tahunan 2026: Tab Rekap tidak terbaca: Tab "Rekap" baris 1: kolom "Sasaran Strategis"/),
    ]);
  });

  it('reports a broken seal and a refused step event with the cycle and the Log row', () => {
    const log = [...logSkenario(), barisLangkah('selesai', 3, [25, 8, 0])];
    log[log.length - 1] = { ...log[log.length - 1], id: 'L3-selesai-lagi' };
    const h = susun([
      siklus('2026-TW1', {
        log,
        tidakSah: [{ nomor: 9, aksi: 'selesai', id: 'L4-selesai-1', keterangan: 'tanpa segel' }],
      }),
    ]);
    expect(h.masalahLog).toBe(2);
    expect(blok(h.monitoring, /^MASALAH LOG/)).toEqual([
      {
        Siklus: 'Triwulan I Tahun 2026',
        'Baris Log': 9,
        Masalah: 'Aksi "selesai", ID L4-selesai-1: tanpa segel.',
      },
      {
        Siklus: 'Triwulan I Tahun 2026',
        'Baris Log': log.length + 1,
        Masalah: 'Kejadian langkah tidak runtut: Langkah 3 sudah selesai.',
      },
    ]);
  });

  it('keeps the Paraf Penilai typed in the form of the tab before the rebuild', () => {
    const awal = susun([siklus('2026-TW1')]).monitoring.nilai;
    const kepala = awal.findIndex((r) => r[0] === 'No.');
    const kolom = awal[kepala].indexOf('Paraf Penilai');
    const diketik = awal.map((r, i) => (i === kepala + 2 ? r.map((v, c) => (c === kolom ? 'RS' : v)) : r));
    const lagi = susun([siklus('2026-TW1')], diketik).monitoring.nilai;
    expect(lagi).toEqual(diketik);
  });

  it('places one chart per step and per unit beside its block, none overlapping the next', () => {
    const h = susun([siklus('2026-TW1'), siklus('2026-TW2')]);
    expect(h.monitoring.grafik).toHaveLength(SOP.steps.length);
    const baris = h.monitoring.grafik.map((g) => g.posisiBaris);
    baris.slice(1).forEach((b, i) => expect(b - baris[i]).toBeGreaterThanOrEqual(TINGGI_GRAFIK));
    const g = h.monitoring.grafik[0];
    expect(h.monitoring.nilai[g.baris - 1].slice(0, g.lebar)).toEqual(['Siklus', 'Target (menit)', 'Menit kerja']);
    expect(h.tren.grafik).toHaveLength(1);
    expect(h.tren.nilai[h.tren.grafik[0].baris - 1].slice(0, 3)).toEqual([
      'Indikator Kinerja',
      'TW I 2026',
      'TW II 2026',
    ]);
    // every grid as wide as the widest row
    for (const l of [h.monitoring, h.tren]) expect(new Set(l.nilai.map((r) => r.length)).size).toBe(1);
  });

  it('reads the Rekap’s indicator rows only, with the predikat of the cycle’s scale', () => {
    const h = susun([siklus('2026-TW1', { rekap: rekap(95) }), siklus('2026-TW2', { rekap: rekap(60) })]);
    expect(blok(h.tren, /^TARGET, REALISASI/).map((r) => [r.Periode, r['Capaian (%)'], r.Predikat])).toEqual([
      ['Triwulan I Tahun 2026', 95, 'Sangat Tinggi'],
      ['Triwulan II Tahun 2026', 60, 'Rendah'],
    ]);
  });
});
