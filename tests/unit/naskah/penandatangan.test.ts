import kantorJson from '../../../sheets-templates/kantor.json';
import { kopBlocks, PERINGATAN_ALAMAT_CONTOH } from '../../../src/server/domain/naskah/kop';
import { readKantor } from '../../../src/server/domain/naskah/kantor';
import { receiptBlock, signerBlock } from '../../../src/server/domain/naskah/penandatangan';
describe('signature and receipt blocks', () => {
  const widarso = {
    jabatan: 'Kepala Dinas Sosial dan Pemberdayaan Masyarakat dan Desa',
    nama: 'Ir. WIDARSO, M.M',
    pangkat: 'Pembina Utama Muda',
    nip: '196207281989011001',
  };

  it('writes JABATAN in capitals, leaves space, then name bold and underlined, pangkat and grouped NIP', () => {
    expect(signerBlock(widarso, ['Purwokerto, 21 Agustus 2026'])).toEqual({
      ok: true,
      block: {
        above: ['Purwokerto, 21 Agustus 2026'],
        jabatan: 'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA,',
        space: 4,
        nama: { text: 'Ir. WIDARSO, M.M', bold: true, underline: true },
        below: ['Pembina Utama Muda', 'NIP. 19620728 198901 1 001'],
      },
    });
  });

  it('does not double the comma after the jabatan and omits an empty pangkat', () => {
    const result = signerBlock({ ...widarso, jabatan: 'Sekretaris,', pangkat: ' ' });
    expect(result.ok && result.block.jabatan).toBe('SEKRETARIS,');
    expect(result.ok && result.block.below).toEqual(['NIP. 19620728 198901 1 001']);
  });

  it('refuses an invalid NIP, naming the signer', () => {
    expect(signerBlock({ ...widarso, nip: '19621332 198901 3 001' })).toEqual({
      ok: false,
      alasan: [
        'NIP penandatangan (Ir. WIDARSO, M.M): Tanggal lahir pada NIP (19621332) bukan tanggal yang ada.',
        'NIP penandatangan (Ir. WIDARSO, M.M): Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis 3.',
      ],
    });
  });

  it('refuses a missing jabatan or name', () => {
    expect(signerBlock({ ...widarso, jabatan: '', nama: ' ' })).toEqual({
      ok: false,
      alasan: ['Penandatangan (tanpa nama): jabatan kosong.', 'Penandatangan: nama kosong.'],
    });
  });

  it('leaves the receipt blanks to be filled by hand', () => {
    const receipt = receiptBlock();
    expect(receipt.above[0]).toMatch(/^Diterima tanggal …+$/);
    expect(receipt.nama.text).toMatch(/^\(…+\)$/);
    expect(receipt.below).toEqual([expect.stringMatching(/^NIP\. …+$/)]);
    expect(receipt.space).toBeGreaterThan(0);
  });
});

describe('office data (kantor.json)', () => {
  it('reads the shipped office data and warns that the address is an example', () => {
    const result = readKantor(kantorJson);
    expect(result).toMatchObject({
      ok: true,
      kantor: {
        kop: {
          pemerintah: 'PEMERINTAH KABUPATEN BANYUMAS',
          instansi: ['DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA'],
          alamatContoh: true,
        },
        tempat: 'Purwokerto',
        penandatangan: { nama: 'Ir. WIDARSO, M.M', pangkat: 'Pembina Utama Muda', nip: '19620728 198901 1 001' },
      },
      peringatan: [PERINGATAN_ALAMAT_CONTOH],
    });
  });

  it('builds the kop: centred capitals, address, contact, closing rule', () => {
    const result = readKantor({ ...kantorJson, kop: { ...kantorJson.kop, alamatContoh: false, kontak: undefined } });
    if (!result.ok) throw new Error(result.alasan.join('\n'));
    expect(result.peringatan).toEqual([]);
    const [kop, ...sisa] = kopBlocks({ ...result.kantor.kop, instansi: ['Dinas Sosial', 'dan Pemberdayaan'] });
    if (kop.kind !== 'kop') throw new Error('the kop comes first');
    const blocks = [...kop.baris, ...sisa];
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.runs[0].text : b.kind))).toEqual([
      'PEMERINTAH KABUPATEN BANYUMAS',
      'DINAS SOSIAL',
      'DAN PEMBERDAYAAN',
      kantorJson.kop.alamat,
      'rule',
    ]);
    expect(blocks.every((b) => b.kind !== 'paragraph' || b.align === 'center')).toBe(true);
  });

  it('lists every missing field and an invalid NIP', () => {
    expect(
      readKantor({ kop: { instansi: [' '] }, penandatangan: { jabatan: 'Kepala', nama: 'A', nip: '123' } }),
    ).toEqual({
      ok: false,
      alasan: [
        'Kop surat: nama pemerintah kosong.',
        'Kop surat: nama instansi kosong.',
        'Kop surat: alamat kosong.',
        'Data kantor: tempat (kota) pembuatan dokumen kosong.',
        'NIP penandatangan (A): NIP harus 18 angka, tertulis 3 angka.',
      ],
    });
    expect(readKantor(null).ok).toBe(false);
  });
});
