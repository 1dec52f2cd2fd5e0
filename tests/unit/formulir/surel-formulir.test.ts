import { surelFormulir, surelSerahTerima } from '../../../src/server/domain/formulir/surel-formulir';
import { tautanTab } from '../../../src/server/domain/surel/susun-surel';
import { localMs } from '../../../src/server/domain/zona-waktu';
const SIKLUS = { namaSiklus: 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes' };
const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

describe('tautanTab', () => {
  it('points at one tab of the spreadsheet by its sheet id, replacing any fragment', () => {
    expect(tautanTab(URL, 42)).toBe(`${URL}#gid=42`);
    expect(tautanTab(`${URL}#gid=0`, 7)).toBe(`${URL}#gid=7`);
  });
});

describe('surelFormulir', () => {
  const unit = { kode: 'PSPFM', nama: 'Bidang <Sosial> & "Fakir" Miskin' };
  const surel = surelFormulir(SIKLUS, unit, `${URL}#gid=3`, localMs(2026, 8, 21, 16, 0));

  it('gives the link, the deadline in WIB and numbered instructions in the plain text', () => {
    expect(surel.subject).toBe('[Pengukuran Kinerja] Formulir PSPFM – Triwulan II Tahun 2026 – Dinsospermasdes');
    expect(surel.body.split('\n')[0]).toBe('Mohon isi formulir PSPFM paling lambat Jumat, 21 Agustus 2026 16.00 WIB.');
    expect(surel.body.split('\n')[1]).toBe(`Formulir PSPFM: ${URL}#gid=3`);
    expect(surel.body).toContain(`Formulir PSPFM: ${URL}#gid=3`);
    expect(surel.body).toContain('Batas pengisian: Jumat, 21 Agustus 2026 16.00 WIB');
    expect(surel.body).toMatch(/\n1\. Buka tautan di atas/);
    expect(surel.body).toContain('Bidang <Sosial> & "Fakir" Miskin');
  });

  it('escapes every value in the HTML twin', () => {
    expect(surel.htmlBody).toContain('Bidang &#60;Sosial&#62; &#38; &#34;Fakir&#34; Miskin');
    expect(surel.htmlBody).not.toContain('<Sosial>');
    expect(surel.htmlBody).toContain(`<a href="${URL}#gid=3">Formulir PSPFM</a>`);
  });
});

describe('surelSerahTerima', () => {
  it('names the recipient, the validated units and the Rekap link', () => {
    const surel = surelSerahTerima(SIKLUS, 'Rudi Hartono, S.Kom', `${URL}#gid=9`, [
      { kode: 'SEKRE', nama: 'Sekretariat' },
      { kode: 'PJRS', nama: 'Bidang PJRS' },
    ]);
    expect(surel.body.split('\n')[0]).toBe('Mohon olah data kinerja yang telah divalidasi pada tab Rekap.');
    expect(surel.body).toContain('\nYth. Rudi Hartono, S.Kom,\n');
    expect(surel.body).toContain('Unit kerja tervalidasi: SEKRE, PJRS');
    expect(surel.body).toContain(`Tab Rekap: ${URL}#gid=9`);
  });
});
