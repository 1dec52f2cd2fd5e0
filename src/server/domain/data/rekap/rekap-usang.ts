import { formatHariTanggalJam } from '../../format/tanggal';
import { AKSI_REKAP } from '../../pelacakan/aksi-log';
import type { BarisLog } from '../../pelacakan/log';

/**
 * "Rekap lebih lama dari formulir: …" when a form or the Anggaran tab (`tab`) was edited after the last consolidation
 * recorded in the Log; undefined while the Rekap is current or there is none.
 */
export function pesanRekapUsang(
  diubah: { tab: string; waktu: number } | null,
  log: readonly BarisLog[],
): string | undefined {
  const rekap = log.filter((b) => b.aksi === AKSI_REKAP).pop();
  if (!diubah || !rekap || diubah.waktu <= rekap.waktu) return undefined;
  return (
    `Rekap lebih lama dari formulir: ${diubah.tab} diubah ${formatHariTanggalJam(new Date(diubah.waktu))} ` +
    'sesudah Rekap disusun. Jalankan Konsolidasi lagi.'
  );
}
