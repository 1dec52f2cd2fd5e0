import { buildSuratPengantar, lampiranSurat } from '../../../src/server/domain/penutup/surat-pengantar';
import { type Block, type SignaturesBlock, type TableBlock } from '../../../src/server/domain/naskah/model';
import { suratPengantarInput } from '../naskah/sample';

function build(input = suratPengantarInput()) {
  const result = buildSuratPengantar(input);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result.document;
}

function lineOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'heading':
      return `# ${block.text}`;
    case 'table':
      return block.body.map((row) => row.map((c) => c.text).join(' | ')).join(' / ');
    default:
      return `[${block.kind}]`;
  }
}

/** The letter after its kop (which ends with the rule). */
const isi = (input = suratPengantarInput()) => {
  const blocks = build(input).blocks;
  const akhirKop = blocks.map((b) => b.kind).lastIndexOf('rule');
  return blocks.slice(akhirKop + 1).map(lineOf);
};

// docs/regulasi/tata-naskah-dinas.md §2 (Surat Pengantar) and §3 (surat dinas)
describe('Surat Pengantar in its own form', () => {
  it('lays out date, addressee, title with its Nomor, the table of naskah sent, receipt and sender — no Lampiran or Hal', () => {
    const document = build();
    expect(document.page).toEqual({ size: 'A4', orientation: 'portrait' });
    expect(document.title).toBe('Surat Pengantar 000.8.6.3/8/2026');
    expect(isi()).toEqual([
      'Purwokerto, 21 Agustus 2026',
      '[spacer]',
      'Kepada Yth.',
      'Kepala Bappedalitbang Kabupaten Banyumas',
      'di',
      'Purwokerto',
      '[spacer]',
      '# SURAT PENGANTAR',
      'Nomor: 000.8.6.3/8/2026',
      '[spacer]',
      '1. | Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 | 1 (satu) berkas | Dikirim dengan hormat / ' +
        '2. | Salinan Dokumen Pengukuran Kinerja untuk Bappeda, Inspektorat dan Arsip | 3 (tiga) berkas | -',
      '[spacer]',
      '[signatures]',
    ]);
  });

  it('uses the item table header No. | Naskah Dinas yang Dikirimkan | Banyaknya | Keterangan', () => {
    const [items] = build().blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(items.header[0].map((c) => c.text)).toEqual([
      'No.',
      'Naskah Dinas yang Dikirimkan',
      'Banyaknya',
      'Keterangan',
    ]);
    expect(items.borders).toBe(true);
    expect(items.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
  });

  it('puts the receipt block left and the signer right, with grouped NIP', () => {
    const signatures = build().blocks.at(-1) as SignaturesBlock;
    expect(signatures.left?.above).toEqual(['Diterima tanggal ……………………', 'Penerima,']);
    expect(signatures.right).toMatchObject({
      above: [],
      jabatan: 'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
      nama: { text: 'Ir. WIDARSO, M.M' },
      below: ['Pembina Utama Muda', 'NIP. 19620728 198901 1 001'],
    });
  });
});

describe('the surat dinas form', () => {
  it('writes Nomor, Sifat, Lampiran and Hal in that order, Lampiran counting every berkas enclosed', () => {
    const baris = isi({ ...suratPengantarInput(), bentuk: 'surat dinas' });
    expect(baris.slice(0, 3)).toEqual([
      'Purwokerto, 21 Agustus 2026',
      '[spacer]',
      'Nomor | : | 000.8.6.3/8/2026 / Sifat | : | Biasa / Lampiran | : | 4 (empat) berkas / Hal | : | Penyampaian Dokumen Pengukuran Kinerja',
    ]);
    expect(baris.slice(4, 8)).toEqual(['Yth.', 'Kepala Bappedalitbang Kabupaten Banyumas', 'di', 'Purwokerto']);
    expect(baris.at(-4)).toBe('Tembusan:');
    expect(baris.slice(-3)).toEqual([
      '1. Yth. Bappeda Kabupaten Banyumas',
      '2. Yth. Inspektorat Kabupaten Banyumas',
      '3. Yth. Arsip Dinsospermasdes',
    ]);
    expect(build({ ...suratPengantarInput(), bentuk: 'surat dinas' }).title).toBe('Surat 000.8.6.3/8/2026');
  });

  it('counts the Lampiran from the items', () => {
    expect(lampiranSurat([{ jumlah: 1 }, { jumlah: 3 }])).toBe('4 (empat) berkas');
    expect(lampiranSurat([])).toBe('-');
  });
});

describe('Surat Pengantar: bad input', () => {
  it('refuses missing fields, empty items, a count below 1 and an invalid NIP, all at once', () => {
    const input = suratPengantarInput();
    const result = buildSuratPengantar({
      ...input,
      bentuk: 'surat dinas',
      nomor: '',
      hal: ' ',
      kepada: { yth: '', di: '' },
      tempat: '',
      tanggal: new Date('x'),
      items: [{ naskah: ' ', jumlah: 0, keterangan: '' }],
      penandatangan: { ...input.penandatangan, nip: '19620728 198901 3 001' },
    });
    expect(result).toEqual({
      ok: false,
      alasan: [
        'Nomor surat kosong.',
        'Tujuan surat (Yth.) kosong.',
        'Tempat tujuan surat (di …) kosong.',
        'Tempat pembuatan surat kosong.',
        'Hal surat kosong.',
        'Tanggal surat tidak valid.',
        'Daftar naskah baris 1, kolom Naskah Dinas yang Dikirimkan: kosong.',
        'Daftar naskah baris 1, kolom Banyaknya: harus bilangan bulat 1 atau lebih (0).',
        'NIP penandatangan (Ir. WIDARSO, M.M): Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis 3.',
      ],
    });
    expect(buildSuratPengantar({ ...input, items: [] })).toEqual({
      ok: false,
      alasan: ['Daftar naskah dinas yang dikirimkan kosong.'],
    });
  });

  it('has no warning once the office address is its own', () => {
    const input = suratPengantarInput();
    const result = buildSuratPengantar({ ...input, kop: { ...input.kop, alamatContoh: false } });
    expect(result.ok && result.peringatan).toEqual([]);
  });
});
