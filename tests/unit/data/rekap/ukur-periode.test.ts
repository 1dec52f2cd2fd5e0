import type { HasilAngka } from '../../../../src/server/domain/indikator/parse-angka';
import type { TargetTahun } from '../../../../src/server/domain/indikator/kumulasi';
import {
  kunciIndikator,
  type RiwayatTriwulan,
  ukurPeriode,
} from '../../../../src/server/domain/data/rekap/ukur-periode';

const KUNCI = kunciIndikator('PSPFM', 'Jumlah kali pemutakhiran DTKS');
const angka = (value: number): HasilAngka => ({ ok: true, value });
const KOSONG: HasilAngka = { ok: false, kosong: true, reason: 'belum diisi' };
const DTKS: TargetTahun = { tahunan: 12, triwulan: [3, 3, 3, 3], metode: 'jumlah' };

/** The earlier triwulan cycles: realisasi per triwulan, or null for a cycle that does not exist. */
function riwayat(...tw: (number | null | 'kosong')[]): RiwayatTriwulan {
  return new Map(
    tw.map((r, i) => [
      i + 1,
      r === null
        ? { ada: false as const, alasan: `Siklus triwulan ${i + 1} tidak ditemukan.` }
        : {
            ada: true as const,
            realisasi: new Map([
              [KUNCI, { nilai: r === 'kosong' ? KOSONG : angka(r), asal: `Form PSPFM baris 3, siklus TW ${i + 1}` }],
            ]),
          },
    ]),
  );
}

describe('ukurPeriode: target and realisasi of a period from the cycles of the year', () => {
  it('adds the earlier triwulan’s realisasi under "jumlah", and says how', () => {
    expect(ukurPeriode({ target: DTKS, realisasiIni: angka(3), sampai: 2, riwayat: riwayat(4), kunci: KUNCI })).toEqual(
      {
        ok: true,
        target: 6,
        realisasi: 7,
        keterangan: ['Target dan realisasi s.d. triwulan II: jumlah triwulan I 4, triwulan II 3.'],
      },
    );
  });

  it('names a missing earlier cycle or an empty earlier realisasi instead of guessing', () => {
    expect(
      ukurPeriode({ target: DTKS, realisasiIni: angka(3), sampai: 2, riwayat: riwayat(null), kunci: KUNCI }),
    ).toMatchObject({ ok: false, target: 6, reason: 'Siklus triwulan 1 tidak ditemukan.' });
    expect(
      ukurPeriode({ target: DTKS, realisasiIni: angka(3), sampai: 2, riwayat: riwayat('kosong'), kunci: KUNCI }),
    ).toMatchObject({
      ok: false,
      reason: 'Realisasi triwulan I belum diisi (Form PSPFM baris 3, siklus TW 1); capaian belum dapat dihitung.',
    });
    const lain = kunciIndikator('PSPFM', 'indikator lain');
    expect(
      ukurPeriode({ target: DTKS, realisasiIni: angka(3), sampai: 2, riwayat: riwayat(4), kunci: lain }),
    ).toMatchObject({ ok: false, reason: 'Indikator ini tidak ada di formulir siklus triwulan I.' });
  });

  it('needs nothing earlier under "terakhir" and "tetap"', () => {
    const t: TargetTahun = { tahunan: 100, triwulan: [25, 50, 75, 100], metode: 'terakhir' };
    expect(ukurPeriode({ target: t, realisasiIni: angka(45), sampai: 2, riwayat: new Map(), kunci: KUNCI })).toEqual({
      ok: true,
      target: 50,
      realisasi: 45,
      keterangan: [],
    });
  });

  it('derives the year from the four triwulan, noting a different figure typed in the Tahunan form', () => {
    expect(
      ukurPeriode({
        target: DTKS,
        realisasiIni: angka(10),
        sampai: 'tahunan',
        riwayat: riwayat(4, 3, 2, 3),
        kunci: KUNCI,
      }),
    ).toEqual({
      ok: true,
      target: 12,
      realisasi: 12,
      keterangan: [
        'Realisasi tahunan: jumlah triwulan I 4, triwulan II 3, triwulan III 2, triwulan IV 3.',
        'Realisasi yang diisi di formulir (10) tidak dipakai.',
      ],
    });
  });

  it('takes the year as the unit typed it when a triwulan cycle is missing, and says why', () => {
    expect(
      ukurPeriode({
        target: DTKS,
        realisasiIni: angka(11),
        sampai: 'tahunan',
        riwayat: riwayat(4, null, 2, 3),
        kunci: KUNCI,
      }),
    ).toEqual({
      ok: true,
      target: 12,
      realisasi: 11,
      keterangan: ['Realisasi tahunan yang diisi unit dipakai: Siklus triwulan 2 tidak ditemukan.'],
    });
    expect(
      ukurPeriode({
        target: DTKS,
        realisasiIni: KOSONG,
        sampai: 'tahunan',
        riwayat: riwayat(4, null, 2, 3),
        kunci: KUNCI,
      }),
    ).toMatchObject({ ok: false, reason: 'Siklus triwulan 2 tidak ditemukan.' });
  });
});
