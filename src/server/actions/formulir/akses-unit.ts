import { namaTabFormulir } from '../../domain/layout';
import { orangUnit, timSakip } from '../../domain/pengaturan/peran';
import type { Pengaturan, UnitKerja } from '../../domain/pengaturan/types';
import { TEMPLAT } from '../../domain/templat';
import { rencanaAnggaranUnit } from '../../gateways/sheets/anggaran-tab';
import { rencanaFormulirUnit } from '../../gateways/sheets/formulir-protection';
import { lindungiSekaligus } from '../../gateways/sheets/proteksi-sekaligus';
import { bagikanSebagaiEditor } from '../../gateways/sheets/sharing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The people of a unit, as addresses (Kabid and staff). */
export function penerima(p: Pengaturan, u: UnitKerja): string[] {
  return [...new Set(orangUnit(p, u.kode).map((o) => o.email.trim().toLowerCase()))].filter(Boolean);
}

export function tabFormulir(ss: Spreadsheet, u: UnitKerja): Sheet {
  const sheet = ss.getSheetByName(namaTabFormulir(u.kode));
  if (!sheet) throw new Error(`Tab "${namaTabFormulir(u.kode)}" tidak ada di spreadsheet "${ss.getName()}".`);
  return sheet;
}

/**
 * Every unit's people made editors of the cycle, each unit's form and its rows of the Anggaran tab opened to them
 * alone (checked, then changed: shares already right cost reads only; every protection of every unit is read in one
 * request and changed in one batch, none when all are right). Returns each unit's form tab.
 */
export function bukaAksesUnit(ss: Spreadsheet, p: Pengaturan): Map<string, Sheet> {
  const tab = new Map(p.unitKerja.map((u) => [u.kode, tabFormulir(ss, u)]));
  bagikanSebagaiEditor(
    ss,
    p.unitKerja.flatMap((u) => penerima(p, u)),
  );
  const sakip = timSakip(p).map((o) => o.email);
  const rencana = p.unitKerja.map((u) =>
    rencanaFormulirUnit(tab.get(u.kode) as Sheet, TEMPLAT.formulir, u, penerima(p, u), sakip),
  );
  const anggaran = rencanaAnggaranUnit(ss, new Map(p.unitKerja.map((u) => [u.kode, penerima(p, u)])), sakip);
  lindungiSekaligus(ss, anggaran ? [...rencana, anggaran] : rencana);
  return tab;
}
