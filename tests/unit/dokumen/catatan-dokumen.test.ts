import {
  barisAksiVersi,
  dokumenTercatat,
  namaDokumen,
  rincianDokumen,
  versiBerikutnya,
  versiUlangan,
  JEDA_ULANGAN_MS,
} from '../../../src/server/domain/dokumen/catatan-dokumen';
import type { BarisLog } from '../../../src/server/domain/pelacakan/log';

const baris = (aksi: string, id: string, rincian: string): BarisLog => ({
  waktu: 0,
  pengguna: 'sakip.sekretaris@contoh.go.id',
  aksi,
  langkah: null,
  rincian,
  id,
});

describe('the versions of the document in the Log', () => {
  const v1 = { versi: 1, nama: namaDokumen('Triwulan II Tahun 2026', 1), docId: 'doc-0001', pdfId: 'file-0002' };
  const v2 = { ...v1, versi: 2, nama: namaDokumen('Triwulan II Tahun 2026', 2), docId: 'doc-0003', pdfId: 'file-4' };

  it('reads back what it wrote, oldest first, and numbers the next version after the highest', () => {
    const log = [
      baris('dokumen-dibuat', 'dokumen-dibuat-v1', rincianDokumen(v1)),
      baris('mulai', 'L9-mulai-1', ''),
      baris('dokumen-dibuat', 'dokumen-dibuat-v2', rincianDokumen(v2)),
    ];
    expect(dokumenTercatat(log)).toEqual([v1, v2]);
    expect(versiBerikutnya(log)).toBe(3);
    expect(versiBerikutnya([])).toBe(1);
    expect(v2.nama).toBe('Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v2');
  });

  it('skips a row whose Rincian was changed by hand, and finds an action on a version by its id', () => {
    const log = [
      baris('dokumen-dibuat', 'dokumen-dibuat-v1', 'diubah'),
      baris('dokumen-ditandatangani', 'dokumen-ditandatangani-v2', 'ok'),
    ];
    expect(dokumenTercatat(log)).toEqual([]);
    expect(barisAksiVersi(log, 'dokumen-ditandatangani', 2)?.rincian).toBe('ok');
    expect(barisAksiVersi(log, 'dokumen-ditandatangani', 1)).toBeUndefined();
  });

  it('takes a request as the retry of the latest version only for the same content and within the pause', () => {
    const oleh = 'sakip.sekretaris@contoh.go.id';
    const v1s = { ...v1, sidik: 'ab12' };
    const log = [{ ...baris('dokumen-dibuat', 'dokumen-dibuat-v1', rincianDokumen(v1s)), waktu: 1000 }];
    expect(dokumenTercatat(log)).toEqual([v1s]);
    expect(versiUlangan(log, 'ab12', 1000 + JEDA_ULANGAN_MS)).toEqual({ dokumen: v1s, waktu: 1000, oleh });
    expect(versiUlangan(log, 'ab12', 1001 + JEDA_ULANGAN_MS)).toBeNull();
    expect(versiUlangan(log, 'ab12', 999)).toBeNull();
    expect(versiUlangan(log, 'cd34', 2000)).toBeNull();
    expect(versiUlangan([], 'ab12', 2000)).toBeNull();
    // a version recorded before fingerprints were kept is never taken as one
    const lama = [{ ...baris('dokumen-dibuat', 'dokumen-dibuat-v1', rincianDokumen(v1)), waktu: 1000 }];
    expect(versiUlangan(lama, 'ab12', 2000)).toBeNull();
  });
});
