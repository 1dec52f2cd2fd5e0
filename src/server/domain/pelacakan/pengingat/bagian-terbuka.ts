import type { BarisLog } from '../log';
import type { Orang, Pengaturan } from '../../pengaturan/types';
import { kabidUnit, orangUnit } from '../../pengaturan/peran';
import { unitDisahkan } from '../../data/validasi/pengesahan';
import { statusFormulirUnit } from '../../formulir/status-distribusi';

/**
 * The steps carried by several people, one part per unit kerja: the Kabid's sign-off (each Kabid signs their own unit
 * off) and the data collection (each unit fills its form). Found from the SOP data by the caller: the step the
 * sign-off action finishes, and the other steps of the Peringatan SOP about the data collection.
 */
export interface LangkahPerUnit {
  pengesahan: number;
  pengumpulan: readonly number[];
}

/** A unit whose part of a step is still open, and the people it is theirs to do. */
export interface BagianTerbuka {
  kode: string;
  nama: string;
  orang: Orang[];
}

/**
 * The open parts of a step carried unit by unit, or null for a step carried as a whole. Sign-off: the units not
 * signed off in the Log ('unit-disahkan'), their Kabid; data collection: the units whose form is not marked done,
 * everyone of the unit (null once every form is in).
 */
export function bagianTerbuka(
  langkah: number,
  per: LangkahPerUnit,
  p: Pengaturan,
  log: readonly BarisLog[],
): BagianTerbuka[] | null {
  const punyaEmail = (o: Orang | null): o is Orang => o !== null && o.email.trim() !== '';
  if (langkah === per.pengesahan) {
    return p.unitKerja
      .filter((u) => !unitDisahkan(log, u.kode))
      .map((u) => ({ ...u, orang: [kabidUnit(p, u.kode)].filter(punyaEmail) }));
  }
  if (!per.pengumpulan.includes(langkah)) return null;
  const belum = p.unitKerja
    .filter((u) => statusFormulirUnit(log, u.kode).selesaiDiisi === null)
    .map((u) => ({ ...u, orang: orangUnit(p, u.kode).filter(punyaEmail) }));
  // every form is in: what is left of the step is its pelaksana's own work, as for a step carried as a whole
  return belum.length ? belum : null;
}
