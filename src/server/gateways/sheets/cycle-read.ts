/** A cycle spreadsheet as the document and closing actions read it: once, under the lock. */
import type { StepEvent } from '../../domain/pelacakan/kejadian-langkah';
import type { BarisLog } from '../../domain/pelacakan/log';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { parsePeriode, type Periode } from '../../domain/siklus/periode';
import { TEMPLAT } from '../../domain/templat';
import { bacaTandaSiklus } from './cycle-metadata';
import { bacaTabLog } from './log-tab';
import { bacaPengaturanSiklus } from './pengaturan-tab';
import { bukaSiklusKantor } from './cycle-registered';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SiklusDokumen {
  ss: Spreadsheet;
  p: Pengaturan;
  periode: Periode;
  log: BarisLog[];
  events: StepEvent[];
}

export function bacaSiklusDokumen(spreadsheetId: string): SiklusDokumen {
  const ss = bukaSiklusKantor(spreadsheetId);
  const periode = periodeSiklus(ss);
  const log = bacaTabLog(ss, TEMPLAT.log);
  return { ss, p: bacaPengaturanSiklus(ss), periode, log: log.baris, events: log.events };
}

/** The period a cycle spreadsheet is tagged with; refuses a spreadsheet that is not a cycle. */
export function periodeSiklus(ss: Spreadsheet): Periode {
  const tanda = bacaTandaSiklus(ss);
  const periode = tanda ? parsePeriode(tanda.kunci) : null;
  if (!periode?.ok) throw new Error(`Spreadsheet "${ss.getName()}" bukan spreadsheet siklus Pengukuran Kinerja.`);
  return periode.periode;
}
