import { AKSI_PENGINGAT } from '../aksi-log';

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
