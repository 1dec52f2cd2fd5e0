import { neutralkanFormula } from '../format/neutralkan-formula';
import { parseAngka } from '../indikator/parse-angka';
import { type Blok, type BlokTerbaca, normalkan } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';
import type { IndikatorPK, ProgramAnggaran } from './types';

/**
 * The ANGGARAN PROGRAM / KEGIATAN block: per unit, each program or kegiatan of its DPA with its pagu (the Perjanjian
 * Kinerja of an eselon II lists the programs and their anggaran), the PK indicator it serves (for efisiensi; blank:
 * the unit's average capaian) and the document the pagu comes from. The cycle's Anggaran tab is written from it and
 * the units fill only the realisasi (docs/regulasi/anggaran.md). Older settings without the block have no budget.
 */
export const JUDUL_ANGGARAN = 'ANGGARAN PROGRAM / KEGIATAN';
export const KOLOM_ANGGARAN = {
  unit: 'Unit',
  program: 'Program / Kegiatan',
  pagu: 'Pagu (Rp)',
  indikator: 'Indikator terkait',
  sumber: 'Sumber pagu',
} as const;

export function blokAnggaran(anggaran: readonly ProgramAnggaran[]): Blok {
  return {
    judul: JUDUL_ANGGARAN,
    kolom: Object.values(KOLOM_ANGGARAN),
    baris: anggaran.map((a) => [
      neutralkanFormula(a.unit),
      neutralkanFormula(a.program),
      a.pagu,
      neutralkanFormula(a.indikator),
      neutralkanFormula(a.sumber),
    ]),
  };
}

type Baris = BlokTerbaca['isi'][number];

/**
 * The block's rows, each checked: a unit of UNIT KERJA, a program named once per unit, a pagu above 0, an indicator
 * of that unit's Perjanjian Kinerja. Every problem is named by row and column; a row with a problem is left out.
 */
export function bacaAnggaran(
  p: PembacaSel,
  b: BlokTerbaca | undefined,
  kodeUnit: ReadonlyMap<string, string>,
  pk: readonly IndikatorPK[],
): ProgramAnggaran[] {
  if (!b) return [];
  const K = KOLOM_ANGGARAN;
  const dilihat = new Set<string>();
  return b.isi.flatMap((r) => {
    const jumlahGalat = p.galat.length;
    const unitTeks = p.teks(r, K.unit);
    const unit = kodeUnit.get(unitTeks.toUpperCase());
    if (unitTeks && !unit) p.tambah(r.nomor, K.unit, `unit "${unitTeks}" tidak ada di blok "UNIT KERJA".`);
    const program = p.teks(r, K.program);
    const kunci = `${unit}\n${normalkan(program)}`;
    if (program && dilihat.has(kunci)) p.tambah(r.nomor, K.program, `"${program}" sudah tertulis untuk unit ${unit}.`);
    dilihat.add(kunci);
    const pagu = bacaPagu(p, r);
    const indikator = p.teks(r, K.indikator, false);
    if (indikator && unit && !pk.some((i) => i.unit === unit && normalkan(i.indikator) === normalkan(indikator))) {
      p.tambah(r.nomor, K.indikator, `"${indikator}" bukan indikator unit ${unit} di blok "PERJANJIAN KINERJA".`);
    }
    if (p.galat.length > jumlahGalat || !unit || pagu === undefined) return [];
    return [{ unit, program, pagu, indikator, sumber: p.teks(r, K.sumber, false) }];
  });
}

function bacaPagu(p: PembacaSel, r: Baris): number | undefined {
  const kolom = KOLOM_ANGGARAN.pagu;
  const hasil = parseAngka(r.sel(kolom));
  if (!hasil.ok) return p.tambah(r.nomor, kolom, hasil.kosong ? 'wajib diisi (pagu dari DPA).' : `${hasil.reason}.`);
  if (hasil.value <= 0) return p.tambah(r.nomor, kolom, `pagu ${String(r.sel(kolom))} harus lebih dari 0.`);
  return hasil.value;
}
