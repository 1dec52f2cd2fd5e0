import { CanAct } from './kejadian-langkah';
import { SopStep } from '../sop/types';

/**
 * Who may write the add-in's tracking tabs: everyone whose click records a step (the add-in runs as the person who
 * clicks), i.e. everyone the role function lets act on at least one step.
 */
export function penyuntingPelacakan(
  orang: readonly { email: string }[],
  langkah: readonly SopStep[],
  canAct: CanAct,
): string[] {
  const email = orang.map((o) => o.email.trim().toLowerCase()).filter(Boolean);
  return [...new Set(email)].filter((e) => langkah.some((s) => canAct(e, s))).sort();
}
