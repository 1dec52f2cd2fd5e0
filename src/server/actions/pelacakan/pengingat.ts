import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import {
  AKSI_PENGINGAT,
  pemegangPelaksana,
  pengingatJatuhTempo,
  pengingatTercatat,
  susunEmailPengingat,
  type Pengingat,
} from '../../domain/pelacakan/pengingat';
import { izinLangkah } from '../../domain/pengaturan/peran';
import { terapkanPelaksana, type BarisLog } from '../../domain/pelacakan';
import { penyuntingPelacakan } from '../../domain/pelacakan/penyunting';
import { muatTemplatPelacakan } from '../../domain/pelacakan/templat-pelacakan';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog, tambahkanKeLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { TEMPLAT } from '../../domain/templat';
import { pengingatBatasPengisian } from '../formulir/pengingat-batas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HasilPengingat {
  /** mails MailApp accepted, one per reminder */
  dikirim: { spreadsheetId: string; kunci: string; penerima: string[] }[];
  /** reminders MailApp refused; they are not retried (at most once) */
  gagal: { spreadsheetId: string; kunci: string; alasan: string }[];
  /** due reminders left for a later run because the daily email quota would not cover them */
  ditunda: number;
  /** due reminders whose step role nobody holds in Pengaturan */
  tanpaPenerima: { spreadsheetId: string; kunci: string }[];
  /** cycles that could not be read, with the reason */
  dilewati: { spreadsheetId: string; alasan: string }[];
}

export const HANDLER_PEMICU_PENGINGAT = 'pemicuPengingatPerJam';
export const NAMA_PENGIRIM = 'Pengukuran Kinerja';
const PENGGUNA_SISTEM = 'sistem (pengingat otomatis)';
const AWALAN_REGISTRI = 'siklus:';

/**
 * The hourly reminder run: for each cycle, emails the pelaksana of every running step that has passed its target,
 * once per step and putaran (see domain/reminders), within the remaining daily email quota.
 *
 * At most once, never twice: under the document lock, each reminder is first claimed with a Log row
 * 'pengingat-dijadwalkan' (flushed), then mailed, then its outcome logged ('pengingat-dikirim' or 'pengingat-gagal').
 * A claimed reminder is never sent again. If the execution dies between the claim and the mail, that reminder is
 * lost rather than sent twice: a missed nudge costs less than a duplicate, and the tracking sheet still shows the
 * step as late.
 */
export function kirimPengingat(idSiklus: readonly string[]): HasilPengingat {
  return denganKunci(() => {
    const hasil: HasilPengingat = { dikirim: [], gagal: [], ditunda: 0, tanpaPenerima: [], dilewati: [] };
    let kuota = MailApp.getRemainingDailyQuota();
    for (const id of idSiklus) {
      try {
        const ss = SpreadsheetApp.openById(id);
        kuota = pengingatSiklus(ss, kuota, hasil);
        kuota = pengingatBatasPengisian(ss, kuota, hasil, PENGGUNA_SISTEM);
      } catch (e) {
        hasil.dilewati.push({ spreadsheetId: id, alasan: e instanceof Error ? e.message : String(e) });
      }
    }
    if (hasil.ditunda > 0) {
      console.warn(
        `Kuota email harian tidak cukup (sisa ${kuota} penerima): ${hasil.ditunda} pengingat ditunda ke jam berikutnya.`,
      );
    }
    for (const d of hasil.dilewati) console.warn(`Pengingat: spreadsheet ${d.spreadsheetId} dilewati. ${d.alasan}`);
    return hasil;
  });
}

