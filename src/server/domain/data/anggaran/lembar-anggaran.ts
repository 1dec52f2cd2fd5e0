import { formatAngka } from '../../format/bilangan';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import type { HasilEfisiensi, HasilSerapan } from '../../indikator/anggaran';
import { angka, type Baris, FORMAT, kepala, type Sel, teks } from '../rekap/sel-lembar';
import type { BarisAnggaranRekap, RekapAnggaran, UnitAnggaran } from './rekap-anggaran';

const JUDUL = 'REALISASI ANGGARAN';
export const KOLOM_BLOK_ANGGARAN = [
  'Unit',
  'Program / Kegiatan',
  'Pagu (Rp)',
  'Realisasi s.d. periode ini (Rp)',
  'Serapan (%)',
  'Efisiensi',
  'Keterangan',
] as const;

/**
 * The Rekap's budget block: a row per program, a total per unit and for the office; serapan and, in the Tahunan
 * cycle, efisiensi with what it was judged on. Empty when the cycle has no budget.
 */
export function blokAnggaranRekap(anggaran: RekapAnggaran): Baris[] {
  if (!anggaran.unit.length) return [];
  return [
    { sel: [teks(JUDUL)], gaya: 'judulBlok' },
    ...anggaran.catatan.map((c) => ({ sel: [teks(c)] })),
    kepala(KOLOM_BLOK_ANGGARAN),
    ...anggaran.unit.flatMap((u) => [...u.baris.map((b) => ({ sel: selProgram(b) })), barisUnit(u)]),
    {
      sel: selJumlah('', 'Keseluruhan', anggaran.keseluruhan, null, ''),
      gaya: 'subtotal',
    },
  ];
}

function selProgram(b: BarisAnggaranRekap): Sel[] {
  const keterangan = [alasan(b.serapan), uraianEfisiensi(b.efisiensi, b.dasarEfisiensi), b.keterangan];
  return [
    teks(neutralkanFormula(b.unit)),
    { ...teks(neutralkanFormula(b.program)), bungkus: true },
    angka(b.pagu, FORMAT.rupiah),
    angka(b.realisasi, FORMAT.rupiah),
    angka(b.serapan.ok ? b.serapan.nilai : null),
    teks(b.efisiensi?.ok ? b.efisiensi.kategori : ''),
    { ...teks(neutralkanFormula(keterangan.filter(Boolean).join(' '))), bungkus: true },
  ];
}

function barisUnit(u: UnitAnggaran): Baris {
  const keterangan = [alasan(u.serapan), uraianEfisiensi(u.efisiensi, `rata-rata capaian ${u.unit}`)];
  return {
    sel: selJumlah(`Jumlah ${u.unit}`, neutralkanFormula(u.unit), u, u.efisiensi, keterangan.filter(Boolean).join(' ')),
    gaya: 'subtotal',
  };
}

function selJumlah(
  label: string,
  unit: string,
  j: { pagu: number; realisasi: number; serapan: HasilSerapan },
  efisiensi: HasilEfisiensi | null,
  keterangan: string,
): Sel[] {
  return [
    teks(unit),
    teks(neutralkanFormula(label)),
    angka(j.pagu, FORMAT.rupiah),
    angka(j.realisasi, FORMAT.rupiah),
    angka(j.serapan.ok ? j.serapan.nilai : null),
    teks(efisiensi?.ok ? efisiensi.kategori : ''),
    { ...teks(keterangan || alasan(j.serapan)), bungkus: true },
  ];
}

function alasan(h: HasilSerapan): string {
  return h.ok ? '' : h.reason;
}

/** "Efisien: capaian "…" 98 − serapan 91,5 = 6,5 poin." or why it was not judged. */
function uraianEfisiensi(e: HasilEfisiensi | null, dasar: string): string {
  if (!e) return '';
  if (!e.ok) return e.reason;
  return `${e.kategori[0].toUpperCase()}${e.kategori.slice(1)}: ${dasar} − serapan = ${formatAngka(e.selisih)} poin.`;
}
