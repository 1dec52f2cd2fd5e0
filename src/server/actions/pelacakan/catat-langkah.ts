import type { StepEvent } from '../../domain/pelacakan/kejadian-langkah';
import { catatKejadian, type HasilCatat, type PermintaanLangkah } from '../../domain/pelacakan/catat';
import { barisLogKeEvent, type BarisLog } from '../../domain/pelacakan/log';
import { proyeksiPelacakan, type ProyeksiPelacakan } from '../../domain/pelacakan/proyeksi';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog, lindungiLog, tambahkanKeLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { tulisPelacakan } from '../../gateways/sheets/pelacakan-tab';
import { TEMPLAT } from '../../domain/templat';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { KonteksPelacakan, Kejadian, konteksPelacakan, langkahBeraksi } from '../../domain/pelacakan/langkah-aksi';
import { adalahTimSakip } from '../../domain/pengaturan/wewenang';
import type { HasilAksi } from '../../../shared/api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Records step events in order and other Log rows beside them, then rewrites Pelacakan from the Log. The caller
 * holds the lock. Each event is decided against the Log so far by the step rules and the role function; the first
 * refusal throws with its reason in Bahasa Indonesia before anything is written. A repeated request (a retried
 * click) adds no row, so re-running converges.
 */
export function tulisKejadian(
  ss: Spreadsheet,
  konteks: KonteksPelacakan,
  kejadian: readonly Kejadian[],
  nowMs: number,
  barisLain: readonly BarisLog[] = [],
): { hasil: HasilCatat[]; proyeksi: ProyeksiPelacakan } {
  const t = TEMPLAT.lembarPelacakan;
  const log = bacaTabLog(ss, t.log);
  const semua = [...log.baris];
  const events = [...log.events];
  const baru: BarisLog[] = barisLain.filter((b) => !semua.some((ada) => ada.id === b.id));
  semua.push(...baru);
  const hasil = kejadian.map((k) => {
    const h = catatKejadian(konteks.langkah, semua, events, k.permintaan, k.oleh, konteks.canAct, k.at);
    if (!h.ok) throw new Error(h.reason);
    if (h.berubah) {
      semua.push(h.baris);
      baru.push(h.baris);
      events.push(barisLogKeEvent(h.baris) as StepEvent);
    }
    return h;
  });
  tambahkanKeLog(ss, t.log, baru, konteks.penyunting, log.tempat);
  lindungiLog(ss, t.log, konteks.penyunting);
  const proyeksi = proyeksiPelacakan({ ...konteks, log: semua, nowMs, peringatan: t.peringatan });
  tulisPelacakan(ss, t.pelacakan, proyeksi, konteks.penyunting);
  return { hasil, proyeksi };
}

/** Records one step event by `oleh` now, under the lock. */
function catatLangkah(
  ss: Spreadsheet,
  permintaan: PermintaanLangkah,
  oleh: string,
  konteks: KonteksPelacakan,
  sekarang: () => number,
): HasilAksi {
  return denganKunci(() => {
    const nowMs = sekarang();
    const { hasil, proyeksi } = tulisKejadian(ss, konteks, [{ permintaan, oleh, at: nowMs }], nowMs);
    const [h] = hasil;
    if (h.ok && !h.berubah) return { berubah: false, pesan: h.pesan };
    const status = proyeksi.langkah.find((b) => b.no === permintaan.step)?.status ?? '';
    return { berubah: true, pesan: `Langkah ${permintaan.step} dicatat: ${status}.` };
  });
}

/** Rewrites Pelacakan from the Log alone (after a hand edit, a crash, or changed settings), and renews protections. */
function bangunUlang(ss: Spreadsheet, konteks: KonteksPelacakan, sekarang: () => number): ProyeksiPelacakan {
  return denganKunci(() => {
    const t = TEMPLAT.lembarPelacakan;
    const log = bacaTabLog(ss, t.log);
    const proyeksi = proyeksiPelacakan({ ...konteks, log: log.baris, nowMs: sekarang(), peringatan: t.peringatan });
    lindungiLog(ss, t.log, konteks.penyunting);
    tulisPelacakan(ss, t.pelacakan, proyeksi, konteks.penyunting);
    return proyeksi;
  });
}

/** The tracking context of a cycle spreadsheet, from its Pengaturan tab. */
function konteksDariPengaturan(ss: Spreadsheet): KonteksPelacakan {
  return konteksPelacakan(bacaPengaturanSiklus(ss));
}

const sekarangDiServer = () => new Date().getTime();

/**
 * A sidebar request about one step, as the person running the script. A step an action stamps is finished by that
 * action (step 7 only when every unit is signed off); outside the Tim SAKIP, no one finishes it by hand.
 */
export function langkahDariPanel(spreadsheetId: string, permintaan: PermintaanLangkah): HasilAksi {
  const oleh = emailPengguna();
  if (!Number.isInteger(permintaan.step)) throw new Error(`Nomor langkah "${permintaan.step}" tidak sah.`);
  const ss = bukaSiklusKantor(spreadsheetId);
  const p = bacaPengaturanSiklus(ss);
  if (permintaan.type === 'selesai' && langkahBeraksi().has(permintaan.step) && !adalahTimSakip(p, oleh)) {
    throw new Error(
      `Langkah ${permintaan.step} selesai dengan sendirinya ketika aksinya di panel tuntas; ${oleh} tidak dapat ` +
        'menyelesaikannya dengan tangan (hanya Tim SAKIP yang dapat, bila aksinya dikerjakan di luar add-in).',
    );
  }
  return catatLangkah(ss, permintaan, oleh, konteksPelacakan(p), sekarangDiServer);
}

/** Rebuild from the sidebar or menu: only someone who may act on a step may do it. */
export function bangunUlangDariPanel(spreadsheetId: string): HasilAksi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  const konteks = konteksDariPengaturan(ss);
  if (!konteks.penyunting.includes(oleh)) {
    throw new Error(`${oleh} tidak berwenang membangun ulang pelacakan: hanya pelaksana langkah SOP dan Tim SAKIP.`);
  }
  const proyeksi = bangunUlang(ss, konteks, sekarangDiServer);
  const lewat = proyeksi.terlambat.length ? ` Terlambat: langkah ${proyeksi.terlambat.join(', ')}.` : '';
  return { berubah: true, pesan: `Pelacakan dibangun ulang dari Log.${lewat}` };
}
