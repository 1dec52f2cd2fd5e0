import type { BarisLog } from '../../pelacakan/log';
import { AKSI_UNIT } from '../../pelacakan/aksi-log';
import { barisKosong } from '../temuan/kosong';
import { keadaanBaris, type BarisUnit } from './status-validasi';

function milikUnit(log: readonly BarisLog[], aksi: string, kode: string): BarisLog[] {
  const awal = `${aksi}-${kode}`;
  return log.filter(
    (b) => b.aksi === aksi && (b.id === awal || /^-\d+$/.test(b.id.slice(awal.length))) && b.id.startsWith(awal),
  );
}

/** Whether the unit's latest sign-off Log row is a sign-off (not taken back since). */
export function unitDisahkan(log: readonly BarisLog[], kode: string): boolean {
  const terakhir = [...milikUnit(log, AKSI_UNIT.disahkan, kode), ...milikUnit(log, AKSI_UNIT.dibuka, kode)].sort(
    (a, b) => log.indexOf(a) - log.indexOf(b),
  );
  return terakhir[terakhir.length - 1]?.aksi === AKSI_UNIT.disahkan;
}

/** The id of the unit's next sign-off or reopening: "unit-disahkan-PSPFM", "unit-disahkan-PSPFM-2", "unit-dibuka-PSPFM-1". */
export function idUnit(log: readonly BarisLog[], aksi: (typeof AKSI_UNIT)[keyof typeof AKSI_UNIT], kode: string) {
  const n = milikUnit(log, aksi, kode).length + 1;
  return aksi === AKSI_UNIT.disahkan && n === 1 ? `${aksi}-${kode}` : `${aksi}-${kode}-${n}`;
}

/**
 * The rows of a signed-off unit that no longer hold the values its Kabid validated (changed, or "Valid" typed into
 * the sheet after the sign-off): a Rekap or a document built from them would carry what no Kabid validated. Empty
 * when the unit is not signed off, or every filled row is as validated.
 */
export function barisTakSesuaiPengesahan(log: readonly BarisLog[], kode: string, rows: readonly BarisUnit[]): number[] {
  if (!unitDisahkan(log, kode)) return [];
  return rows.filter((b) => !barisKosong(b.baris) && keadaanBaris(b).jenis !== 'valid').map((b) => b.baris.rowNumber);
}
