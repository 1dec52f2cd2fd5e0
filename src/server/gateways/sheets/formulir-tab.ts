import { type TataLetakTab, hurufKolom, posisiKolom, rentangKolomIsian } from '../../domain/layout';
import { type Sel } from '../../domain/pengaturan/blok-tab';
import { pastikanBaris } from './sheet-size';
import { gayaTab } from './tab-writer';
import { lindungiTab } from './protection';
import { aturanWarnaValidasi, lindungiKolomValidasi } from './validasi-columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OpsiTabFormulir {
  /** false when the tab already holds a unit's rows: they are never overwritten */
  tulisIsi: boolean;
  /** named lists a dropdown may take its values from (e.g. satuanDikenal) */
  daftar: Readonly<Record<string, readonly string[]>>;
  /** who may change the header and the computed columns */
  editorTerkunci: readonly string[];
  namaUnit: string;
  /** the unit's code and Kabid: the validation columns become the Kabid's alone (see gateways/validasi-kolom.ts) */
  validasi?: { kode: string; kabid: readonly string[] };
}

/**
 * A unit's form tab: header and rows in one setValues, then formats, dropdowns, the empty-cell highlight and the
 * protection, each set once per column or per tab. The number of calls does not depend on the number of rows.
 */
export function siapkanTabFormulir(sheet: Sheet, tataLetak: TataLetakTab, isi: Sel[][], opsi: OpsiTabFormulir): void {
  const kolom = tataLetak.kolom.length;
  const barisData = Math.max(1, isi.length);
  pastikanBaris(sheet, isi.length + 1);
  if (opsi.tulisIsi)
    sheet.getRange(1, 1, isi.length + 1, kolom).setValues([tataLetak.kolom.map((k) => k.judul), ...isi]);
  gayaTab(sheet, tataLetak, barisData);
  const badan = (c: number) => sheet.getRange(2, c, barisData, 1);
  tataLetak.kolom.forEach((k, i) => {
    if (k.terkunci || k.dariPK) badan(i + 1).setBackground('#f3f3f3');
    if (k.pilihan) {
      const nilai = k.pilihan.nilai ?? opsi.daftar[k.pilihan.sumber ?? ''] ?? [];
      const aturan = SpreadsheetApp.newDataValidation()
        .requireValueInList([...nilai], true)
        .setAllowInvalid(k.pilihan.bolehLain ?? false);
      if (k.pilihan.bantuan) aturan.setHelpText(k.pilihan.bantuan);
      badan(i + 1).setDataValidation(aturan.build());
    }
  });
  const warnaValidasi = opsi.validasi ? aturanWarnaValidasi(sheet, tataLetak, barisData) : [];
  sheet.setConditionalFormatRules([...aturanSorot(sheet, tataLetak, barisData), ...warnaValidasi]);
  const bolehDiisi = rentangKolomIsian(tataLetak).map(([c, n]) => sheet.getRange(2, c, barisData, n));
  lindungiTab(sheet, opsi.editorTerkunci, `Judul dan kolom terhitung formulir ${opsi.namaUnit}`, bolehDiisi);
  if (opsi.validasi) lindungiKolomValidasi(sheet, tataLetak, opsi.validasi.kode, opsi.validasi.kabid, barisData);
}

/** Highlights a column's empty cells on rows in use (the key column is filled), e.g. a Realisasi not yet typed. */
function aturanSorot(sheet: Sheet, tataLetak: TataLetakTab, barisData: number) {
  const kunci = tataLetak.kolomKunci ? hurufKolom(posisiKolom(tataLetak, tataLetak.kolomKunci)) : null;
  return tataLetak.kolom.flatMap((k, i) => {
    if (!k.sorotBilaKosong || !kunci) return [];
    const huruf = hurufKolom(i + 1);
    return [
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND($${kunci}2<>"",$${huruf}2="")`)
        .setBackground(k.sorotBilaKosong)
        .setRanges([sheet.getRange(2, i + 1, barisData, 1)])
        .build(),
    ];
  });
}
