/**
 * "Buat Dokumen Pengukuran Kinerja" stopped after version 1 is recorded in the Log: the person sees an error, asks
 * again, and gets version 1, not a second Doc and PDF (issue 16). Later, or with other content, a new version is made.
 */
import { REAL_ERRORS } from '../emulator/core/faults';
import { driveFiles } from '../emulator/drive/registry';
import { matikanSetelah } from '../harness/gangguan';
import { agu, ORANG } from '../harness/kantor';
import { idLog } from '../harness/log';
import { buat, siklus } from './dokumen-siklus';

describe('buatDokumenPengukuranKinerja stopped after the version is logged', () => {
  it('asking again gives the recorded version; one Doc and one PDF stay in Drive', () => {
    const s = siklus();
    s.world.clock.set(agu(19, 15));
    const dibuat = () => s.log().filter((r) => r.aksi === 'dokumen-dibuat');
    const mati = matikanSetelah(
      s.script,
      s.id,
      () => buat(s),
      () => dibuat().length > 0,
    );
    expect(mati.pesan).toBe(REAL_ERRORS.serviceSpreadsheets(s.id));

    s.world.clock.set(agu(19, 15, 3));
    const lagi = buat(s);
    expect(lagi).toMatchObject({
      versi: 1,
      pesan:
        'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1 sudah dibuat pada Rabu, 19 Agustus 2026 15.00 WIB ' +
        'dari data yang sama; tidak dibuat versi baru.',
    });
    expect(idLog(dibuat())).toEqual(['dokumen-dibuat-v1']);
    const berkas = driveFiles(s.world)
      .all()
      .filter((f) => !f.trashed && f.name.startsWith('Dokumen Pengukuran Kinerja'));
    expect(berkas.map((f) => f.name).sort()).toEqual([
      'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1',
      'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1.pdf',
    ]);

    // another member of the Tim SAKIP at the same time is given that version, with who made it
    expect(s.panggil('buatDokumenPengukuranKinerja', ORANG.anggota).pesan).toMatch(
      /– v1 sudah dibuat oleh sakip\.sekretaris@contoh\.go\.id pada .* tidak dibuat versi baru\.$/,
    );
    // later, a request makes a new version
    s.world.clock.set(agu(19, 15, 11));
    expect(s.panggil('buatDokumenPengukuranKinerja', ORANG.anggota).versi).toBe(2);
  });
});
