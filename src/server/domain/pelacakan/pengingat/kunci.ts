import { AKSI_ESKALASI, AKSI_PENGINGAT } from '../aksi-log';

export interface KunciPengingat {
  langkah: number;
  /** which stretch of work of the step: 1 for the first start, 2 after the first reopen, … */
  putaran: number;
}

/** A reminder to the late people, or an escalation to the people above them. */
export type JenisPengingat = 'pengingat' | 'eskalasi';

const AKSI: Record<JenisPengingat, readonly string[]> = {
  pengingat: Object.values(AKSI_PENGINGAT),
  eskalasi: Object.values(AKSI_ESKALASI),
};

/** "pengingat-7-1", "eskalasi-7-1": the Log ID that makes each of them happen at most once per step and putaran. */
export function kunciPeringatan(jenis: JenisPengingat, k: KunciPengingat): string {
  return `${jenis}-${k.langkah}-${k.putaran}`;
}

export function kunciPengingat(k: KunciPengingat): string {
  return kunciPeringatan('pengingat', k);
}

/** The reminders (or escalations) a Log already records (claimed, sent or failed), from its rows' Aksi and ID. */
export function pengingatTercatat(
  baris: readonly { aksi: string; id: string }[],
  jenis: JenisPengingat = 'pengingat',
): KunciPengingat[] {
  const pola = new RegExp(`^${jenis}-(\\d+)-(\\d+)(?:/|$)`);
  const hasil: KunciPengingat[] = [];
  for (const b of baris) {
    const m = AKSI[jenis].includes(b.aksi) ? pola.exec(b.id) : null;
    if (m) hasil.push({ langkah: Number(m[1]), putaran: Number(m[2]) });
  }
  return hasil;
}
