import { TataLetakTab, parseTataLetak } from '../layout';
import { SopTemplate } from '../sop/types';
import { KOLOM_LOG } from './log';
import { PeringatanPelacakan, TampilanPelacakan, parsePeringatanPelacakan, parseTampilanPelacakan } from './tampilan';

export interface TemplatPelacakan {
  log: TataLetakTab;
  pelacakan: TampilanPelacakan;
  peringatan: PeringatanPelacakan;
}

/**
 * The tracking data of sheets-templates/ (Log and Pelacakan layouts, the Peringatan condition), checked against the
 * SOP they serve. The Log must carry exactly the headers bacaLog reads.
 */
export function muatTemplatPelacakan(
  sumber: { log: unknown; pelacakan: unknown; peringatan: unknown },
  sop: SopTemplate,
): TemplatPelacakan {
  const log = parseTataLetak(sumber.log, 'sheets-templates/tab-log.json');
  const judul = log.kolom.map((k) => k.judul).join(', ');
  const harus = Object.values(KOLOM_LOG).join(', ');
  if (judul !== harus) {
    throw new Error(`sheets-templates/tab-log.json tidak sah: kolom harus ${harus}, bukan ${judul}.`);
  }
  return {
    log,
    pelacakan: parseTampilanPelacakan(sumber.pelacakan, 'sheets-templates/tab-pelacakan.json'),
    peringatan: parsePeringatanPelacakan(sumber.peringatan, 'sheets-templates/pelacakan-peringatan.json', sop),
  };
}
