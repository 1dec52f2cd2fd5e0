import { formatAngka } from '../../format/bilangan';
import { potongTeks } from '../../format/potong-teks';
import { formatSelSatuan } from '../../indikator/satuan';
import { adalahRentang, tulisTarget } from '../../indikator/target';
import type { TataLetakTab } from '../../layout';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import type { BarisRekap } from './baris-rekap';
import type { RataRataCapaian } from './ringkasan';
import type { KelompokUnit, Rekap } from './susun-rekap';
import { blokAnggaranRekap, KOLOM_BLOK_ANGGARAN } from '../anggaran/lembar-anggaran';
import type { RekapAnggaran } from '../anggaran/rekap-anggaran';
import { angka, type Baris, FORMAT, kepala, type Rata, type Sel, type SelRekap, teks } from './sel-lembar';

/**
 * The Rekap tab as grids of the same size, one per property, so that a gateway writes the values in one call and
 * each format in one call whatever the number of indicators: values, number formats, backgrounds (null: none), bold,
 * font colours, wrapping and alignment.
 */
/** A tab's content as grids of the same size, one per property (values, number formats, colours ...). */
export interface GridLembar {
  nilai: SelRekap[][];
  format: string[][];
  latar: (string | null)[][];
  tebal: ('bold' | 'normal')[][];
  warnaTeks: string[][];
  bungkus: boolean[][];
  rata: Rata[][];
}

export interface LembarRekap extends GridLembar {
  /** 1-based sheet rows of the unit subtotal rows */
  barisSubtotal: number[];
}

/** Kelengkapan of one unit: rows whose realisasi is a number, of the unit's rows. */
export interface KelengkapanRekap {
  unit: string;
  terisi: number;
  total: number;
}

const JUDUL_RINGKASAN = 'RINGKASAN REKAP';
const JUDUL_PER_PREDIKAT = 'Jumlah indikator per predikat';
const JUDUL_PER_UNIT = 'Capaian dan kelengkapan per unit';
const KOLOM_PREDIKAT = ['Predikat', 'Jumlah indikator'];
const KOLOM_UNIT = {
  unit: 'Unit',
  rataRata: 'Rata-rata capaian (%)',
  predikat: 'Predikat',
  dihitung: 'Indikator dihitung',
  terisi: 'Realisasi terisi',
  total: 'Jumlah indikator',
  persen: 'Kelengkapan (%)',
} as const;
const KESELURUHAN = 'Keseluruhan';
/** the summary sits under the table from column B, the table's wide Sasaran column holding its labels */
const KOLOM_RINGKASAN = 2;
const WARNA = {
  subtotal: '#efefef',
  kepalaBlok: '#d9ead3',
  judulBlok: '#274e13',
  teks: '#000000',
  teksJudul: '#ffffff',
};

/**
 * Lays out a Rekap: header, rows grouped by unit and sasaran with a subtotal per unit, then the summary block and the
 * budget block when the cycle has a budget.
 */
export function susunLembarRekap(rekap: Rekap, tataLetak: TataLetakTab, anggaran?: RekapAnggaran): LembarRekap {
  const baris: Baris[] = [
    {
      sel: tataLetak.kolom.map((k) => ({ v: k.judul, bungkus: true })),
      gaya: 'judul',
    },
  ];
  const subtotal: number[] = [];
  for (const u of rekap.unit) {
    for (const s of u.sasaran) for (const b of s.baris) baris.push({ sel: selTabel(tataLetak, barisIndikator(b)) });
    baris.push({ sel: selTabel(tataLetak, barisSubtotal(u, rekap)), gaya: 'subtotal' });
    subtotal.push(baris.length);
  }
  const blokAnggaran = anggaran ? blokAnggaranRekap(anggaran) : [];
  baris.push(
    { sel: [] },
    ...keKolomRingkasan(blokRingkasan(rekap)),
    ...(blokAnggaran.length ? [{ sel: [] }, ...keKolomRingkasan(blokAnggaran)] : []),
  );
  const lebarBlok = Math.max(Object.keys(KOLOM_UNIT).length, KOLOM_BLOK_ANGGARAN.length);
  return keGrid(baris, Math.max(tataLetak.kolom.length, KOLOM_RINGKASAN - 1 + lebarBlok), subtotal);
}

