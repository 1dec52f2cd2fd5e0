/**
 * The office's earlier cycles, played in short before the scenario's Triwulan II 2026: each started from the
 * workbook's menu, its step 2 finished by the one who carries it (so the SOP monitoring does not count it as open for
 * months), each unit's realisasi written into its form and the Rekap consolidated. Triwulan II then cumulates its counts
 * and averages from Triwulan I's forms; the 2025 cycles give the Tren Kinerja tab a year before.
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { ORANG } from '../../tests/harness/kantor';
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { wib } from './waktu';

const KOLOM = (isi: string) => formulirJson.kolom.findIndex((k) => k.isi === isi);
const [KOLOM_TARGET, KOLOM_REALISASI] = [KOLOM('target'), KOLOM('realisasi')];
const RENTANG = /^(\d+(?:[.,]\d+)?)\s*[–-]\s*(\d+(?:[.,]\d+)?)$/;

interface SiklusRingkas {
  periode: string;
  mulai: string;
  disposisi: string;
  selesaiLangkah2: string;
  rekap: string;
  /**
   * per unit code, the realisasi of its indicators in Perjanjian Kinerja order; or a factor: each indicator's realisasi
   * is its target of the period (a range's middle) times it, to two decimals — a stated variation, not invented figures
   */
  realisasi: Record<string, number[]> | number;
}

function angka(teks: string): number {
  return Number(teks.replace(',', '.'));
}

/** The target of the period as a number: a range "15–25" by its middle. */
function nilaiTarget(target: unknown): number {
  const rentang = RENTANG.exec(String(target).trim());
  return rentang ? (angka(rentang[1]) + angka(rentang[2])) / 2 : Number(target);
}

function realisasiDariTarget(isi: readonly unknown[][], faktor: number): number[] {
  return isi
    .filter((r) => r[KOLOM_TARGET] !== '')
    .map((r) => Math.round(nilaiTarget(r[KOLOM_TARGET]) * faktor * 100) / 100);
}

/** Plays one short cycle on `s`; returns its spreadsheet id. */
function mainkan(s: Siklus, siklus: SiklusRingkas): string {
  s.world.clock.set(wib(siklus.mulai));
  const id = s.mulaiSiklus(siklus.periode, { disposisi: siklus.disposisi });
  if (!id) throw new Error(`Siklus ${siklus.periode} tidak terbentuk.`);
  const langkahDua = skenario.langkah[1];
  s.panggil('selesaiLangkah', { oleh: langkahDua.oleh, pada: wib(siklus.selesaiLangkah2), di: id }, langkahDua.no);
  s.sebagai(
    skenario.pembuatSiklus,
    (ss) => {
      for (const sheet of ss.getSheets().filter((t) => t.getName().startsWith('Form '))) {
        const realisasi =
          typeof siklus.realisasi === 'number'
            ? realisasiDariTarget(sheet.getDataRange().getValues().slice(1), siklus.realisasi)
            : siklus.realisasi[sheet.getName().slice('Form '.length)];
        sheet.getRange(2, KOLOM_REALISASI + 1, realisasi.length, 1).setValues(realisasi.map((r) => [r]));
      }
    },
    id,
  );
  s.panggil('konsolidasi', { oleh: ORANG.anggota, pada: wib(siklus.rekap), di: id });
  return id;
}

/** The four 2025 cycles, then Triwulan I 2026, on `s` (the workbook only, no cycle yet); the periods played. */
export function mainkanSiklusSebelumnya(s: Siklus): string[] {
  const semua: SiklusRingkas[] = [
    ...skenario.tahunSebelumnya.siklus.map((c) => ({ ...c, realisasi: c.faktor })),
    skenario.triwulanSebelumnya,
  ];
  for (const siklus of semua) mainkan(s, siklus);
  return semua.map((c) => c.periode);
}
