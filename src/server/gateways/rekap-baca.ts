import type { Rekap } from '../domain/consolidation';
import { bacaIndikator, barisDariFormulir, susunLembarRekap, susunRekap } from '../domain/consolidation';
import { SKALA_PREDIKAT_BAWAAN } from '../domain/indicators';
import type { Pengaturan } from '../domain/settings';
import { TEMPLAT } from '../templates';
import { bacaTabFormulirUnit } from './form-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Rekap the documents are built from: the units' forms consolidated by the domain exactly as the Konsolidasi
 * action does, accepted only when the Rekap tab shows that very Rekap (so what is signed is what the SAKIP team and the
 * Kabid saw). A form changed after the last consolidation, or no Rekap yet, is refused with what to do.
 */
export function bacaRekapTerkini(ss: Spreadsheet, p: Pengaturan): Rekap {
  const indikator = p.unitKerja.flatMap((u) =>
    barisDariFormulir(TEMPLAT.formulir, bacaTabFormulirUnit(ss, u.kode)).flatMap((b) => bacaIndikator(b) ?? []),
  );
  const rekap = susunRekap(indikator, {
    urutanUnit: p.unitKerja.map((u) => u.kode),
    kebijakan: p.capaian,
    skala: SKALA_PREDIKAT_BAWAAN,
  });
  const harus = susunLembarRekap(rekap, TEMPLAT.rekap).nilai;
  const tab = ss.getSheetByName(TEMPLAT.rekap.nama);
  const ada = tab ? tab.getDataRange().getValues() : [];
  const beda = harus.findIndex((baris, r) => baris.some((v, c) => (ada[r]?.[c] ?? '') !== v));
  const lebih = ada.slice(harus.length).some((baris) => baris.some((v) => v !== ''));
  if (!tab || beda >= 0 || lebih) {
    const letak = beda >= 0 ? ` (berbeda mulai baris ${beda + 1})` : '';
    throw new Error(
      `Tab "${TEMPLAT.rekap.nama}" belum memuat Rekap terbaru dari formulir unit${letak}. ` +
        'Jalankan Konsolidasi dahulu, lalu buat dokumen lagi.',
    );
  }
  return rekap;
}
