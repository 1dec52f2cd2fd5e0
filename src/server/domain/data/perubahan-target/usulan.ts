import { formatHariTanggalJam } from '../../format/tanggal';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import { periksaTargetTahun } from '../../indikator/kumulasi';
import { bacaTarget, type NilaiTarget, tulisTarget } from '../../indikator/target';
import { petaJudul, type TataLetakTab } from '../../layout';
import { kunciIndikator } from '../rekap/ukur-periode';
import { KOLOM_TARGET_PK } from '../../pengaturan/pk-blok';
import { orangUnit, timSakip } from '../../pengaturan/peran';
import type { IndikatorPK, Pengaturan } from '../../pengaturan/types';

/** One request to change targets of a Perjanjian Kinerja indicator, as a row of the Perubahan Target tab. */
export interface UsulanTarget {
  nomor: number;
  /** epoch ms */
  diajukan: number;
  oleh: string;
  unit: string;
  indikator: string;
  /** "Target TW II = 3; Target tahunan = 12" */
  lama: string;
  baru: string;
  alasan: string;
  keputusan: '' | typeof KEPUTUSAN.terima | typeof KEPUTUSAN.tolak;
  diputuskanOleh: string;
  diputuskan: number | null;
  catatan: string;
}

export const KEPUTUSAN = { terima: 'Diterima', tolak: 'Ditolak' } as const;

/** PK column → the target written there (a number or a range), null for a blank triwulan target. */
export type PerubahanTarget = ReadonlyMap<(typeof KOLOM_TARGET_PK)[number], NilaiTarget | null>;

const PEMISAH = '; ';

export function tulisPerubahan(perubahan: PerubahanTarget): string {
  return [...perubahan].map(([k, v]) => `${k} = ${v === null ? '-' : tulisTarget(v)}`).join(PEMISAH);
}

/** Reads "Target TW II = 2; Target tahunan = 11" back; null when it is not in that form. */
export function bacaPerubahan(teks: string): PerubahanTarget | null {
  const hasil = new Map<(typeof KOLOM_TARGET_PK)[number], NilaiTarget | null>();
  for (const bagian of teks.split(/;\s*/).filter(Boolean)) {
    const [kolom, nilai, ...lebih] = bagian.split(/\s*=\s*/);
    const k = KOLOM_TARGET_PK.find((x) => x.toLowerCase() === kolom.trim().toLowerCase());
    const target = nilai?.trim() === '-' ? null : bacaTarget(nilai);
    if (!k || lebih.length || (target !== null && !target.ok)) return null;
    hasil.set(k, target === null ? null : target.target);
  }
  return hasil.size ? hasil : null;
}

/** The current targets of `pk` in the columns a change names. */
export function targetKini(pk: IndikatorPK, kolom: Iterable<(typeof KOLOM_TARGET_PK)[number]>): PerubahanTarget {
  return new Map(
    [...kolom].map((k) => {
      const i = KOLOM_TARGET_PK.indexOf(k);
      const v = i === 0 ? pk.target : pk.targetTriwulan[i - 1];
      return [k, typeof v === 'string' ? null : v];
    }),
  );
}

/** `pk` with the change applied. */
export function terapkan(pk: IndikatorPK, perubahan: PerubahanTarget): IndikatorPK {
  const triwulan = [...pk.targetTriwulan];
  let target = pk.target;
  for (const [k, v] of perubahan) {
    const i = KOLOM_TARGET_PK.indexOf(k);
    if (i === 0) target = v ?? '';
    else triwulan[i - 1] = v;
  }
  return { ...pk, target, targetTriwulan: triwulan };
}

/**
 * Why a proposed change cannot be made, or null: nothing would change, the annual target would be blank, or the
 * triwulan targets would no longer add up to the year under the indicator's method (change them together).
 */
