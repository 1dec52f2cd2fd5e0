/** The panel's history: the latest Log rows, newest first, with people by name. Pure. */
import type { RiwayatPanel } from '../../../shared/api';
import { formatWaktuLokal } from '../format/tanggal';
import type { BarisLog } from '../pelacakan/log';
import { uraianAksi } from '../pelacakan/uraian-aksi';
import type { Pengaturan } from '../pengaturan/types';
import { orangPanel } from './orang-panel';

const JUMLAH_RIWAYAT = 10;

/** "Langkah 4 dimulai" for a step event, the action's words otherwise. */
function apa(b: BarisLog): string {
  const kata = uraianAksi(b.aksi);
  return b.langkah !== null && /^Langkah /.test(kata) ? kata.replace(/^Langkah /, `Langkah ${b.langkah} `) : kata;
}

export function riwayatDariLog(log: readonly BarisLog[], p: Pengaturan, n = JUMLAH_RIWAYAT): RiwayatPanel[] {
  // reversed first: rows of the same second keep the Log's order, the later one on top
  return [...log]
    .reverse()
    .sort((a, b) => b.waktu - a.waktu)
    .slice(0, n)
    .map((b) => ({
      waktuTeks: formatWaktuLokal(b.waktu),
      oleh: orangPanel(p, b.pengguna),
      uraian: b.rincian ? `${apa(b)}: ${b.rincian}` : apa(b),
    }));
}