/** Reminds what is due in one cycle; returns the quota left. */
function pengingatSiklus(ss: Spreadsheet, kuota: number, hasil: HasilPengingat): number {
  const sop = TEMPLAT.sop;
  const tabLog = muatTemplatPelacakan(sop).log;
  const isi = bacaTabLog(ss, tabLog);
  const pengaturan = bacaPengaturanSiklus(ss);
  const steps = terapkanPelaksana(sop.steps, pengaturan.pelaksanaLangkah);
  const keputusan = pengingatJatuhTempo({
    steps,
    states: deriveStepStates(steps, isi.events),
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    tercatat: pengingatTercatat(isi.baris),
    penerima: (step) => pemegangPelaksana(pengaturan, step),
  });
  const spreadsheetId = ss.getId();
  for (const p of keputusan.tanpaPenerima) hasil.tanpaPenerima.push({ spreadsheetId, kunci: p.kunci });

  const muat: Pengingat[] = [];
  for (const p of keputusan.kirim) {
    if (p.penerima.length > kuota) {
      hasil.ditunda += 1;
      continue;
    }
    kuota -= p.penerima.length;
    muat.push(p);
  }
  if (muat.length === 0) return kuota;

  const penyunting = penyuntingPelacakan(pengaturan.orang, steps, izinLangkah(pengaturan, sop));
  const catat = (baris: BarisLog[]) => tambahkanKeLog(ss, tabLog, baris, penyunting);
  catat(muat.map((p) => barisLog(AKSI_PENGINGAT.dijadwalkan, p, `Kepada ${daftar(p)}.`, '')));
  SpreadsheetApp.flush();
  const siklus = { namaSiklus: ss.getName(), url: ss.getUrl() };
  const hasilKirim = muat.map((p) => {
    try {
      MailApp.sendEmail({ to: p.penerima.join(','), name: NAMA_PENGIRIM, ...susunEmailPengingat(p, siklus) });
      hasil.dikirim.push({ spreadsheetId, kunci: p.kunci, penerima: p.penerima });
      return barisLog(AKSI_PENGINGAT.dikirim, p, `Terkirim kepada ${daftar(p)}.`, '/dikirim');
    } catch (e) {
      const alasan = e instanceof Error ? e.message : String(e);
      hasil.gagal.push({ spreadsheetId, kunci: p.kunci, alasan });
      return barisLog(AKSI_PENGINGAT.gagal, p, `Gagal dikirim kepada ${daftar(p)}: ${alasan}`, '/gagal');
    }
  });
  catat(hasilKirim);
  return kuota;
}

function daftar(p: Pengingat): string {
  return p.penerima.join(', ');
}

function barisLog(aksi: string, p: Pengingat, rincian: string, akhiranId: string): BarisLog {
  return {
    waktu: Date.now(),
    pengguna: PENGGUNA_SISTEM,
    aksi,
    langkah: p.langkah,
    rincian: `Putaran ${p.putaran}. ${rincian}`,
    id: p.kunci + akhiranId,
  };
}

/**
 * Installs the hourly reminder trigger for the current user in this document, unless the user has one already (in
 * any document: one hourly run per user is enough). An add-on may have one time-driven trigger per user per document,
 * run at most hourly.
 */
export function pasangPemicuPengingat(): { baru: boolean } {
  const ada = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === HANDLER_PEMICU_PENGINGAT);
  if (ada) return { baru: false };
  ScriptApp.newTrigger(HANDLER_PEMICU_PENGINGAT).timeBased().everyHours(1).create();
  return { baru: true };
}

/** The trigger's run: every cycle the registry knows, with each cycle's own Pengaturan tab. */
export function kirimPengingatSiklusTerdaftar(): HasilPengingat {
  return kirimPengingat(idSiklusTerdaftar());
}

/**
 * The cycle spreadsheets recorded by mulaiSiklus in this document's properties (gateways/registry.ts). Read here by
 * the registry's key prefix because the registry has no listing yet; move to its listing when it offers one.
 */
function idSiklusTerdaftar(): string[] {
  const props = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
  const semua = props.getProperties();
  return Object.keys(semua)
    .filter((k) => k.startsWith(AWALAN_REGISTRI))
    .sort()
    .map((k) => semua[k]);
}
