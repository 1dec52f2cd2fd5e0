import peringatanJson from '../../../../sheets-templates/pelacakan-peringatan.json';
import logJson from '../../../../sheets-templates/tab-log.json';
import pelacakanJson from '../../../../sheets-templates/tab-pelacakan.json';
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
export function muatTemplatPelacakan(sop: SopTemplate): TemplatPelacakan {
  const log = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
  const judul = log.kolom.map((k) => k.judul).join(', ');
  const harus = Object.values(KOLOM_LOG).join(', ');
  if (judul !== harus) {
    throw new Error(`sheets-templates/tab-log.json tidak sah: kolom harus ${harus}, bukan ${judul}.`);
  }
  return {
    log,
    pelacakan: parseTampilanPelacakan(pelacakanJson, 'sheets-templates/tab-pelacakan.json'),
    peringatan: parsePeringatanPelacakan(peringatanJson, 'sheets-templates/pelacakan-peringatan.json', sop),
  };
}
