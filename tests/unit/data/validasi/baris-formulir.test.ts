import formulirJson from '../../../../sheets-templates/tab-formulir.json';
import { parseTataLetak } from '../../../../src/server/domain/layout';
import { bacaIsiFormulir, kolomIsianUnit } from '../../../../src/server/domain/data/validasi/baris-formulir';
import { rumusTautanSel, tabDariTautan } from '../../../../src/server/domain/data/temuan/tautan-sel';
const FORM = parseTataLetak(formulirJson, 'tab-formulir.json');
const JUDUL = FORM.kolom.map((k) => k.judul);

describe('bacaIsiFormulir: a unit form read by header name', () => {
  it('gives the unit cells and the validation cells of each row, wherever the columns are', () => {
    const judul = [...JUDUL].reverse();
    const baris = JUDUL.map((j) => `isi ${j}`).reverse();
    const isi = bacaIsiFormulir(FORM, [judul, baris], 'PSPFM', 'Form PSPFM');
    expect(isi.kolom.get('indikator')).toBe(JUDUL.length - 1);
    const [row] = isi.rows;
    expect(row.baris).toMatchObject({ unit: 'PSPFM', tab: 'Form PSPFM', rowNumber: 2 });
    expect(row.baris.cells.indikator).toBe('isi Indikator Kinerja');
    expect(row.baris.cells).not.toHaveProperty('capaian');
    expect(row.baris.cells).not.toHaveProperty('validasi');
    expect([row.status, row.catatan, row.sidik]).toEqual([
      'isi Validasi',
      'isi Catatan Kabid',
      'isi Sidik Validasi (otomatis)',
    ]);
  });

  it('refuses a form whose header lost a column, naming the tab and the column', () => {
    expect(() => bacaIsiFormulir(FORM, [JUDUL.filter((j) => j !== 'Validasi')], 'SEKRE', 'Form SEKRE')).toThrow(
      'Tab "Form SEKRE" baris 1: kolom "Validasi" tidak ditemukan.',
    );
  });

  it('leaves computed and Kabid columns out of what the unit types', () => {
    expect(kolomIsianUnit(FORM).map((k) => k.isi)).toEqual([
      'sasaran',
      'indikator',
      'satuan',
      'polaritas',
      'metode',
      'targetTahunan',
      'target',
      'realisasi',
      'penjelasan',
      'tindakLanjut',
      'buktiDukung',
    ]);
  });
});

describe('rumusTautanSel', () => {
  it('links to the cell by gid and A1, with quotes in the label doubled', () => {
    expect(rumusTautanSel(123, 'Form PSPFM', 7, 6)).toBe('=HYPERLINK("#gid=123&range=F7","Form PSPFM!F7")');
    expect(rumusTautanSel(5, 'Form "X"', 2, 28)).toBe('=HYPERLINK("#gid=5&range=AB2","Form ""X""!AB2")');
  });

  it('gives back the tab a link points into, and nothing for other text', () => {
    expect(tabDariTautan(rumusTautanSel(5, 'Form "X"!', 2, 28))).toBe('Form "X"!');
    expect(tabDariTautan(rumusTautanSel(9, 'Anggaran', 4, 4))).toBe('Anggaran');
    expect(tabDariTautan('Form PSPFM!F7')).toBe('');
  });
});
