import { sentMails } from '../emulator/services/mail';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { buatSiklus, oleh } from '../harness/siklus';
import { isiRealisasi } from './dokumen-siklus';

/**
 * Every mail the add-in sends over a whole cycle, with a second cycle of the office open beside it: each names its
 * cycle (period and office) in the subject, and opens with the action asked of the reader and the link to act on.
 */
describe('the mails of a whole cycle', () => {
  it('each names its cycle in the subject and opens with the action asked and its link', () => {
    const s = buatSiklus({
      batas: '2026-08-13 16:00',
      penyunting: [...Object.values(ORANG.kabid), ...Object.values(ORANG.staf)],
    });
    const tw2 = s.id;
    s.jalankan('pasangPemicuPengingat', { user: ORANG.sekTim, activeSpreadsheetId: s.bukuKerja });
    s.world.clock.set(agu(12, 9, 45));
    const tw3 = s.mulaiSiklus('Triwulan III 2026')!;
    s.id = tw2;
    s.panggil('kirimFormulir', oleh(ORANG.anggota, agu(12, 10, 20)));
    s.panggil('tandaiSelesaiDiisi', oleh(ORANG.sekretaris, agu(12, 13, 30)), 'SEKRE');
    s.jalankanSampai(agu(14, 14, 0));
    isiRealisasi(s);
    for (const kode of UNIT.filter((k) => k !== 'SEKRE')) {
      s.panggil('tandaiSelesaiDiisi', oleh(ORANG.kabid[kode], agu(14, 14, 0)), kode);
    }
    s.panggil('konsolidasi', oleh(ORANG.anggota, agu(14, 14, 30)));
    for (const kode of UNIT) {
      const baris = s.nilai(`Form ${kode}`).filter((r, i) => i > 0 && r[1] !== '').length;
      for (let b = 2; b <= baris + 1; b++)
        s.panggil('tandaiBaris', oleh(ORANG.kabid[kode], agu(18, 9, 0)), kode, b, 'Valid');
      if (kode !== 'PJRS') s.panggil('sahkanUnit', oleh(ORANG.kabid[kode], agu(18, 9, 30)), kode);
    }
    s.jalankanSampai(agu(19, 12, 0));
    s.panggil('sahkanUnit', oleh(ORANG.kabid.PJRS, agu(19, 12, 0)), 'PJRS');
    s.panggil('konsolidasi', oleh(ORANG.anggota, agu(19, 13, 0)));
    s.panggil('serahkanKePetugasData', oleh(ORANG.anggota, agu(19, 13, 30)));
    s.panggil('buatDokumenPengukuranKinerja', oleh(ORANG.sekTim, agu(19, 14, 0)));
    s.panggil('kirimUntukKoreksi', oleh(ORANG.sekTim, agu(20, 8, 0)));
    s.panggil('koreksiSelesai', oleh(ORANG.kepala, agu(20, 9, 0)));
    s.panggil('kirimUntukPersetujuan', oleh(ORANG.sekretaris, agu(20, 9, 50)));
    s.jalankanSampai(agu(20, 16, 0));

    const surel = sentMails(s.world);
    const jenis = (pola: RegExp) => surel.filter((m) => pola.test(m.subject)).length;
    expect({
      formulir: jenis(/\] Formulir \w+ – /),
      selesaiDiisi: jenis(/selesai diisi/),
      batas: jenis(/Batas pengisian/),
      pengingat: jenis(/melewati target waktu/),
      eskalasi: jenis(/Eskalasi: /),
      serahTerima: jenis(/Data kinerja/),
      koreksi: jenis(/Mohon koreksi/),
      persetujuan: jenis(/Mohon persetujuan/),
    }).toEqual({
      formulir: 5,
      selesaiDiisi: 5,
      batas: 4,
      pengingat: expect.any(Number),
      eskalasi: expect.any(Number),
      serahTerima: 1,
      koreksi: 1,
      persetujuan: 1,
    });
    expect(jenis(/melewati target waktu/)).toBeGreaterThan(0);
    expect(jenis(/Eskalasi: /)).toBeGreaterThan(0);
    const namaSiklus = (id: string) =>
      s.sebagai(ORANG.sekTim, (ss) => ss.getName(), id).replace('Pengukuran Kinerja – ', '');
    const siklus = [namaSiklus(tw2), namaSiklus(tw3)];
    expect(siklus).toEqual(['Triwulan II Tahun 2026 – Dinsospermasdes', 'Triwulan III Tahun 2026 – Dinsospermasdes']);
    for (const m of surel) {
      expect({ subject: m.subject, bersiklus: siklus.some((n) => m.subject.endsWith(` – ${n}`)) }).toEqual({
        subject: m.subject,
        bersiklus: true,
      });
      const [ajakan, tautan] = m.body.split('\n');
      expect({ subject: m.subject, ajakan, tautan }).toEqual({
        subject: m.subject,
        ajakan: expect.stringMatching(/^Mohon /),
        tautan: expect.stringMatching(/: https:\/\/docs\.google\.com\/(spreadsheets|document)\/d\//),
      });
    }
    // the second cycle's own reminder names it, not the first
    expect(surel.some((m) => m.subject.endsWith(siklus[1]))).toBe(true);
  });
});