type IsiTabel = Record<string, { v: SelRekap; latar?: string | null; format?: string }>;

function barisIndikator(b: BarisRekap): IsiTabel {
  return {
    unit: { v: b.unit },
    sasaran: { v: b.sasaran },
    indikator: { v: b.indikator },
    satuan: { v: b.satuan },
    polaritas: { v: b.polaritas ?? '' },
    metode: { v: b.metode ?? '' },
    target: {
      v: b.target === null ? '' : adalahRentang(b.target) ? tulisTarget(b.target) : b.target,
      format: formatSelSatuan(b.satuan),
    },
    realisasi: { v: b.realisasi ?? '', format: formatSelSatuan(b.satuan) },
    capaian: { v: b.capaian.ok ? b.capaian.nilai : '' },
    predikat: { v: b.predikat?.label ?? '', latar: b.predikat?.warna },
    keteranganCapaian: { v: keteranganCapaian(b) },
    penjelasan: { v: b.penjelasan },
    tindakLanjut: { v: b.tindakLanjut },
    buktiDukung: { v: b.buktiDukung },
    asal: { v: neutralkanFormula(`${b.asal.tab}, baris ${b.asal.rowNumber}`) },
  };
}

function keteranganCapaian(b: BarisRekap): string {
  const capaian = !b.capaian.ok
    ? [b.capaian.reason]
    : b.capaian.nilai === b.capaian.nilaiMentah
      ? []
      : [`Sebelum pembatasan: ${formatAngka(b.capaian.nilaiMentah)}.`];
  return [...capaian, ...b.catatan].join(' ');
}

function ringkasanUnit(kode: string, rekap: Rekap) {
  return rekap.ringkasan.perUnit.find((r) => r.unit === kode)!;
}

function barisSubtotal(u: KelompokUnit, rekap: Rekap): IsiTabel {
  const r = ringkasanUnit(u.unit, rekap);
  const { terisi, jumlah } = r.kelengkapan;
  const keterangan = jumlah
    ? `${r.dihitung} dari ${jumlah} indikator dihitung; realisasi terisi ${terisi} dari ${jumlah}.`
    : 'Belum ada indikator.';
  return {
    unit: { v: neutralkanFormula(u.unit) },
    indikator: { v: `Rata-rata capaian ${neutralkanFormula(u.unit)}` },
    capaian: { v: r.rataRata ?? '' },
    predikat: { v: r.predikat?.label ?? '', latar: r.predikat?.warna },
    keteranganCapaian: { v: keterangan },
  };
}

function selTabel(tataLetak: TataLetakTab, isi: IsiTabel): Sel[] {
  return tataLetak.kolom.map((k) => {
    const sel = isi[k.isi];
    return {
      v: sel?.v ?? '',
      format: sel?.format ?? k.format ?? FORMAT.teks,
      latar: sel?.latar,
      rata: k.rata,
      bungkus: k.bungkus,
    };
  });
}

function blokRingkasan(rekap: Rekap): Baris[] {
  const { ringkasan } = rekap;
  const perUnit = ringkasan.perUnit.map((r) => ({
    sel: [
      teks(neutralkanFormula(r.unit)),
      ...selRataRata(r),
      angka(r.kelengkapan.terisi, FORMAT.bulat),
      angka(r.kelengkapan.jumlah, FORMAT.bulat),
      angka(r.kelengkapan.persen),
    ],
  }));
  const terisi = ringkasan.perUnit.reduce((n, r) => n + r.kelengkapan.terisi, 0);
  const jumlah = ringkasan.perUnit.reduce((n, r) => n + r.kelengkapan.jumlah, 0);
  const blok: Baris[] = [
    { sel: [teks(JUDUL_RINGKASAN)], gaya: 'judulBlok' },
    { sel: [teks(JUDUL_PER_PREDIKAT)], gaya: 'subtotal' },
    kepala(KOLOM_PREDIKAT),
    ...ringkasan.perPredikat.map((p) => ({ sel: [teks(p.label, p.warna), angka(p.jumlah, FORMAT.bulat)] })),
    { sel: [teks('Tanpa predikat'), angka(ringkasan.tanpaPredikat, FORMAT.bulat)] },
    { sel: [] },
    { sel: [teks(JUDUL_PER_UNIT)], gaya: 'subtotal' },
    kepala(Object.values(KOLOM_UNIT)),
    ...perUnit,
    {
      sel: [
        teks(KESELURUHAN),
        ...selRataRata(ringkasan.keseluruhan),
        angka(terisi, FORMAT.bulat),
        angka(jumlah, FORMAT.bulat),
        angka(jumlah ? (terisi / jumlah) * 100 : null),
      ],
      gaya: 'subtotal',
    },
  ];
  return blok;
}

