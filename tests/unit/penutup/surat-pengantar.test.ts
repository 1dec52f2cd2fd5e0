import { buildSuratPengantar } from '../../../src/server/domain/penutup/surat-pengantar';
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

describe('Surat Pengantar', () => {
  it('lays out kop, date, Nomor/Lampiran/Perihal, addressee, title, table and signatures in order', () => {
    const document = build();
    expect(document.page).toEqual({ size: 'A4', orientation: 'portrait' });
    expect(document.title).toBe('Surat Pengantar 000.8/8/2026');
    const kopLength = document.blocks.findIndex((b) => b.kind === 'rule') + 1;
    expect(document.blocks.slice(kopLength).map(lineOf)).toEqual([
      'Purwokerto, 21 Agustus 2026',
      'Nomor | : | 000.8/8/2026 / Lampiran | : | 1 (satu) berkas / Perihal | : | Penyampaian Dokumen Pengukuran Kinerja',
      '[spacer]',
      'Kepada Yth.',
      'Kepala Bappedalitbang Kabupaten Banyumas',
      'di',
      'Purwokerto',
      '[spacer]',
      '# SURAT PENGANTAR',
      '[spacer]',
      '1 | Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 | 1 (satu) berkas | Dikirim dengan hormat / ' +
        '2 | Rekap capaian per unit kerja | - | -',
      '[spacer]',
      '[signatures]',
    ]);
  });

  it('uses the item table header No | Naskah Dinas yang dikirimkan | Banyaknya | Keterangan', () => {
    const items = build().blocks.filter((b): b is TableBlock => b.kind === 'table')[1];
    expect(items.header[0].map((c) => c.text)).toEqual([
      'No',
      'Naskah Dinas yang dikirimkan',
      'Banyaknya',
      'Keterangan',
    ]);
    expect(items.borders).toBe(true);
    expect(items.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
  });

  it('puts the receipt block left and the signer right, with grouped NIP', () => {
    const signatures = build().blocks.at(-1) as SignaturesBlock;
    expect(signatures.left?.above[0]).toMatch(/^Diterima tanggal/);
    expect(signatures.right).toMatchObject({
      above: [],
      jabatan: 'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
      nama: { text: 'Ir. WIDARSO, M.M' },
      below: ['Pembina Utama Muda', 'NIP. 19620728 198901 1 001'],
    });
  });

  it('refuses missing fields, empty items and an invalid NIP, all at once', () => {
    const input = suratPengantarInput();
    const result = buildSuratPengantar({
      ...input,
      nomor: '',
      perihal: ' ',
      kepada: { yth: '', di: '' },
      tempat: '',
      tanggal: new Date('x'),
      items: [{ naskah: ' ', banyaknya: '1', keterangan: '' }],
      penandatangan: { ...input.penandatangan, nip: '19620728 198901 3 001' },
    });
    expect(result).toEqual({
      ok: false,
      alasan: [
        'Nomor surat pengantar kosong.',
        'Perihal surat pengantar kosong.',
        'Tujuan surat (Kepada Yth.) kosong.',
        'Tempat tujuan surat (di …) kosong.',
        'Tempat pembuatan surat kosong.',
        'Tanggal surat pengantar tidak valid.',
        'Daftar naskah baris 1, kolom Naskah Dinas yang dikirimkan: kosong.',
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
    const result = buildSuratPengantar({ ...input, kop: { ...input.kop, alamatContoh: false }, lampiran: '' });
    expect(result.ok && result.peringatan).toEqual([]);
    const fields = result.ok && (result.document.blocks.find((b) => b.kind === 'table') as TableBlock);
    expect(fields && fields.body[1].map((c) => c.text)).toEqual(['Lampiran', ':', '-']);
  });
});
