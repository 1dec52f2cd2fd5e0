import { banyaknyaBerkas, idBerkasDiLog, idSalinan } from '../../../src/server/domain/penutup/berkas-siklus';
import type { BarisLog } from '../../../src/server/domain/pelacakan/log';

const baris = (aksi: string, rincian: string): BarisLog => ({
  waktu: 0,
  pengguna: 'a@b.id',
  aksi,
  langkah: null,
  rincian,
  id: aksi,
});

describe('files a cycle produced, from its Log', () => {
  it('collects the linked files of the document versions, the letter and the copies, each once', () => {
    const log = [
      baris(
        'dokumen-dibuat',
        'Versi 1 "D". Dokumen: https://docs.google.com/document/d/doc1/edit PDF: https://drive.google.com/file/d/pdf1/view',
      ),
      baris('formulir-dikirim', 'https://docs.google.com/spreadsheets/d/bukan/edit'),
      baris(
        'surat-pengantar-dibuat',
        'Dokumen: https://docs.google.com/document/d/srt1/edit PDF: https://drive.google.com/file/d/srt2/view',
      ),
      baris('salinan-dibuat', 'PDF: https://drive.google.com/file/d/pdf1/view'),
    ];
    expect(idBerkasDiLog(log)).toEqual(['doc1', 'pdf1', 'srt1', 'srt2']);
  });

  it('keys a copy by the signed version and its addressee, whatever the case and spacing', () => {
    expect(idSalinan(1, ' Bappeda  Kabupaten ')).toBe(idSalinan(1, 'bappeda kabupaten'));
    expect(idSalinan(2, 'Bappeda')).not.toBe(idSalinan(1, 'Bappeda'));
  });

  it('counts enclosed files the way letters do', () => {
    expect([banyaknyaBerkas(1), banyaknyaBerkas(3), banyaknyaBerkas(12)]).toEqual([
      '1 (satu) berkas',
      '3 (tiga) berkas',
      '12 berkas',
    ]);
  });
});
