/**
 * The panel's reads beyond the cycle's state: the folder of the cycle spreadsheet (one Drive call) and, for a Kabid
 * of a unit, that unit's form (one read each).
 */
import type { UnitKabidPanel } from '../../../shared/api';
import { kabidUnit } from '../../domain/pengaturan/peran';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { bacaIsiFormulir } from '../../domain/data/validasi/baris-formulir';
import { namaTabFormulir } from '../../domain/layout';
import { unitKabidPanel } from '../../domain/panel/unit-kabid';
import { TEMPLAT } from '../../domain/templat';
import { indukBerkas } from '../../gateways/drive/archive';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Null when Drive does not say (a file out of the add-in's drive.file reach, Drive unavailable). */
export function folderSiklus(ss: Spreadsheet, arsip: boolean): { url: string; arsip: boolean } | null {
  try {
    const id = indukBerkas(ss.getId())[0];
    return id ? { url: `https://drive.google.com/drive/folders/${id}`, arsip } : null;
  } catch {
    return null;
  }
}

/**
 * The units whose Kabid is reading the panel, with their rows' validation state. A form whose headers were changed is
 * left out, and said in `peringatan`.
 */
export function unitKabidSaya(ss: Spreadsheet, p: Pengaturan, email: string, peringatan: string[]): UnitKabidPanel[] {
  const saya = email.trim().toLowerCase();
  const kode = p.unitKerja
    .map((u) => u.kode)
    .filter((k) => saya && kabidUnit(p, k)?.email.trim().toLowerCase() === saya);
  return kode.flatMap((k) => {
    const tab = namaTabFormulir(k);
    const sheet = ss.getSheetByName(tab);
    if (!sheet) return [];
    try {
      return [unitKabidPanel(k, tab, bacaIsiFormulir(TEMPLAT.formulir, sheet.getDataRange().getValues(), k, tab).rows)];
    } catch (e) {
      peringatan.push((e as Error).message);
      return [];
    }
  });
}
