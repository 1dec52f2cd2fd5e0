import type { StepEvent } from '../../domain/pelacakan/kejadian-langkah';
import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { namaTabFormulir } from '../../domain/layout';
import { type Pengaturan } from '../../domain/pengaturan/types';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { bacaIsiFormulir, judulKolomFormulir, type IsiFormulirUnit } from '../../domain/data/validasi/baris-formulir';
import { idUnit, unitDisahkan } from '../../domain/data/validasi/pengesahan';
import {
  rekonsiliasiUnit,
  sahValid,
  type HasilRekonsiliasi,
  type KonteksCatatan,
  type TulisValidasi,
} from '../../domain/data/validasi/status-validasi';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { a1Sel, sorotSel } from '../../gateways/sheets/formulir-highlight';
import { bolehTulisValidasi, tulisSelValidasi } from '../../gateways/sheets/validasi-columns';
import { TEMPLAT } from '../../domain/templat';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import {
  konteksPelacakan,
  langkahAksi,
  type Kejadian,
  type KonteksPelacakan,
} from '../../domain/pelacakan/langkah-aksi';
import { AKSI_UNIT } from '../../domain/pelacakan/aksi-log';
import type { LogTidakUtuh } from '../../domain/pelacakan/periksa-segel';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Step 7 of the SOP, the Kabid's validation, inside Sheets. Each form row carries the Kabid's Validasi, Catatan Kabid
 * and a fingerprint of the values validated (see domain/validation/sidik.ts), in columns only the unit's Kabid may
 * change (a range protection, and the Kabid check of every endpoint).
 *
 * When a validated row is edited, its validation is taken away visibly ("Perlu dicek ulang", coloured by a
 * conditional format, logged as 'validasi-batal' with the fields that changed):
 * - at once, by the installable onEdit trigger (pemicuSaatDiedit), which knows who typed (e.user). An add-on may
 *   create triggers only for the document it is open in, so the trigger is installed when the Tim SAKIP runs the
 *   validation from inside the cycle spreadsheet, not when the cycle is created from the office's workbook;
 * - at the latest on the next read of the unit (validasiData, tandaiBaris, sahkanUnit), which cannot know who typed.
 * The reset writes the Kabid's cells, so it is written by runs that may (the Kabid, the file's owner, whoever set the
 * protection, i.e. the trigger of the cycle's creator); any other run still logs it, reports it in Temuan, counts the
 * row as not valid and leaves the cell to the next run that may write it.
 *
 * A unit's sign-off (sahkanUnit) is a Log row; an edit after sign-off reopens the unit ('unit-dibuka') and, when
 * step 7 was finished, reopens the step too: the data handed on in step 8 must be the validated data. Step 7 is
 * started by the first Kabid action and finished when every unit is signed off (steps from aksi-langkah.json).
 */

/** A cycle spreadsheet with what every validation action reads first: settings, Log, who runs, when. */
export interface Siklus {
  ss: Spreadsheet;
  p: Pengaturan;
  konteks: KonteksPelacakan;
  log: BarisLog[];
  events: StepEvent[];
  /** where the Log is not as the add-in wrote it */
  logTidakUtuh: LogTidakUtuh[];
  nowMs: number;
  oleh: string;
}

export function bukaSiklus(spreadsheetId: string, oleh: string): Siklus {
  return muatSiklus(bukaSiklusKantor(spreadsheetId), oleh);
}

export function muatSiklus(ss: Spreadsheet, oleh: string): Siklus {
  const p = bacaPengaturanSiklus(ss);
  const { baris: log, events, tidakSah = [] } = bacaTabLog(ss, TEMPLAT.log);
  return { ss, p, konteks: konteksPelacakan(p), log, events, logTidakUtuh: tidakSah, nowMs: Date.now(), oleh };
}

/** One unit's form as read now, and what bringing its validation bookkeeping up to date changes. */
export interface PeriksaanUnit {
  kode: string;
  sheet: Sheet;
  isi: IsiFormulirUnit;
  rek: HasilRekonsiliasi;
  konteks: KonteksCatatan;
}

