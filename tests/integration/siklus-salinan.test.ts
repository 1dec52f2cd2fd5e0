/**
 * Issue 16: roles are read from the cycle spreadsheet the sidebar names, so the cycle must be one the add-in made and
 * registered. A staff member who copies the cycle and ticks themselves Tim SAKIP in the copy's Pengaturan gets
 * nothing from the office register.
 */
import { ORANG } from '../harness/kantor';
import { ditandatangani, jumat, kantor, type Kantor, TUJUAN } from './surat-arsip-siklus';

const STAF = ORANG.staf.PJRS;
const DITOLAK = /bukan spreadsheet siklus yang dibuat add-in dan dicatat di buku kerja SAKIP kantor: salinan/;

/**
 * The signed TW2 cycle and the office workbook shared with a staff member, who copies the cycle and lists themselves
 * Tim SAKIP in the copy.
 */
function salinanStaf(k: Kantor): string {
  ditandatangani(k);
  for (const di of [k.tw2, k.bukuKerja]) k.sebagai(k.pemilik, (ss) => ss.addEditor(STAF), di);
  const salinan = k.world.run({ user: STAF }, () => k.g.DriveApp.getFileById(k.tw2).makeCopy('Salinan siklus').getId());
  k.sebagai(
    STAF,
    (ss) => {
      const sheet = ss.getSheetByName('Pengaturan')!;
      const nilai = sheet.getDataRange().getValues();
      const judul = nilai.find((r) => r.includes('Tim SAKIP'))!;
      const baris = nilai.findIndex((r) => r.includes(STAF));
      sheet.getRange(baris + 1, judul.indexOf('Tim SAKIP') + 1).setValue(true);
    },
    salinan,
  );
  return salinan;
}

describe('a copy of a cycle spreadsheet is not a cycle', () => {
  it('refuses mintaNomorSurat and buatSuratPengantar on a copy whose Pengaturan lists the copier as Tim SAKIP', () => {
    const k = kantor();
    const salinan = salinanStaf(k);
    const register = k.register();
    expect(() => k.panggil('mintaNomorSurat', { oleh: STAF, pada: jumat(14), di: salinan })).toThrow(DITOLAK);
    expect(() => k.panggil('buatSuratPengantar', { oleh: STAF, pada: jumat(14), di: salinan }, TUJUAN)).toThrow(
      DITOLAK,
    );
    expect(k.register()).toEqual(register);
  });

  it('refuses the copy passed from the office workbook, the workbook itself, and the staff member on the real cycle', () => {
    const k = kantor();
    const salinan = salinanStaf(k);
    expect(() => k.panggil('mintaNomorSurat', { oleh: STAF, pada: jumat(14), di: k.bukuKerja })).toThrow(DITOLAK);
    expect(() => k.jalankan('mintaNomorSurat', { user: STAF, activeSpreadsheetId: k.bukuKerja }, salinan)).toThrow(
      DITOLAK,
    );
    expect(() => k.panggil('mintaNomorSurat', { oleh: STAF, pada: jumat(14), di: k.tw2 })).toThrow(
      `${STAF} tidak berwenang meminta nomor surat pengantar`,
    );
  });
});
