import { CanAct, JenisKejadian, StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { localMs } from '../../../src/server/domain/zona-waktu';
/** Role -> people, as an office would configure it (SKENARIO.md). */
const PERAN: Record<string, string[]> = {
  'Kepala Dinsospermasdes': ['kepala@contoh.go.id'],
  Sekretaris: ['sekretaris@contoh.go.id'],
  'Sek. Tim Sakip': ['sakip.sekretaris@contoh.go.id'],
  'Anggota Tim Sakip': ['sakip.anggota@contoh.go.id'],
};

export const canAct: CanAct = (email, step) => PERAN[step.pelaksana]?.includes(email) ?? false;

export const KEPALA = 'kepala@contoh.go.id';
export const SEK_SAKIP = 'sakip.sekretaris@contoh.go.id';
export const ANGGOTA = 'sakip.anggota@contoh.go.id';

let nomor = 0;

/** An event at a WIB wall-clock time in August 2026. */
export function ev(
  type: JenisKejadian,
  step: number,
  by: string,
  [tanggal, jam, menit]: [number, number, number],
  extra: Partial<StepEvent> = {},
): StepEvent {
  return { id: `e${++nomor}`, type, step, by, at: localMs(2026, 8, tanggal, jam, menit), ...extra };
}

/** The person who holds a step's pelaksana role. */
export function orangUntuk(step: { pelaksana: string }): string {
  return PERAN[step.pelaksana][0];
}
