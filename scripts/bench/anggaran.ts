/**
 * bench/budget.json: per action and size, the most service calls and modelled seconds allowed, or the failure known
 * at that size (`diketahuiGagal`: the start of its message). The bench fails on a breach, on a new failure, and on a
 * known failure that no longer fails (its budget must then be set).
 */
import { NAMA_UKURAN, type Hasil, type NamaUkuran } from './hasil';

type Batas = { panggilan: number; detik: number } | { diketahuiGagal: string };

export type Anggaran = { _keterangan: string } & Record<string, string | Partial<Record<NamaUkuran, Batas>>>;

/** Headroom over a measurement when a budget is set from it: +5 % calls, +10 % seconds. */
const RUANG = { panggilan: 1.05, detik: 1.1 } as const;

/** What breaches the budget, one line each (Bahasa Indonesia). */
export function periksaAnggaran(hasil: Hasil, anggaran: Anggaran): string[] {
  const lewat: string[] = [];
  for (const [aksi, perUkuran] of Object.entries(hasil.aksi)) {
    const batasAksi = anggaran[aksi];
    for (const ukuran of NAMA_UKURAN) {
      const a = perUkuran[ukuran];
      if (!a) continue;
      const batas = typeof batasAksi === 'object' ? batasAksi[ukuran] : undefined;
      const di = `${aksi} (${ukuran})`;
      if (!batas) lewat.push(`${di}: tidak ada anggaran di bench/budget.json`);
      else if ('gagal' in a) {
        if (!('diketahuiGagal' in batas) || !a.gagal.startsWith(batas.diketahuiGagal))
          lewat.push(`${di}: gagal baru: ${a.gagal.split('\n')[0]}`);
      } else if ('diketahuiGagal' in batas) {
        lewat.push(`${di}: tidak gagal lagi ("${batas.diketahuiGagal}"); tetapkan anggarannya`);
      } else if (a.panggilan > batas.panggilan || a.detik > batas.detik) {
        lewat.push(`${di}: ${a.panggilan} panggilan / ${a.detik} s, anggaran ${batas.panggilan} / ${batas.detik} s`);
      }
    }
  }
  return lewat;
}

/** A budget set from `hasil` with the headroom RUANG, a failure as known by its message's first line. */
export function anggaranDari(hasil: Hasil, keterangan: string): Anggaran {
  const anggaran: Anggaran = { _keterangan: keterangan };
  for (const [aksi, perUkuran] of Object.entries(hasil.aksi)) {
    const batas: Partial<Record<NamaUkuran, Batas>> = {};
    for (const ukuran of NAMA_UKURAN) {
      const a = perUkuran[ukuran];
      if (!a) continue;
      batas[ukuran] =
        'gagal' in a
          ? { diketahuiGagal: a.gagal.split('\n')[0] }
          : {
              panggilan: Math.ceil(a.panggilan * RUANG.panggilan),
              detik: Math.ceil(a.detik * RUANG.detik * 10) / 10,
            };
    }
    anggaran[aksi] = batas;
  }
  return anggaran;
}