export function periksaPerubahan(pk: IndikatorPK, perubahan: PerubahanTarget): string | null {
  const baru = terapkan(pk, perubahan);
  if (tulisPerubahan(targetKini(pk, perubahan.keys())) === tulisPerubahan(perubahan)) {
    return 'target yang diusulkan sama dengan target Perjanjian Kinerja sekarang.';
  }
  if (typeof baru.target === 'string') return 'target tahunan tidak boleh kosong.';
  const masalah = periksaTargetTahun({ tahunan: baru.target, triwulan: baru.targetTriwulan, metode: baru.metode });
  return masalah && `sesudah perubahan, ${masalah} Usulkan target tahunan dan triwulan bersama-sama.`;
}

/** The requests of the tab (its values, header row first); rows without a number are skipped. */
export function bacaUsulan(tataLetak: TataLetakTab, values: readonly (readonly unknown[])[]): UsulanTarget[] {
  if (!values.length) return [];
  const posisi = petaJudul(tataLetak, values[0]);
  const sel = (r: readonly unknown[], isi: string) =>
    r[posisi.get(tataLetak.kolom.find((k) => k.isi === isi)!.judul) as number];
  const teks = (r: readonly unknown[], isi: string) => String(sel(r, isi) ?? '').trim();
  const waktu = (v: unknown) =>
    v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
      ? (v as Date).getTime()
      : typeof v === 'number'
        ? v
        : null;
  return values.slice(1).flatMap((r) => {
    const nomor = Number(sel(r, 'nomor'));
    if (!Number.isInteger(nomor) || nomor < 1) return [];
    const keputusan = teks(r, 'keputusan');
    return [
      {
        nomor,
        diajukan: waktu(sel(r, 'diajukan')) ?? 0,
        oleh: teks(r, 'oleh'),
        unit: teks(r, 'unit'),
        indikator: teks(r, 'indikator'),
        lama: teks(r, 'lama'),
        baru: teks(r, 'baru'),
        alasan: teks(r, 'alasan'),
        keputusan: keputusan === KEPUTUSAN.terima || keputusan === KEPUTUSAN.tolak ? keputusan : '',
        diputuskanOleh: teks(r, 'diputuskanOleh'),
        diputuskan: waktu(sel(r, 'diputuskan')),
        catatan: teks(r, 'catatan'),
      },
    ];
  });
}

/** The rows as the tab writes them: text neutralised, times as dates. */
export function barisUsulan(usulan: readonly UsulanTarget[]): Record<string, unknown>[] {
  return usulan.map((u) => ({
    ...Object.fromEntries(Object.entries(u).map(([k, v]) => [k, typeof v === 'string' ? neutralkanFormula(v) : v])),
    diajukan: new Date(u.diajukan),
    diputuskan: u.diputuskan === null ? '' : new Date(u.diputuskan),
  }));
}

/** Accepted changes as Rekap notes, by indicator (kunciIndikator), in proposal order. */
export function revisiDiterima(usulan: readonly UsulanTarget[]): Map<string, string[]> {
  const hasil = new Map<string, string[]>();
  for (const u of usulan.filter((x) => x.keputusan === KEPUTUSAN.terima)) {
    const kunci = kunciIndikator(u.unit, u.indikator);
    hasil.set(kunci, [...(hasil.get(kunci) ?? []), catatanRevisi(u)]);
  }
  return hasil;
}

/** "Target direvisi (usulan No. 1, diterima Senin, 17 Agustus 2026 pukul 10.00 WIB): … menjadi …." */
function catatanRevisi(u: UsulanTarget): string {
  const kapan = u.diputuskan === null ? '' : ` ${formatHariTanggalJam(new Date(u.diputuskan))}`;
  return `Target direvisi (usulan No. ${u.nomor}, diterima${kapan}): ${u.lama} menjadi ${u.baru}.`;
}

/** Whoever proposes or decides writes the tab (an add-in writes as the person who clicks): units' people, Tim SAKIP. */
export function penulisTabUsulan(p: Pengaturan): string[] {
  return [...timSakip(p), ...p.unitKerja.flatMap((u) => orangUnit(p, u.kode))].map((o) => o.email);
}
