import { barisDariFormulir } from '../../domain/data/rekap/baca-formulir';
import { bacaIndikator } from '../../domain/data/rekap/baca-indikator';
import { sampaiPeriode } from '../../domain/data/rekap/baris-rekap';
import {
  kunciIndikator,
  type RealisasiLalu,
  type RiwayatTriwulan,
  type SumberTriwulan,
} from '../../domain/data/rekap/ukur-periode';
import { type Sampai, triwulanDibutuhkan } from '../../domain/indikator/kumulasi';
import { namaTabFormulir } from '../../domain/layout';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { kunciPeriode, labelPeriode, type Periode } from '../../domain/siklus/periode';
import { TEMPLAT } from '../../domain/templat';
import { cariBerkasBernama } from '../../gateways/drive/files';
import { daftarSiklus } from '../../gateways/script/cycle-registry';
import {
  bukaSiklusTerdaftar,
  namaSpreadsheetSiklus,
  siklusSetahunTercatat,
} from '../../gateways/sheets/cycle-spreadsheet';
import { bacaTabFormulirUnit } from '../../gateways/sheets/formulir-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';

/**
 * The realisasi of the earlier triwulan cycles of the year that this period's indicators need to date (none for a
 * method that takes the period's own value), and with `denganSebelumnya` those the triwulan before needs: each cycle found through the registry, the ids the cycle recorded when it was
 * started, else by its name in Drive, checked by its period tag, and its unit forms read once (read only).
 */
export function bacaRiwayatTriwulan(
  ss: Spreadsheet,
  periode: Periode,
  p: Pengaturan,
  denganSebelumnya = false,
): RiwayatTriwulan {
  const sampai = sampaiPeriode(periode);
  // with the triwulan before this one too, for the document, which shows its capaian beside this period's
  const sebelumnya =
    denganSebelumnya && sampai !== 'tahunan' && sampai > 1 ? ([sampai, sampai - 1] as const) : ([sampai] as const);
  const perlu = new Set(
    p.perjanjianKinerja.flatMap((i) => sebelumnya.flatMap((s) => triwulanDibutuhkan(i.metode, s as Sampai))),
  );
  if (sampai !== 'tahunan') perlu.delete(sampai);
  const riwayat = new Map<number, SumberTriwulan>();
  if (!perlu.size) return riwayat;
  const tercatat = siklusSetahunTercatat(ss);
  for (const n of [...perlu].sort()) {
    const lalu: Periode = { tahun: periode.tahun, jenis: 'Triwulan', triwulan: n as 1 | 2 | 3 | 4 };
    const siklus = cariSiklus(lalu, p, tercatat);
    riwayat.set(
      n,
      siklus
        ? { ada: true, realisasi: realisasiSiklus(siklus, p, labelPeriode(lalu)) }
        : {
            ada: false,
            alasan: `Siklus ${labelPeriode(lalu)} tidak ditemukan; capaian s.d. periode ini belum dapat dihitung.`,
          },
    );
  }
  return riwayat;
}

/** Through the registry (run from the workbook), the ids this cycle recorded when it was started, else Drive. */
function cariSiklus(periode: Periode, p: Pengaturan, tercatat: Readonly<Record<string, string>>): Spreadsheet | null {
  const kunci = kunciPeriode(periode);
  const calon = [
    ...[daftarSiklus().cari(kunci), tercatat[kunci]].filter((id): id is string => Boolean(id)),
    ...cariBerkasBernama(namaSpreadsheetSiklus(periode, p))
      .filter((f) => f.mimeType === MIME_SHEETS)
      .map((f) => f.id),
  ];
  for (const id of calon) {
    const siklus = bukaSiklusTerdaftar(id, kunci);
    if (siklus?.bertanda) return siklus.ss;
  }
  return null;
}

/** Every configured unit's realisasi in that cycle, by indicator; a unit without a form there has none. */
function realisasiSiklus(ss: Spreadsheet, p: Pengaturan, label: string): Map<string, RealisasiLalu> {
  const hasil = new Map<string, RealisasiLalu>();
  const tab = new Set(ss.getSheets().map((s) => s.getName()));
  for (const u of p.unitKerja.filter((unit) => tab.has(namaTabFormulir(unit.kode)))) {
    for (const b of barisDariFormulir(TEMPLAT.formulir, bacaTabFormulirUnit(ss, u.kode))) {
      const i = bacaIndikator(b);
      if (!i?.indikator) continue;
      const asal = `${i.tab} baris ${i.rowNumber}, siklus ${label}`;
      hasil.set(kunciIndikator(u.kode, i.indikator), { nilai: i.realisasi, asal });
    }
  }
  return hasil;
}
