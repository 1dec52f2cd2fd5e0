/**
 * Ends of a retry that differ from the clean run as the add-in means them to (Siapan.terima): a mail goes at most
 * once, so a run cut off while one was going out leaves it uncertain and says so, rather than sending it twice.
 */
import type { World } from '../emulator/core/world';
import { sentMails } from '../emulator/services/mail';
import type { SamaKecuali } from './sapuan';

/** Mails `kepada` got whose subject contains `subjek`. */
export function surelKe(world: World, kepada: string, subjek: string): number {
  return sentMails(world).filter((m) => m.to.includes(kepada) && m.subject.includes(subjek)).length;
}

/** No one got the same mail (subject) twice. */
export function tanpaSurelGanda(world: World): boolean {
  const kunci = sentMails(world).flatMap((m) => m.to.map((to) => `${to} ${m.subject}`));
  return new Set(kunci).size === kunci.length;
}

/** The message of a retry's result, or of the error it ended with ({ galat }). */
function pesanUlang(hasil: unknown): string {
  const h = hasil as { pesan?: unknown; galat?: unknown } | undefined;
  return String(h?.pesan ?? h?.galat ?? '');
}

/** A mail of the action: `kepada` is to get it once (at most `paling` times in all, earlier ones counted). */
export interface SurelAksi {
  kepada: string;
  subjek: string;
  paling?: number;
}

/**
 * The by-design ends of an action that mails at most once, else null: the retry tells the user the mail is uncertain
 * (`tanda` in its message) and nobody got it more than once; or the mail was refused once and sent by the retry,
 * the refused attempt staying in the Log, everything else as in the clean run.
 */
export function surelBelumPasti(
  world: World,
  hasil: unknown,
  samaKecuali: SamaKecuali,
  tanda: string,
  { kepada, subjek, paling = 1 }: SurelAksi,
): string | null {
  const jumlah = surelKe(world, kepada, subjek);
  if (pesanUlang(hasil).includes(tanda) && jumlah <= paling && tanpaSurelGanda(world))
    return 'surel yang terputus tidak dikirim lagi; ulangannya menyebutnya belum pasti terkirim';
  if (jumlah === paling && samaKecuali('log')) return 'percobaan yang gagal tetap tercatat di Log; ulangannya mengirim';
  return null;
}
