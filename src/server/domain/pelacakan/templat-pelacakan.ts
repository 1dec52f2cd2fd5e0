import { JUDUL_SEGEL } from './segel-log';
import { TataLetakTab, parseTataLetak } from '../layout';
import { SopTemplate } from '../sop/types';
import { JUDUL_URAIAN_AKSI, KOLOM_LOG } from './log';
import { PeringatanPelacakan, TampilanPelacakan, parsePeringatanPelacakan, parseTampilanPelacakan } from './tampilan';

export interface TemplatPelacakan {
  log: TataLetakTab;
  pelacakan: TampilanPelacakan;
  peringatan: PeringatanPelacakan;
}

/**
 * The tracking data of sheets-templates/ (Log and Pelacakan layouts, the Peringatan condition), checked against the
 * SOP they serve. The Log must carry exactly the headers bacaLog reads, the action's words for people and the seal.
 */
export function muatTemplatPelacakan(
  sumber: { log: unknown; pelacakan: unknown; peringatan: unknown },
  sop: SopTemplate,
): TemplatPelacakan {
  const log = parseTataLetak(sumber.log, 'sheets-templates/tab-log.json');
  const judul = log.kolom.map((k) => k.judul);
  const harus: string[] = [...Object.values(KOLOM_LOG), JUDUL_URAIAN_AKSI, JUDUL_SEGEL];
  if (judul.length !== harus.length || !harus.every((j) => judul.includes(j))) {
    throw new Error(
      `sheets-templates/tab-log.json tidak sah: kolom harus ${harus.join(', ')}, bukan ${judul.join(', ')}.`,
    );
  }
  return {
    log,
    pelacakan: parseTampilanPelacakan(sumber.pelacakan, 'sheets-templates/tab-pelacakan.json'),
    peringatan: parsePeringatanPelacakan(sumber.peringatan, 'sheets-templates/pelacakan-peringatan.json', sop),
  };
}
