/**
 * One unit's indicator rows of a cycle's Rekap tab, for the panel's trend: the Unit column read once to find the
 * unit's rows (the Rekap groups its table by unit), then only those rows, up to the Capaian column. Two reads of a
 * few hundred cells whatever the size of the office, instead of the whole tab.
 */
import { bacaIndikatorRekap, type IndikatorRekap } from '../../domain/pemantauan/baca-rekap';
import { posisiKolom } from '../../domain/layout';
import { TEMPLAT } from '../../domain/templat';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const KOLOM_UNIT = posisiKolom(TEMPLAT.rekap, 'unit');
const KOLOM_CAPAIAN = posisiKolom(TEMPLAT.rekap, 'capaian');
const JUDUL = TEMPLAT.rekap.kolom.slice(0, KOLOM_CAPAIAN).map((k) => k.judul);

const teks = (v: unknown) => String(v ?? '').trim();

/** [] while the cycle has no Rekap, or the unit has no row in it; throws, naming the tab, when its header moved. */
export function bacaRekapUnit(ss: Spreadsheet, kode: string): IndikatorRekap[] {
  const sheet = ss.getSheetByName(TEMPLAT.rekap.nama);
  const akhir = sheet?.getLastRow() ?? 0;
  if (!sheet || akhir < 2) return [];
  const unit = sheet.getRange(1, KOLOM_UNIT, akhir, 1).getValues();
  if (teks(unit[0][0]) !== JUDUL[KOLOM_UNIT - 1]) {
    throw new Error(`Tab "${TEMPLAT.rekap.nama}" baris 1: kolom ${KOLOM_UNIT} bukan "${JUDUL[KOLOM_UNIT - 1]}".`);
  }
  // the indicator table ends at its first empty row; the summaries below it name units too
  const tabel = unit.findIndex((r, i) => i > 0 && teks(r[0]) === '');
  const baris = unit.slice(0, tabel < 0 ? undefined : tabel).flatMap((r, i) => (teks(r[0]) === kode ? [i] : []));
  if (!baris.length) return [];
  const [awal, sampai] = [baris[0], baris[baris.length - 1]];
  const nilai = sheet.getRange(awal + 1, 1, sampai - awal + 1, KOLOM_CAPAIAN).getValues();
  return bacaIndikatorRekap([JUDUL, ...nilai], TEMPLAT.rekap).filter((b) => b.unit === kode);
}
