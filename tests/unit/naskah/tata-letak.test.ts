import { permintaanTataLetak } from '../../../src/server/gateways/docs/tata-letak';

type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

const paragraf = (startIndex: number, endIndex: number): Element => ({ startIndex, endIndex, paragraph: {} });
const sel = (startIndex: number, endIndex: number) => ({
  startIndex,
  endIndex,
  content: [paragraf(startIndex + 1, endIndex)],
});

/** Heading "Sekretariat" (1–13), a 2 × 2 table at 13 (header row cells 15–19 and 19–30), a paragraph after it. */
const KONTEN: Element[] = [
  { endIndex: 1, sectionBreak: {} },
  paragraf(1, 13),
  {
    startIndex: 13,
    endIndex: 45,
    table: {
      rows: 2,
      columns: 2,
      tableRows: [
        { startIndex: 14, endIndex: 30, tableCells: [sel(15, 19), sel(19, 30)] },
        { startIndex: 30, endIndex: 44, tableCells: [sel(31, 34), sel(34, 44)] },
      ],
    },
  },
  paragraf(45, 46),
];

describe('permintaanTataLetak: the Docs API requests for a document', () => {
  it('pins the header rows, keeps every row whole, and keeps the heading and the header row with what follows', () => {
    expect(permintaanTataLetak(KONTEN, { tabel: [{ anak: 1, kepala: 1 }], tetapBersama: [0] })).toEqual([
      { pinTableHeaderRows: { tableStartLocation: { index: 13 }, pinnedHeaderRowsCount: 1 } },
      {
        updateTableRowStyle: {
          tableStartLocation: { index: 13 },
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      },
      ...[
        [16, 19],
        [20, 30],
        [1, 13],
      ].map(([startIndex, endIndex]) => ({
        updateParagraphStyle: {
          range: { startIndex, endIndex },
          paragraphStyle: { keepWithNext: true },
          fields: 'keepWithNext',
        },
      })),
    ]);
  });

  it('only keeps the rows of a table without header rows (a kop or a signature block)', () => {
    const permintaan = permintaanTataLetak(KONTEN, { tabel: [{ anak: 1, kepala: 0 }], tetapBersama: [] });
    expect(permintaan.map((p) => Object.keys(p)[0])).toEqual(['updateTableRowStyle']);
  });

  it('refuses a plan whose element is not what the body holds there', () => {
    expect(() => permintaanTataLetak(KONTEN, { tabel: [{ anak: 0, kepala: 1 }], tetapBersama: [] })).toThrow(
      'Tata letak dokumen: elemen ke-1 badan dokumen bukan tabel.',
    );
    expect(() => permintaanTataLetak(KONTEN, { tabel: [], tetapBersama: [1] })).toThrow(
      'Tata letak dokumen: elemen ke-2 badan dokumen bukan paragraf.',
    );
  });

  it('aligns the cells asked for, by their content range, and names a cell the table does not have', () => {
    const rata = [
      { baris: 1, sel: 0, rata: 'CENTER' as const },
      { baris: 1, sel: 1, rata: 'END' as const },
    ];
    const permintaan = permintaanTataLetak(KONTEN, { tabel: [{ anak: 1, kepala: 0, rata }], tetapBersama: [] });
    expect(permintaan.slice(1)).toEqual([
      {
        updateParagraphStyle: {
          range: { startIndex: 32, endIndex: 34 },
          paragraphStyle: { alignment: 'CENTER' },
          fields: 'alignment',
        },
      },
      {
        updateParagraphStyle: {
          range: { startIndex: 35, endIndex: 44 },
          paragraphStyle: { alignment: 'END' },
          fields: 'alignment',
        },
      },
    ]);
    expect(() =>
      permintaanTataLetak(KONTEN, {
        tabel: [{ anak: 1, kepala: 0, rata: [{ baris: 2, sel: 0, rata: 'END' }] }],
        tetapBersama: [],
      }),
    ).toThrow('Tata letak dokumen: tabel elemen ke-2 tidak punya sel 2,0.');
  });
});