/** `dibaca`: the tab and its values when the caller already read them (the Temuan check reads each form once). */
export function periksaUnit(
  s: Siklus,
  kode: string,
  pengetik: string | null,
  logTambahan: readonly BarisLog[],
  dibaca?: { sheet: Sheet; nilai: unknown[][] },
): PeriksaanUnit {
  const tab = namaTabFormulir(kode);
  const sheet = dibaca?.sheet ?? s.ss.getSheetByName(tab);
  if (!sheet) throw new Error(`Tab "${tab}" untuk unit ${kode} (tab Pengaturan, Unit Kerja) tidak ada.`);
  const isi = bacaIsiFormulir(TEMPLAT.formulir, dibaca?.nilai ?? sheet.getDataRange().getValues(), kode, tab);
  const konteks: KonteksCatatan = {
    kode,
    langkah: langkahAksi('tandaiBaris'),
    oleh: s.oleh,
    pengetik,
    nowMs: s.nowMs,
    log: [...s.log, ...logTambahan],
    judulKolom: judulKolomFormulir(TEMPLAT.formulir),
  };
  return { kode, sheet, isi, rek: rekonsiliasiUnit(isi.rows, konteks), konteks };
}

/** Every filled row is valid (once the reconciliation is written). */
function semuaValid(u: PeriksaanUnit): boolean {
  return u.rek.keadaan.length > 0 && u.rek.keadaan.every((k) => sahValid(k.keadaan));
}

/** An edit that took a signed-off unit's validation away reopens it (a Log row), and step 7 when it was finished. */
export function bukaKembaliBilaPerlu(s: Siklus, u: PeriksaanUnit, log: BarisLog[], kejadian: Kejadian[]): void {
  const semua = [...s.log, ...log];
  if (semuaValid(u) || !unitDisahkan(semua, u.kode)) return;
  log.push(
    barisLog(
      { oleh: u.konteks.pengetik ?? s.oleh, at: detik(s.nowMs), langkah: langkahAksi('sahkanUnit') },
      AKSI_UNIT.dibuka,
      idUnit(semua, AKSI_UNIT.dibuka, u.kode),
      `Unit ${u.kode} dibuka kembali: ada baris di tab "${u.sheet.getName()}" yang tidak lagi valid.`,
    ),
  );
  const langkah = s.konteks.langkah.find((l) => l.no === langkahAksi('sahkanUnit'));
  if (langkah && statusLangkah(s, langkahAksi('sahkanUnit')) === 'selesai' && s.konteks.canAct(s.oleh, langkah)) {
    const note = `unit ${u.kode} dibuka kembali karena data berubah setelah disahkan`;
    kejadian.push({
      permintaan: { type: 'buka-kembali', step: langkahAksi('sahkanUnit'), note },
      oleh: s.oleh,
      at: s.nowMs,
    });
  }
}

export function statusLangkah(s: Siklus, no: number) {
  return deriveStepStates(s.konteks.langkah, s.events).find((st) => st.no === no)?.status ?? 'belum';
}

export const detik = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * Highlights the cells changed after validation, then writes the unit's validation cells when the run may: in this
 * order, so that a run stopped in between leaves the reset still to do, and the re-run highlights again.
 */
export function tulisUnit(u: PeriksaanUnit, tulis: readonly TulisValidasi[]): void {
  const sel = u.rek.berubah.flatMap((b) => b.kolom.map((k) => [b.rowNumber, u.isi.kolom.get(k) as number] as const));
  sorotSel(u.sheet, new Map([[TEMPLAT.warnaSorot.validasiBatal, a1Sel(sel)]]));
  if (tulis.length && bolehTulisValidasi(u.sheet, u.kode)) tulisSelValidasi(u.sheet, u.isi.kolom, u.isi.rows, tulis);
}

export const HANDLER_PEMICU_EDIT = 'pemicuSaatDiedit';
