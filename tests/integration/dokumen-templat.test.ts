/** The Dokumen Pengukuran Kinerja from the office's own Google Doc template with {{placeholders}}. */
import { isParagraph } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { driveFiles } from '../emulator/drive/registry';
import { ORANG, UNIT } from '../harness/kantor';
import type { Siklus } from '../harness/siklus';
import { buat, dokumen, siklus, tabelDokumen, teksBlok, teksParagraf } from './dokumen-siklus';

const BARIS_TEMPLAT = [
  'LAPORAN PENGUKURAN KINERJA {{PERIODE}}',
  '{{instansi}}',
  '{{tabel}}',
  '{{tempat_tanggal}}',
  '{{jabatan_penandatangan}}',
  '{{nama_penandatangan}}',
  'NIP. {{nip_penandatangan}}',
  'Lampiran: {{lampiran}}',
];
/** A template Doc made by `pemilik`, named in Pengaturan ("Templat dokumen (ID Google Doc)") as its link. */
function denganTemplat(s: Siklus, pemilik: string): string {
  const id = s.world.run({ user: pemilik }, () => {
    const doc = s.g.DocumentApp.create('Templat Pengukuran Kinerja');
    const body = doc.getBody();
    BARIS_TEMPLAT.forEach((t, i) => (i === 0 ? body.getChild(0).asParagraph().setText(t) : body.appendParagraph(t)));
    doc.saveAndClose();
    return doc.getId();
  });
  s.sebagai(ORANG.sekTim, (ss) => {
    const sheet = ss.getSheetByName('Pengaturan')!;
    const baris = sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => String(r[0]).startsWith('Templat dokumen'));
    sheet.getRange(baris + 1, 2).setValue(`https://docs.google.com/document/d/${id}/edit`);
  });
  return id;
}

describe("the office's own template", () => {
  it('fills the placeholders, puts the tables at {{tabel}} and names the placeholders it does not know', () => {
    const s = siklus();
    const templat = denganTemplat(s, ORANG.sekTim);
    const hasil = buat(s);
    const doc = dokumen(s, hasil.urlDokumen);
    const teks = doc.body.children.filter(isParagraph).map(teksParagraf);
    expect(teks.slice(0, 2)).toEqual([
      'LAPORAN PENGUKURAN KINERJA TRIWULAN II TAHUN 2026',
      'Dinas Sosial dan Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas',
    ]);
    expect(teks.slice(-5)).toEqual([
      'Purwokerto, …………………… 2026',
      'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
      'Ir. WIDARSO, M.M',
      'NIP. 19620728 198901 1 001',
      'Lampiran: {{lampiran}}',
    ]);
    expect(teks).not.toContain('{{tabel}}');
    // the units' tables, the summary, the analysis's two lists and the budget
    expect(tabelDokumen(doc)).toHaveLength(UNIT.length + 4);
    expect(doc.body.children.indexOf(doc.body.children.find((b) => !isParagraph(b))!)).toBeGreaterThan(2);
    expect(hasil.peringatan).toContain('Templat dokumen memuat penanda yang tidak dikenal add-in: {{lampiran}}.');
    // the office's template itself is left as it was
    expect(teksBlok(documents(s.world).savedData(templat).body.children)).toBe(BARIS_TEMPLAT.join('\n'));
  });

  it('refuses a template the add-in cannot reach, before anything is made', () => {
    const s = siklus();
    const templat = denganTemplat(s, ORANG.sekTim);
    driveFiles(s.world).get(templat)!.appUsers.clear();
    const berkas = driveFiles(s.world).all().length;
    expect(() => buat(s)).toThrow(
      /^Templat dokumen \(tab "Pengaturan" blok UMUM, baris "Templat dokumen", kolom "Nilai"\) \(ID .*\) tidak dapat disalin: berkas itu tidak ditemukan .*drive\.file/,
    );
    // Drive's English message is not passed on
    expect(() => buat(s)).not.toThrow(/API call|not found/);
    expect(driveFiles(s.world).all().length).toBe(berkas);
  });
});
