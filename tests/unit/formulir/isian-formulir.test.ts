import formulirJson from '../../../sheets-templates/tab-formulir.json';
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { kodeUnitDariTab, namaTabFormulir, parseTataLetak, rentangKolomIsian } from '../../../src/server/domain/layout';
import { barisIsianFormulir, indikatorPKUnit } from '../../../src/server/domain/formulir/isian-formulir';
import { bedaDenganPK } from '../../../src/server/domain/formulir/sesuai-pk';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import type { Periode } from '../../../src/server/domain/siklus/periode';
const FORM = parseTataLetak(formulirJson, 'tab-formulir.json');
const P = pengaturanBawaan(parseSopTemplate(sopJson));
const TW2: Periode = { tahun: 2026, jenis: 'Triwulan', triwulan: 2 };
const TAHUNAN: Periode = { tahun: 2026, jenis: 'Tahunan' };

describe('the unit form', () => {
  it('is named "Form KODE" and back', () => {
    expect(namaTabFormulir('PSPFM')).toBe('Form PSPFM');
    expect(kodeUnitDariTab('Form PSPFM')).toBe('PSPFM');
    expect(kodeUnitDariTab('Rekap')).toBeNull();
  });

  it('leaves the columns written from the Perjanjian Kinerja out of the range people type into', () => {
    // A..G from the PK (Sasaran … Target periode ini), H..N typed (L..N by the Kabid, under their own protection)
    expect(rentangKolomIsian(FORM)).toEqual([[8, 7]]);
  });

  it('writes one row per PK indicator with the method, the annual target and the target of the triwulan', () => {
    const indikator = indikatorPKUnit(P, 'pjrs');
    expect(indikator).toHaveLength(4);
    const rows = barisIsianFormulir(FORM, indikator, TW2);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.slice(2, 8))).toEqual([
      ['orang', 'positif', 'jumlah', 4, 1, ''],
      ['%', 'positif', 'tetap', 80, 80, ''],
      ['%', 'positif', 'tetap', 100, 100, ''],
      ['hari', 'negatif', 'rata-rata', 30, 30, ''],
    ]);
    // a range target is written the Indonesian way; the Tahunan cycle shows the annual target as the period's
    const sekre = barisIsianFormulir(FORM, indikatorPKUnit(P, 'SEKRE'), TAHUNAN);
    expect(sekre[2].slice(3, 7)).toEqual(['stabil', 'terakhir', '90–100', '90–100']);
  });

  it('neutralises formula-like text copied into the form', () => {
    const pk = {
      sasaran: '=HYPERLINK("x")',
      indikator: '-1 kasus',
      satuan: '%',
      polaritas: 'positif',
      target: 1,
      targetTriwulan: [null, null, null, null],
      metode: 'tetap' as const,
    };
    const rows = barisIsianFormulir(FORM, [pk], TW2);
    expect(rows[0].slice(0, 2)).toEqual(['\'=HYPERLINK("x")', "'-1 kasus"]);
  });

  it('names the cells of a form row that no longer say what the PK says; the same values are no difference', () => {
    const [pk] = indikatorPKUnit(P, 'PSPFM');
    const sama = { sasaran: pk.sasaran, indikator: ` ${pk.indikator} `, target: '80', targetTahunan: 100 };
    expect(bedaDenganPK(sama, pk, TW2)).toEqual([]);
    expect(bedaDenganPK({ ...sama, target: 0, polaritas: 'negatif' }, pk, TW2)).toEqual([
      { kolom: 'polaritas', formulir: 'negatif', pk: 'positif' },
      { kolom: 'target', formulir: '0', pk: '80' },
    ]);
  });
});
