/**
 * Dokumen Pengukuran Kinerja: kop, title with the period, one table per unit kerja (rows grouped by sasaran) with the
 * unit's Penjelasan / Kendala and Tindak Lanjut under it, a summary of predikat counts and average capaian (given, not
 * computed here), the budget, place and date, the signature block, and the lampiran of Bukti Dukung links.
 */
import { formatAngka, formatAngkaAtauStrip } from '../format/bilangan';
import { formatTanggalAtauKosong } from '../format/tanggal';
import { checkKop, kopBlocks, PERINGATAN_ALAMAT_CONTOH, type KopSurat } from '../naskah/kop';
import { paragraph, spacer, type Block, type DocumentResult, type TableBlock, type TableCell } from '../naskah/model';
import { signerBlock, type Penandatangan } from '../naskah/penandatangan';
import { type AnggaranDokumen, bagianAnggaran } from './tabel-anggaran';
import { type BarisKinerja, CAPAIAN, TANDA_REVISI, tabelUnit } from './tabel-unit';
import { bagianPenjelasan } from './penjelasan-unit';
import { lampiranBukti } from './lampiran-bukti';
import { bagianAnalisis } from './analisis';

export interface UnitKinerja {
  nama: string;
  rows: BarisKinerja[];
}

export interface RingkasanBaris {
  rataRataCapaian: number | null;
  /** predikat label -> number of indicators */
  jumlahPerPredikat: Record<string, number>;
}

interface RingkasanKinerja {
  /** the predikat labels of the scale in use, in the order the summary shows them */
  predikat: string[];
  perUnit: (RingkasanBaris & { nama: string })[];
  keseluruhan: RingkasanBaris;
}

export interface DokumenInput {
  kop: KopSurat;
  /** e.g. "TRIWULAN II TAHUN 2026" */
  periode: string;
  /** "TW II": target and realisasi are to date ("Target s.d. TW II"); null for the year */
  sampai: string | null;
  /** "TW I": the triwulan before, whose capaian stands beside; null when there is none (TW I, Tahunan) */
  sebelumnya: string | null;
  units: UnitKinerja[];
  ringkasan: RingkasanKinerja;
  tempat: string;
  /** the date the Kepala set; null: left blank, written when the document is signed */
  tanggal: Date | null;
  /** the year the blank date is in */
  tahun: number;
  penandatangan: Penandatangan;
  anggaran?: AnggaranDokumen;
}

/** "Purwokerto, 21 Agustus 2026", or "Purwokerto, …………………… 2026" for the signer to date by hand. */
function tempatTanggal(input: DokumenInput): string {
  return `${input.tempat.trim()}, ${formatTanggalAtauKosong(input.tanggal, input.tahun)}`;
}

function catatanBaris(r: BarisKinerja) {
  return { indikator: r.indikator, penjelasan: r.penjelasan ?? '', tindakLanjut: r.tindakLanjut ?? '' };
}

const CATATAN_REVISI = `${TANDA_REVISI} Target direvisi melalui usulan perubahan target yang diterima Tim SAKIP (tab Perubahan Target).`;
const NUMBER_FIELDS = [
  ['target', 'Target'],
  ['realisasi', 'Realisasi'],
  ['capaian', 'Capaian (%)'],
] as const;

export function buildDokumenPengukuranKinerja(input: DokumenInput): DocumentResult {
  const alasan = [...checkKop(input.kop), ...checkUnits(input.units), ...checkRingkasan(input.ringkasan)];
  if (!input.periode.trim()) alasan.push('Periode pengukuran kosong.');
  if (input.tanggal && Number.isNaN(input.tanggal.getTime())) alasan.push('Tanggal dokumen tidak valid.');
  const signature = signerBlock(input.penandatangan);
  if (!signature.ok) alasan.push(...signature.alasan);
  if (!signature.ok || alasan.length > 0) return { ok: false, alasan };

  const peringatan: string[] = input.kop.alamatContoh ? [PERINGATAN_ALAMAT_CONTOH] : [];
  const blocks: Block[] = [
    ...kopBlocks(input.kop),
    { kind: 'heading', text: 'PENGUKURAN KINERJA', level: 1, align: 'center' },
    { kind: 'heading', text: input.periode.trim(), level: 1, align: 'center' },
    spacer(),
  ];
  input.units.forEach((unit) => {
    blocks.push({ kind: 'heading', text: unit.nama.trim(), level: 2, align: 'left' });
    if (unit.rows.length === 0) {
      peringatan.push(`Unit ${unit.nama.trim()} belum memiliki indikator kinerja.`);
      blocks.push(paragraph('Belum ada indikator kinerja.', 'left', { italic: true }));
    } else {
      blocks.push(tabelUnit(unit.rows, input.sampai, input.sebelumnya));
      if (unit.rows.some((r) => r.direvisi)) blocks.push(paragraph(CATATAN_REVISI, 'left', { italic: true }));
      blocks.push(...bagianPenjelasan(unit.rows.map(catatanBaris)));
    }
    blocks.push(spacer());
  });
  blocks.push(
    { kind: 'heading', text: 'RINGKASAN', level: 2, align: 'left' },
    summaryTable(input.ringkasan),
    spacer(),
    ...bagianAnalisis(input.units, input.sebelumnya),
    spacer(),
    ...bagianAnggaran(input.anggaran),
    ...(input.anggaran?.program.length ? [spacer()] : []),
    {
      kind: 'signatures',
      left: null,
      right: { ...signature.block, above: [tempatTanggal(input)] },
    },
    ...lampiranBukti(
      input.units.flatMap((u) =>
        u.rows.map((r) => ({ unit: u.nama, indikator: r.indikator, tautan: r.buktiDukung ?? '' })),
      ),
    ),
  );

  return {
    ok: true,
    document: {
      title: `Pengukuran Kinerja ${input.periode.trim()}`,
      page: { size: 'A4', orientation: 'landscape' },
      blocks,
    },
    peringatan,
  };
}

