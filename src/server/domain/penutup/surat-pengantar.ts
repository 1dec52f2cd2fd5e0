/**
 * Surat Pengantar: kop, place and date, Nomor / Lampiran / Perihal, addressee, title, the table of what is sent,
 * the receipt block (left, filled in by hand) and the signer (right).
 */
import { formatTempatTanggal } from '../format/tanggal';
import { checkKop, kopBlocks, PERINGATAN_ALAMAT_CONTOH, type KopSurat } from '../naskah/kop';
import { paragraph, spacer, type DocumentResult, type TableBlock, type TableCell } from '../naskah/model';
import { receiptBlock, signerBlock, type Penandatangan } from '../naskah/penandatangan';

interface NaskahDikirim {
  /** "Dokumen Pengukuran Kinerja Triwulan II Tahun 2026" */
  naskah: string;
  /** "1 (satu) berkas" */
  banyaknya: string;
  keterangan: string;
}

export interface SuratPengantarInput {
  kop: KopSurat;
  tempat: string;
  tanggal: Date;
  nomor: string;
  /** "-" or "1 (satu) berkas" */
  lampiran: string;
  perihal: string;
  /** "Kepada Yth. {yth}" … "di {di}" */
  kepada: { yth: string; di: string };
  items: NaskahDikirim[];
  penandatangan: Penandatangan;
}

const ITEM_HEADER = ['No', 'Naskah Dinas yang dikirimkan', 'Banyaknya', 'Keterangan'];

export function buildSuratPengantar(input: SuratPengantarInput): DocumentResult {
  const alasan = [...checkKop(input.kop), ...checkFields(input)];
  const signature = signerBlock(input.penandatangan);
  if (!signature.ok) alasan.push(...signature.alasan);
  if (!signature.ok || alasan.length > 0) return { ok: false, alasan };

  const items: TableBlock = {
    kind: 'table',
    columns: [
      { width: 0.07, align: 'center' },
      { width: 0.53, align: 'left' },
      { width: 0.17, align: 'center' },
      { width: 0.23, align: 'left' },
    ],
    header: [ITEM_HEADER.map((text): TableCell => ({ text, bold: true, align: 'center' }))],
    body: input.items.map((item, i) =>
      [String(i + 1), item.naskah.trim(), item.banyaknya.trim() || '-', item.keterangan.trim() || '-'].map((text) => ({
        text,
      })),
    ),
    borders: true,
  };

  return {
    ok: true,
    document: {
      title: `Surat Pengantar ${input.nomor.trim()}`,
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [
        ...kopBlocks(input.kop),
        paragraph(formatTempatTanggal(input.tempat, input.tanggal), 'right'),
        letterFields(input),
        spacer(),
        paragraph('Kepada Yth.'),
        { kind: 'paragraph', runs: [{ text: input.kepada.yth.trim() }], align: 'left', indent: 1 },
        paragraph('di'),
        { kind: 'paragraph', runs: [{ text: input.kepada.di.trim(), underline: true }], align: 'left', indent: 1 },
        spacer(),
        { kind: 'heading', text: 'SURAT PENGANTAR', level: 1, align: 'center', underline: true },
        spacer(),
        items,
        spacer(),
        { kind: 'signatures', left: receiptBlock(), right: signature.block },
      ],
    },
    peringatan: input.kop.alamatContoh ? [PERINGATAN_ALAMAT_CONTOH] : [],
  };
}

/** Nomor / Lampiran / Perihal as a borderless label : value table. */
function letterFields(input: SuratPengantarInput): TableBlock {
  const rows: [string, string][] = [
    ['Nomor', input.nomor.trim()],
    ['Lampiran', input.lampiran.trim() || '-'],
    ['Perihal', input.perihal.trim()],
  ];
  return {
    kind: 'table',
    columns: [
      { width: 0.15, align: 'left' },
      { width: 0.03, align: 'center' },
      { width: 0.82, align: 'left' },
    ],
    header: [],
    body: rows.map(([label, value]) => [{ text: label }, { text: ':' }, { text: value }]),
    borders: false,
  };
}

function checkFields(input: SuratPengantarInput): string[] {
  const alasan: string[] = [];
  const required: [string, string][] = [
    [input.nomor, 'Nomor surat pengantar kosong.'],
    [input.perihal, 'Perihal surat pengantar kosong.'],
    [input.kepada.yth, 'Tujuan surat (Kepada Yth.) kosong.'],
    [input.kepada.di, 'Tempat tujuan surat (di …) kosong.'],
    [input.tempat, 'Tempat pembuatan surat kosong.'],
  ];
  for (const [value, message] of required) if (!value.trim()) alasan.push(message);
  if (Number.isNaN(input.tanggal.getTime())) alasan.push('Tanggal surat pengantar tidak valid.');
  if (input.items.length === 0) alasan.push('Daftar naskah dinas yang dikirimkan kosong.');
  input.items.forEach((item, i) => {
    if (!item.naskah.trim()) alasan.push(`Daftar naskah baris ${i + 1}, kolom Naskah Dinas yang dikirimkan: kosong.`);
  });
  return alasan;
}
