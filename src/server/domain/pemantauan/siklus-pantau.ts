/** A registered cycle as the monitoring reads it (gateways/sheets/pemantauan-read.ts): only read, never written. */
import type { IsiLog } from '../pelacakan/log';
import type { Pengaturan } from '../pengaturan/types';

/** A reading that worked, or the message (Bahasa Indonesia) of why it did not. */
export type Bacaan<T> = { ok: true; nilai: T } | { ok: false; alasan: string };

export interface SiklusPantau {
  /** archived and closed (step 14) */
  ditutup: boolean;
  pengaturan: Bacaan<Pengaturan>;
  /** with the sheet row of each Log ID, for naming the row of a refused event */
  log: Bacaan<{ isi: IsiLog; barisId: ReadonlyMap<string, number> }>;
  /** the Rekap tab's values; null while no Rekap has been made */
  rekap: unknown[][] | null;
}

/** One registry entry with what reading it gave. */
export interface SiklusTerbaca {
  kunci: string;
  spreadsheetId: string;
  bacaan: Bacaan<SiklusPantau>;
}
