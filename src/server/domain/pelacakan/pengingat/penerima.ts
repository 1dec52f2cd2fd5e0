import type { Orang, Pengaturan } from '../../pengaturan/types';
import type { SopStep } from '../../sop/types';

/**
 * The people holding a step's pelaksana role (Pengaturan's pelaksanaLangkah, else the SOP's default), with an email.
 * For a per-unit role such as Kabid that is every unit's holder.
 */
export function orangPelaksana(pengaturan: Pick<Pengaturan, 'orang' | 'pelaksanaLangkah'>, step: SopStep): Orang[] {
  const peran = (pengaturan.pelaksanaLangkah[step.no] ?? step.pelaksana).trim().toLowerCase();
  return pengaturan.orang.filter((o) => o.email.trim() !== '' && o.peran.some((p) => p.trim().toLowerCase() === peran));
}

/** The emails of the step's pelaksana. */
export function pemegangPelaksana(pengaturan: Pick<Pengaturan, 'orang' | 'pelaksanaLangkah'>, step: SopStep): string[] {
  return orangPelaksana(pengaturan, step).map((o) => o.email.trim());
}
