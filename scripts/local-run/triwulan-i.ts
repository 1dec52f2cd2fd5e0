/**
 * The office's Triwulan I 2026 cycle, before the scenario's Triwulan II: started from the workbook's menu, its step 2
 * finished by the one who carries it (so the year's SOP monitoring does not count it as open since April), each unit's
 * realisasi written into its form and the Rekap consolidated. Triwulan II then cumulates its counts and averages from
 * this cycle's forms.
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { ORANG } from '../../tests/harness/kantor';
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { wib } from './waktu';

const KOLOM_REALISASI = formulirJson.kolom.findIndex((k) => k.isi === 'realisasi') + 1;

/** Plays the Triwulan I cycle on `s` (the workbook only, no cycle yet); returns its spreadsheet id. */
export function mainkanTriwulanI(s: Siklus): string {
  const tw1 = skenario.triwulanSebelumnya;
  s.world.clock.set(wib(tw1.mulai));
  const id = s.mulaiSiklus(tw1.periode, { disposisi: tw1.disposisi });
  if (!id) throw new Error(`Siklus ${tw1.periode} tidak terbentuk.`);
  const langkahDua = skenario.langkah[1];
  s.panggil('selesaiLangkah', { oleh: langkahDua.oleh, pada: wib(tw1.selesaiLangkah2), di: id }, langkahDua.no);
  s.sebagai(
    skenario.pembuatSiklus,
    (ss) => {
      for (const [kode, realisasi] of Object.entries(tw1.realisasi)) {
        ss.getSheetByName(`Form ${kode}`)!
          .getRange(2, KOLOM_REALISASI, realisasi.length, 1)
          .setValues(realisasi.map((r) => [r]));
      }
    },
    id,
  );
  s.panggil('konsolidasi', { oleh: ORANG.anggota, pada: wib(tw1.rekap), di: id });
  return id;
}
