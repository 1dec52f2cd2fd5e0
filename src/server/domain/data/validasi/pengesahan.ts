import type { BarisLog } from '../../pelacakan/log';
import { AKSI_UNIT } from '../../pelacakan/aksi-log';

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
