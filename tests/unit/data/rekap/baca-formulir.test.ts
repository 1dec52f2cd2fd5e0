import formulirJson from '../../../../sheets-templates/tab-formulir.json';
import { barisDariFormulir, formatPersen } from '../../../../src/server/domain/data/rekap/baca-formulir';
import { bacaIndikator } from '../../../../src/server/domain/data/rekap/baca-indikator';
import { parseTataLetak } from '../../../../src/server/domain/layout';

const FORMULIR = parseTataLetak(formulirJson, 'sheets-templates/tab-formulir.json');
const JUDUL = FORMULIR.kolom.map((k) => k.judul);
const kolom = (judul: string) => JUDUL.indexOf(judul);

/** One form row: the cells given by header, '' elsewhere. */
function baris(isi: Record<string, unknown>): unknown[] {
  return JUDUL.map((j) => (j in isi ? isi[j] : ''));
}
const kosong = () => JUDUL.map(() => '');

describe('barisDariFormulir: a unit form block read by header name', () => {
  it('keys cells by field, numbers rows from 2, and reads no column the form does not have', () => {
    const nilai = [
      JUDUL,
      baris({ 'Sasaran Strategis': 'S1', 'Indikator Kinerja': 'I1', 'Target periode ini': 100, Realisasi: 90 }),
    ];
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'SEKRE',
      tab: 'Form SEKRE',
      nilai,
      rumus: nilai.map(() => JUDUL.map(() => '')),
      format: nilai.map(() => JUDUL.map(() => '#,##0.##')),
    });
    expect(b).toMatchObject({ unit: 'SEKRE', tab: 'Form SEKRE', rowNumber: 2 });
    expect(b.cells).toMatchObject({ sasaran: 'S1', indikator: 'I1', target: 100, realisasi: 90 });
    expect(b.cells).not.toHaveProperty('capaian');
  });

  it('finds the columns by header, whatever their order', () => {
    const urutan = [...JUDUL].reverse();
    const nilai = [urutan, urutan.map((j) => (j === 'Realisasi' ? 7 : j === 'Indikator Kinerja' ? 'I' : ''))];
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'PJRS',
      tab: 'Form PJRS',
      nilai,
      rumus: nilai.map(() => urutan.map(() => '')),
      format: nilai.map(() => urutan.map(() => '')),
    });
    expect(b.cells).toMatchObject({ indikator: 'I', realisasi: 7 });
  });

  it('takes a formula typed into an input cell as its text, not its result', () => {
    const rumus = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1")';
    const nilai = [JUDUL, baris({ 'Indikator Kinerja': 'I', 'Penjelasan / Kendala': 'data orang lain', Realisasi: 5 })];
    const rumusGrid = [JUDUL.map(() => ''), JUDUL.map(() => '')];
    rumusGrid[1][kolom('Penjelasan / Kendala')] = rumus;
    rumusGrid[1][kolom('Realisasi')] = '=2+3';
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'PSPFM',
      tab: 'Form PSPFM',
      nilai,
      rumus: rumusGrid,
      format: [kosong(), kosong()],
    });
    expect(b.cells.penjelasan).toBe(rumus);
    expect(b.cells.realisasi).toBe('=2+3');
    const indikator = bacaIndikator(b)!;
    expect(indikator.realisasi).toMatchObject({ ok: false, kosong: false });
  });

  it('reads a number in a percent-formatted Target or Realisasi cell in percent points (0.85 in "0%" is 85)', () => {
    const nilai = [JUDUL, baris({ 'Indikator Kinerja': 'I', 'Target periode ini': 1, Realisasi: 0.85 })];
    const format = [kosong(), JUDUL.map(() => '#,##0.##')];
    format[1][kolom('Realisasi')] = '0%';
    format[1][kolom('Target periode ini')] = '0.00"%"';
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'PSPFM',
      tab: 'Form PSPFM',
      nilai,
      rumus: [kosong(), kosong()],
      format,
    });
    // a quoted "%" only shows the sign: the number is already in percent points
    expect(b.cells).toMatchObject({ realisasi: 85, target: 1 });
  });

  it('keeps text as typed for the number reader: "1.234,5" and "85%" become 1234.5 and 85', () => {
    const nilai = [JUDUL, baris({ 'Indikator Kinerja': 'I', 'Target periode ini': '1.234,5', Realisasi: '85%' })];
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'PSPFM',
      tab: 'Form PSPFM',
      nilai,
      rumus: [kosong(), kosong()],
      format: [kosong(), kosong()],
    });
    const i = bacaIndikator(b)!;
    expect([i.cells.target, i.realisasi]).toEqual(['1.234,5', { ok: true, value: 85, persen: true }]);
  });

  it('refuses a form whose headers were changed, naming the tab and the missing column', () => {
    const judul = JUDUL.map((j) => (j === 'Realisasi' ? 'Realisasi TW II' : j));
    expect(() =>
      barisDariFormulir(FORMULIR, { unit: 'PEMDES', tab: 'Form PEMDES', nilai: [judul], rumus: [], format: [] }),
    ).toThrow('Tab "Form PEMDES" baris 1: kolom "Realisasi" tidak ditemukan.');
  });

  it('does not need the columns it does not read (a form without the Capaian column is read)', () => {
    const judul = JUDUL.filter((j) => j !== 'Capaian (%)' && j !== 'Catatan Kabid');
    const nilai = [judul, judul.map((j) => (j === 'Indikator Kinerja' ? 'I' : ''))];
    const [b] = barisDariFormulir(FORMULIR, {
      unit: 'PEMDES',
      tab: 'Form PEMDES',
      nilai,
      rumus: nilai.map(() => judul.map(() => '')),
      format: nilai.map(() => judul.map(() => '')),
    });
    expect(b.cells.indikator).toBe('I');
  });
});

describe('formatPersen', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.##', false],
    ['0.00"%"', false],
    ['0\\%', false],
    ['', false],
  ])('%s is a percent format: %s', (format, diharapkan) => {
    expect(formatPersen(format)).toBe(diharapkan);
  });
});