function keKolomRingkasan(blok: readonly Baris[]): Baris[] {
  return blok.map((b) => ({ ...b, sel: [...Array<Sel>(KOLOM_RINGKASAN - 1).fill({ v: '', latar: null }), ...b.sel] }));
}

function selRataRata(r: RataRataCapaian): Sel[] {
  return [angka(r.rataRata), teks(r.predikat?.label ?? '', r.predikat?.warna), angka(r.dihitung, FORMAT.bulat)];
}

function keGrid(baris: Baris[], lebar: number, barisSubtotal: number[]): LembarRekap {
  const grid = baris.map((b) =>
    Array.from({ length: lebar }, (_, i) => (i < b.sel.length ? { sel: b.sel[i], gaya: b.gaya } : { sel: { v: '' } })),
  );
  const peta = <T>(f: (sel: Sel, gaya?: Baris['gaya']) => T): T[][] =>
    grid.map((row) => row.map(({ sel, gaya }) => f(sel, gaya)));
  return {
    // text copied from a form may be a full cell, and neutralising it adds a character
    nilai: peta((s) => (typeof s.v === 'string' ? potongTeks(s.v) : s.v)),
    format: peta((s) => s.format ?? FORMAT.teks),
    // undefined: the row's style decides; null: no background
    latar: peta((s, gaya) => (s.latar === undefined ? latarGaya(gaya) : s.latar)),
    tebal: peta((_, gaya) => (gaya ? 'bold' : 'normal')),
    warnaTeks: peta((_, gaya) => (gaya === 'judul' || gaya === 'judulBlok' ? WARNA.teksJudul : WARNA.teks)),
    bungkus: peta((s) => s.bungkus ?? false),
    rata: peta((s) => s.rata ?? 'left'),
    barisSubtotal,
  };
}

function latarGaya(gaya?: Baris['gaya']): string | null {
  switch (gaya) {
    case 'judul':
    case 'judulBlok':
      return WARNA.judulBlok;
    case 'subtotal':
      return WARNA.subtotal;
    case 'kepalaBlok':
      return WARNA.kepalaBlok;
    default:
      return null;
  }
}

/**
 * The per-unit completeness the Rekap's summary shows, read back from the tab's values (as getValues gives them) by
 * the block's title and header names; empty when the Rekap has not been built yet.
 */
export function bacaKelengkapanRekap(nilai: readonly (readonly unknown[])[]): KelengkapanRekap[] {
  const awal = nilai.findIndex((r) => r.some((v) => v === JUDUL_PER_UNIT));
  const kepala = nilai[awal + 1];
  if (awal < 0 || !kepala) return [];
  const kolom = (judul: string) => kepala.findIndex((v) => v === judul);
  const [unit, terisi, total] = [kolom(KOLOM_UNIT.unit), kolom(KOLOM_UNIT.terisi), kolom(KOLOM_UNIT.total)];
  if (unit < 0 || terisi < 0 || total < 0) return [];
  const hasil: KelengkapanRekap[] = [];
  for (const r of nilai.slice(awal + 2)) {
    const kode = String(r[unit] ?? '').trim();
    if (!kode || kode === KESELURUHAN) break;
    if (typeof r[terisi] !== 'number' || typeof r[total] !== 'number') break;
    hasil.push({ unit: kode, terisi: r[terisi], total: r[total] });
  }
  return hasil;
}
