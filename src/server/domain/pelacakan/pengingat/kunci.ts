/**
 * How the Log remembers reminders. Each reminder has a key "pengingat-<langkah>-<putaran>"; the Log rows that concern
 * it carry the key at the start of their ID. A key that appears in any such row has been handled and is never sent
 * again, whatever the row's outcome.
 */
export const AKSI_PENGINGAT = {
  /** written before the mail goes out: the reminder is claimed */
  dijadwalkan: 'pengingat-dijadwalkan',
  /** written after MailApp accepted the mail */
  dikirim: 'pengingat-dikirim',
  /** written when MailApp refused the mail (the reason in Rincian); it is not retried */
  gagal: 'pengingat-gagal',
} as const;

export interface KunciPengingat {
  langkah: number;
  /** which stretch of work of the step: 1 for the first start, 2 after the first reopen, … */
  putaran: number;
}

export function kunciPengingat(k: KunciPengingat): string {
  return `pengingat-${k.langkah}-${k.putaran}`;
}

const POLA_KUNCI = /^pengingat-(\d+)-(\d+)(?:\/|$)/;

const AKSI_SEMUA: readonly string[] = Object.values(AKSI_PENGINGAT);

/** The reminders a Log already records (claimed, sent or failed), from its rows' Aksi and ID. */
export function pengingatTercatat(baris: readonly { aksi: string; id: string }[]): KunciPengingat[] {
  const hasil: KunciPengingat[] = [];
  for (const b of baris) {
    const m = AKSI_SEMUA.includes(b.aksi) ? POLA_KUNCI.exec(b.id) : null;
    if (m) hasil.push({ langkah: Number(m[1]), putaran: Number(m[2]) });
  }
  return hasil;
}
