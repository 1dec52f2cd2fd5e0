import type { Pengaturan } from '../../pengaturan/types';
import type { SopStep } from '../../sop/types';

/**
 * The people a step's reminder goes to: everyone holding the step's pelaksana role (Pengaturan's pelaksanaLangkah,
 * else the SOP's default). For a per-unit role such as Kabid that is every unit's holder.
 */
export function pemegangPelaksana(pengaturan: Pick<Pengaturan, 'orang' | 'pelaksanaLangkah'>, step: SopStep): string[] {
  const peran = (pengaturan.pelaksanaLangkah[step.no] ?? step.pelaksana).trim().toLowerCase();
  return pengaturan.orang
    .filter((o) => o.email.trim() !== '' && o.peran.some((p) => p.trim().toLowerCase() === peran))
    .map((o) => o.email.trim());
}
