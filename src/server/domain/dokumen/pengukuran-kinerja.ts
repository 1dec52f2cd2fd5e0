import { desimalSatuan } from '../indikator/satuan';
import { type NilaiTarget, tulisTarget } from '../indikator/target';
/**
 * Dokumen Pengukuran Kinerja: kop, title with the period, one table per unit kerja (rows grouped by sasaran), a summary
 * of predikat counts and average capaian (given, not computed here), place and date, and the signature block.
 */
import { formatAngka, formatAngkaAtauStrip } from '../format/bilangan';
import { formatTempatTanggal } from '../format/tanggal';
import { checkKop, kopBlocks, PERINGATAN_ALAMAT_CONTOH, type KopSurat } from '../naskah/kop';
import { paragraph, spacer, type Block, type DocumentResult, type TableBlock, type TableCell } from '../naskah/model';
import { signerBlock, type Penandatangan } from '../naskah/penandatangan';
import { type AnggaranDokumen, bagianAnggaran } from './tabel-anggaran';

interface BarisKinerja {
  sasaran: string;
  indikator: string;
  satuan: string;
  target: NilaiTarget | null;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
  /** the target was changed by an accepted request: marked with an asterisk and a note */
  direvisi?: boolean;
}

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
  units: UnitKinerja[];
  ringkasan: RingkasanKinerja;
  tempat: string;
  tanggal: Date;
  penandatangan: Penandatangan;
  anggaran?: AnggaranDokumen;
}

/** Target and realisasi with the fixed decimals of their satuan, as the Rekap shows them. */
function angkaSatuan(satuan: string) {
  const desimal = desimalSatuan(satuan);
  return { minimumDesimal: desimal, maksimumDesimal: desimal };
}
const CAPAIAN = { minimumDesimal: 2, maksimumDesimal: 2 };

const UNIT_COLUMNS: TableBlock['columns'] = [
  { width: 0.05, align: 'center' },
  { width: 0.2, align: 'left' },
  { width: 0.27, align: 'left' },
  { width: 0.08, align: 'center' },
  { width: 0.09, align: 'right' },
  { width: 0.09, align: 'right' },
  { width: 0.1, align: 'right' },
  { width: 0.12, align: 'center' },
];
const TANDA_REVISI = '*';
const CATATAN_REVISI = `${TANDA_REVISI} Target direvisi melalui usulan perubahan target yang diterima Tim SAKIP (tab Perubahan Target).`;

function judulTabelUnit(sampai: string | null): string[] {
  const sd = sampai ? ` s.d. ${sampai}` : '';
  return ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', `Target${sd}`, `Realisasi${sd}`, 'Capaian (%)', 'Predikat'];
}
const NUMBER_FIELDS = [
  ['target', 'Target'],
  ['realisasi', 'Realisasi'],
  ['capaian', 'Capaian (%)'],
] as const;

export function buildDokumenPengukuranKinerja(input: DokumenInput): DocumentResult {
  const alasan = [...checkKop(input.kop), ...checkUnits(input.units), ...checkRingkasan(input.ringkasan)];
  if (!input.periode.trim()) alasan.push('Periode pengukuran kosong.');
  if (Number.isNaN(input.tanggal.getTime())) alasan.push('Tanggal dokumen tidak valid.');
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
      blocks.push(unitTable(unit.rows, input.sampai));
      if (unit.rows.some((r) => r.direvisi)) blocks.push(paragraph(CATATAN_REVISI, 'left', { italic: true }));
    }
    blocks.push(spacer());
  });
  blocks.push(
    { kind: 'heading', text: 'RINGKASAN', level: 2, align: 'left' },
    summaryTable(input.ringkasan),
    spacer(),
    ...bagianAnggaran(input.anggaran),
    ...(input.anggaran?.program.length ? [spacer()] : []),
    {
      kind: 'signatures',
      left: null,
      right: { ...signature.block, above: [formatTempatTanggal(input.tempat, input.tanggal)] },
    },
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

/** Rows grouped by sasaran in order of first appearance; No counts the sasaran, whose cells span their group. */
function unitTable(rows: BarisKinerja[], sampai: string | null): TableBlock {
  const groups = new Map<string, BarisKinerja[]>();
  for (const row of rows) {
    const key = row.sasaran.trim();
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const body: TableCell[][] = [];
  [...groups.entries()].forEach(([sasaran, members], g) => {
    members.forEach((row, i) => {
      const lead: TableCell[] =
        i === 0
          ? [{ text: String(g + 1) }, { text: sasaran || '-' }]
          : [
              { text: '', merge: 'up' },
              { text: '', merge: 'up' },
            ];
      body.push([
        ...lead,
        { text: row.indikator.trim() },
        { text: row.satuan.trim() || '-' },
        { text: teksTarget(row) },
        { text: formatAngkaAtauStrip(row.realisasi, angkaSatuan(row.satuan)) },
        { text: formatAngkaAtauStrip(row.capaian, CAPAIAN) },
        { text: row.predikat?.trim() || '-' },
      ]);
    });
  });
  return {
    kind: 'table',
    columns: UNIT_COLUMNS,
    header: [judulTabelUnit(sampai).map((text) => ({ text, bold: true, align: 'center' }))],
    body,
    borders: true,
  };
}

function teksTarget(row: BarisKinerja): string {
  if (row.target === null) return '-';
  const teks =
    typeof row.target === 'number' ? formatAngka(row.target, angkaSatuan(row.satuan)) : tulisTarget(row.target);
  return row.direvisi ? `${teks}${TANDA_REVISI}` : teks;
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
