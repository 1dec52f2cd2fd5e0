import { type TataLetakTab, rentangKolomIsian } from '../../domain/layout';
import type { RencanaProteksi } from './proteksi-sekaligus';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UnitFormulir {
  kode: string;
  nama: string;
}

/**
 * Opens a unit's form tab to the unit and to nobody else: the tab's sheet protection lets only the Tim SAKIP change
 * the header and the computed columns, and leaves the input columns of the data rows out; a range protection on each
 * of those input blocks lets only the unit's people and the Tim SAKIP type there. Everyone else who can edit the file
 * (other units, the officials) can read the tab and change nothing in it. Returned as a plan, so that every unit's
 * protections are set in one batch (lindungiSekaligus).
 */
export function rencanaFormulirUnit(
  sheet: Sheet,
  tataLetak: TataLetakTab,
  unit: UnitFormulir,
  orangUnit: readonly string[],
  timSakip: readonly string[],
): RencanaProteksi {
  const barisData = Math.max(1, sheet.getLastRow() - 1);
  const isian = rentangKolomIsian(tataLetak).map(([c, n]) => sheet.getRange(2, c, barisData, n));
  return {
    sheet,
    tab: {
      editors: timSakip,
      keterangan: `Formulir ${unit.nama}: di luar kolom isian hanya Tim SAKIP`,
      bolehDiisi: isian,
    },
    kelompok: [
      {
        rentang: isian,
        editors: [...orangUnit, ...timSakip],
        keterangan: `Kolom isian formulir ${unit.kode}: unit dan Tim SAKIP`,
      },
    ],
  };
}
