import formulirJson from '../../../sheets-templates/tab-formulir.json';
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { kodeUnitDariTab, namaTabFormulir, parseTataLetak, rentangKolomIsian } from '../../../src/server/domain/layout';
import {
  barisIsianFormulir,
  indikatorDariFormulir,
  indikatorPKUnit,
  rumusCapaian,
} from '../../../src/server/domain/formulir/isian-formulir';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
const FORM = parseTataLetak(formulirJson, 'tab-formulir.json');
const P = pengaturanBawaan(parseSopTemplate(sopJson));

describe('the unit form', () => {
  it('is named "Form KODE" and back', () => {
    expect(namaTabFormulir('PSPFM')).toBe('Form PSPFM');
    expect(kodeUnitDariTab('Form PSPFM')).toBe('PSPFM');
    expect(kodeUnitDariTab('Rekap')).toBeNull();
  });

  it('leaves the Capaian column out of the range people type into', () => {
    // A..F typed, G (Capaian) computed, H..M typed (K..M by the Kabid, under their own range protection)
    expect(rentangKolomIsian(FORM)).toEqual([
      [1, 6],
      [8, 6],
    ]);
  });

  it('computes capaian by the office policy: variant A with a floor at 0', () => {
    expect(rumusCapaian(FORM, 5, { varianNegatif: 'A', capping: 'lantai-0' })).toBe(
      '=IF(OR(NOT(ISNUMBER(E5)),NOT(ISNUMBER(F5)),E5=0,AND(LOWER(TRIM(D5))<>"positif",LOWER(TRIM(D5))<>"negatif")),"",' +
        'MAX(0,IF(LOWER(TRIM(D5))="negatif",(2*E5-F5)/E5*100,F5/E5*100)))',
    );
  });

  it('guards variant B against a zero realisasi and clamps to 0–200 when asked', () => {
    const rumus = rumusCapaian(FORM, 2, { varianNegatif: 'B', capping: 'batas-0-200' });
    expect(rumus).toContain('AND(LOWER(TRIM(D2))="negatif",F2=0)');
    expect(rumus).toContain('MIN(200,MAX(0,IF(LOWER(TRIM(D2))="negatif",E2/F2*100,F2/E2*100)))');
  });

  it('prefills a unit’s rows from the Perjanjian Kinerja, with spare rows and a formula on each row', () => {
    const indikator = indikatorPKUnit(P, 'pjrs');
    expect(indikator).toHaveLength(4);
    const rows = barisIsianFormulir(FORM, indikator, P.capaian);
    expect(rows).toHaveLength(4 + (FORM.barisCadangan ?? 0));
    expect(rows[3].slice(0, 6)).toEqual([indikator[3].sasaran, indikator[3].indikator, 'hari', 'negatif', 30, '']);
    expect(rows[3][6]).toMatch(/^=IF\(.*E5.*F5/);
    expect(rows[10].slice(0, 6)).toEqual(['', '', '', '', '', '']);
    expect(rows[10][6]).toMatch(/E12/);
  });

  it('neutralises formula-like text copied into the form', () => {
    const rows = barisIsianFormulir(
      FORM,
      [{ sasaran: '=HYPERLINK("x")', indikator: '-1 kasus', satuan: '%', polaritas: 'positif', target: 1 }],
      P.capaian,
    );
    expect(rows[0].slice(0, 2)).toEqual(['\'=HYPERLINK("x")', "'-1 kasus"]);
  });

  it('reads the indicators back from a filled form by header name, skipping empty rows', () => {
    const judul = FORM.kolom.map((k) => k.judul).reverse();
    const baris = (v: Record<string, unknown>) => FORM.kolom.map((k) => v[k.judul] ?? '').reverse();
    const values = [
      judul,
      baris({
        'Sasaran Strategis': 'S',
        'Indikator Kinerja': 'I',
        Satuan: '%',
        Polaritas: 'positif',
        Target: '1.234,5',
      }),
      baris({}),
      baris({ 'Indikator Kinerja': 'J', Target: 7, Realisasi: 3 }),
    ];
    expect(indikatorDariFormulir(FORM, values)).toEqual([
      { sasaran: 'S', indikator: 'I', satuan: '%', polaritas: 'positif', target: 1234.5 },
      { sasaran: '', indikator: 'J', satuan: '', polaritas: '', target: 7 },
    ]);
  });
});