/** No | Unit Kerja | Rata-rata Capaian (%) | one column per predikat under "Jumlah Indikator per Predikat". */
function summaryTable(ringkasan: RingkasanKinerja): TableBlock {
  const labels = ringkasan.predikat;
  const countWidth = 0.5 / Math.max(labels.length, 1);
  const head = (text: string): TableCell => ({ text, bold: true, align: 'center' });
  const up: TableCell = { text: '', merge: 'up' };
  const row = (no: string, nama: string, r: RingkasanBaris, bold: boolean): TableCell[] =>
    [
      no,
      nama,
      formatAngkaAtauStrip(r.rataRataCapaian, CAPAIAN),
      ...labels.map((label) => formatAngka(r.jumlahPerPredikat[label] ?? 0)),
    ].map((text) => ({ text, bold }));

  return {
    kind: 'table',
    columns: [
      { width: 0.05, align: 'center' },
      { width: 0.3, align: 'left' },
      { width: 0.15, align: 'right' },
      ...labels.map(() => ({ width: countWidth, align: 'center' as const })),
    ],
    header: [
      [
        head('No'),
        head('Unit Kerja'),
        head('Rata-rata Capaian (%)'),
        ...labels.map((_, i): TableCell =>
          i === 0 ? head('Jumlah Indikator per Predikat') : { text: '', merge: 'left' },
        ),
      ],
      [up, up, up, ...labels.map(head)],
    ],
    body: [
      ...ringkasan.perUnit.map((r, i) => row(String(i + 1), r.nama.trim(), r, false)),
      row('', 'Keseluruhan', ringkasan.keseluruhan, true),
    ],
    borders: true,
  };
}

function checkUnits(units: UnitKinerja[]): string[] {
  if (units.length === 0) return ['Tidak ada unit kerja dalam dokumen pengukuran kinerja.'];
  const alasan: string[] = [];
  units.forEach((unit, u) => {
    const name = unit.nama.trim();
    if (!name) alasan.push(`Unit ke-${u + 1}: nama unit kerja kosong.`);
    unit.rows.forEach((row, r) => {
      const where = `Unit ${name || `ke-${u + 1}`}, baris ${r + 1}`;
      if (!row.indikator.trim()) alasan.push(`${where}, kolom Indikator Kinerja: kosong.`);
      for (const [field, label] of NUMBER_FIELDS) {
        const value = row[field];
        const angka = value !== null && typeof value === 'object' ? [value.min, value.max] : [value];
        if (value !== null && !angka.every(Number.isFinite)) {
          alasan.push(`${where}, kolom ${label}: bukan bilangan (${value}).`);
        }
      }
    });
  });
  return alasan;
}

function checkRingkasan(ringkasan: RingkasanKinerja): string[] {
  const alasan: string[] = [];
  if (ringkasan.predikat.length === 0) alasan.push('Ringkasan: daftar predikat kosong.');
  const check = (where: string, r: RingkasanBaris): void => {
    if (r.rataRataCapaian !== null && !Number.isFinite(r.rataRataCapaian)) {
      alasan.push(`Ringkasan ${where}, kolom Rata-rata Capaian (%): bukan bilangan (${r.rataRataCapaian}).`);
    }
    for (const [label, count] of Object.entries(r.jumlahPerPredikat)) {
      if (!ringkasan.predikat.includes(label)) {
        alasan.push(`Ringkasan ${where}: predikat "${label}" tidak ada dalam skala predikat.`);
      } else if (!Number.isInteger(count) || count < 0) {
        alasan.push(`Ringkasan ${where}, kolom ${label}: jumlah harus bilangan bulat 0 atau lebih (${count}).`);
      }
    }
  };
  ringkasan.perUnit.forEach((r) => check(`unit ${r.nama.trim()}`, r));
  check('keseluruhan', ringkasan.keseluruhan);
  return alasan;
}
