/**
 * The letter that goes with the signed document, in one of the two forms of the tata naskah dinas
 * (docs/regulasi/tata-naskah-dinas.md §2–3):
 * - Surat Pengantar (the default): kop, place and date, addressee, the title SURAT PENGANTAR with its Nomor, the table
 *   of naskah sent, the receipt block (left, filled in by hand) and the sender (right). It has no Lampiran or Hal line:
 *   the table says what is sent;
 * - surat dinas: kop, place and date, Nomor / Sifat / Lampiran / Hal in that order, the addressee, the body, the sender
 *   and the Tembusan. Lampiran counts the berkas enclosed, from the same list.
 */
import { formatTempatTanggal } from '../format/tanggal';
import { checkKop, kopBlocks, PERINGATAN_ALAMAT_CONTOH, type KopSurat } from '../naskah/kop';
import { paragraph, spacer, tabelBerbingkai, type Block, type DocumentResult, type TableBlock } from '../naskah/model';
import { receiptBlock, signerBlock, type Penandatangan } from '../naskah/penandatangan';
import { banyaknyaBerkas } from './berkas-siklus';

interface NaskahDikirim {
  /** "Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 (asli, telah ditandatangani)" */
  naskah: string;
  /** berkas of it enclosed */
  jumlah: number;
  keterangan: string;
}

export const BENTUK_SURAT = ['surat pengantar', 'surat dinas'] as const;
export type BentukSurat = (typeof BENTUK_SURAT)[number];

export interface SuratPengantarInput {
  bentuk: BentukSurat;
  kop: KopSurat;
  tempat: string;
  tanggal: Date;
  nomor: string;
  /** the surat dinas's Hal: "Penyampaian Dokumen Pengukuran Kinerja …" */
  hal: string;
  /** "Yth. {yth}" … "di {di}" */
  kepada: { yth: string; di: string };
  items: NaskahDikirim[];
  /** the surat dinas's Tembusan */
  tembusan: string[];
  penandatangan: Penandatangan;
}

const ITEM_HEADER = ['No.', 'Naskah Dinas yang Dikirimkan', 'Banyaknya', 'Keterangan'];
const SIFAT = 'Biasa';

export function buildSuratPengantar(input: SuratPengantarInput): DocumentResult {
  const alasan = [...checkKop(input.kop), ...checkFields(input)];
  const signature = signerBlock(input.penandatangan);
  if (!signature.ok) alasan.push(...signature.alasan);
  if (!signature.ok || alasan.length > 0) return { ok: false, alasan };

  const isi = input.bentuk === 'surat dinas' ? suratDinas(input) : suratPengantar(input);
  const penutup: Block[] =
    input.bentuk === 'surat dinas'
      ? [{ kind: 'signatures', left: null, right: signature.block }, spacer(), ...tembusan(input.tembusan)]
      : [{ kind: 'signatures', left: receiptBlock(), right: signature.block }];
  return {
    ok: true,
    document: {
      title: `${input.bentuk === 'surat dinas' ? 'Surat' : 'Surat Pengantar'} ${input.nomor.trim()}`,
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [
        ...kopBlocks(input.kop),
        paragraph(formatTempatTanggal(input.tempat, input.tanggal), 'right'),
        spacer(),
        ...isi,
        spacer(),
        ...penutup,
      ],
    },
    peringatan: input.kop.alamatContoh ? [PERINGATAN_ALAMAT_CONTOH] : [],
  };
}

/** The "Lampiran" of a surat dinas: every berkas the list encloses. */
export function lampiranSurat(items: readonly Pick<NaskahDikirim, 'jumlah'>[]): string {
  const jumlah = items.reduce((n, i) => n + i.jumlah, 0);
  return jumlah ? banyaknyaBerkas(jumlah) : '-';
}

function suratPengantar(input: SuratPengantarInput): Block[] {
  return [
    ...alamatTujuan(input, 'Kepada Yth.'),
    spacer(),
    { kind: 'heading', text: 'SURAT PENGANTAR', level: 1, align: 'center', underline: true },
    paragraph(`Nomor: ${input.nomor.trim()}`, 'center'),
    spacer(),
    tabelNaskah(input.items),
  ];
}

function suratDinas(input: SuratPengantarInput): Block[] {
  const naskah = input.items.map((i) => i.naskah.trim());
  return [
    barisSurat([
      ['Nomor', input.nomor.trim()],
      ['Sifat', SIFAT],
      ['Lampiran', lampiranSurat(input.items)],
      ['Hal', input.hal.trim()],
    ]),
    spacer(),
    ...alamatTujuan(input, 'Yth.'),
    spacer(),
    paragraph(
      `Dengan hormat, bersama ini kami sampaikan ${naskah.join('; ')}, untuk dipergunakan sebagaimana mestinya.`,
      'justify',
    ),
    paragraph('Demikian kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.', 'justify'),
  ];
}

function alamatTujuan(input: SuratPengantarInput, sapaan: string): Block[] {
  return [
    paragraph(sapaan),
    { kind: 'paragraph', runs: [{ text: input.kepada.yth.trim() }], align: 'left', indent: 1 },
    paragraph('di'),
    { kind: 'paragraph', runs: [{ text: input.kepada.di.trim(), underline: true }], align: 'left', indent: 1 },
  ];
}

function tabelNaskah(items: readonly NaskahDikirim[]): TableBlock {
  return tabelBerbingkai(
    ITEM_HEADER,
    [
      { width: 0.07, align: 'center' },
      { width: 0.53, align: 'left' },
      { width: 0.17, align: 'center' },
      { width: 0.23, align: 'left' },
    ],
    items.map((item, i) => [
      `${i + 1}.`,
      item.naskah.trim(),
      banyaknyaBerkas(item.jumlah),
      item.keterangan.trim() || '-',
    ]),
  );
}

/** Nomor / Sifat / Lampiran / Hal as a borderless label : value table. */
function barisSurat(rows: [string, string][]): TableBlock {
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

function tembusan(daftar: readonly string[]): Block[] {
  if (!daftar.length) return [];
  return [paragraph('Tembusan:'), ...daftar.map((t, i) => paragraph(`${i + 1}. Yth. ${t.trim()}`))];
}

function checkFields(input: SuratPengantarInput): string[] {
  const alasan: string[] = [];
  const required: [string, string][] = [
    [input.nomor, 'Nomor surat kosong.'],
    [input.kepada.yth, 'Tujuan surat (Yth.) kosong.'],
    [input.kepada.di, 'Tempat tujuan surat (di …) kosong.'],
    [input.tempat, 'Tempat pembuatan surat kosong.'],
    ...(input.bentuk === 'surat dinas' ? ([[input.hal, 'Hal surat kosong.']] as [string, string][]) : []),
  ];
  for (const [value, message] of required) if (!value.trim()) alasan.push(message);
  if (Number.isNaN(input.tanggal.getTime())) alasan.push('Tanggal surat tidak valid.');
  if (input.items.length === 0) alasan.push('Daftar naskah dinas yang dikirimkan kosong.');
  input.items.forEach((item, i) => {
    if (!item.naskah.trim()) alasan.push(`Daftar naskah baris ${i + 1}, kolom Naskah Dinas yang Dikirimkan: kosong.`);
    if (!Number.isInteger(item.jumlah) || item.jumlah < 1) {
      alasan.push(`Daftar naskah baris ${i + 1}, kolom Banyaknya: harus bilangan bulat 1 atau lebih (${item.jumlah}).`);
    }
  });
  return alasan;
}
