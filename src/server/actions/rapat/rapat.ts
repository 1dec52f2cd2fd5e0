import { type Pengaturan } from '../../domain/pengaturan/types';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import {
  bacaRapat,
  buatAcaraRapat,
  cariAcaraRapat,
  simpanRapat,
  type AcaraRapat,
  type RapatTersimpan,
} from '../../gateways/calendar';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { TEMPLAT } from '../../domain/templat';
import {
  kejadianTuntas,
  langkahAksi,
  konteksPelacakan,
  type KonteksPelacakan,
} from '../../domain/pelacakan/langkah-aksi';
import { wajibPelaksana } from '../../domain/pengaturan/wewenang';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { AKSI_RAPAT } from '../../domain/pelacakan/aksi-log';
import type { HasilAksi } from '../../../shared/api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar sends to schedule the meeting: instants as epoch ms (google.script.run carries no Date). */
export interface JadwalRapat {
  mulaiMs: number;
  selesaiMs: number;
  tempat: string;
}

const ID_RAPAT = { diundang: 'rapat-diundang', selesai: 'rapat-selesai' } as const;

/**
 * Step 4 (its pelaksana or the Tim SAKIP): one calendar event for the discussion meeting with the Kepala and the
 * officials as guests, Google Calendar mailing the invitations. The event is made once: its id is kept in the cycle
 * spreadsheet, and a run that stopped before keeping it finds the event in the caller's calendar instead of making a
 * second. Records the invitation in the Log and step 4 as done.
 */
export function undangRapat(spreadsheetId: string, jadwal: JadwalRapat): HasilAksi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    const no = langkahAksi('undangRapat');
    wajibPelaksana(p, oleh, no, 'mengundang rapat pembahasan');
    const ada = bacaRapat(ss);
    const nowMs = Date.now();
    const konteks = konteksPelacakan(p);
    if (ada) return catatUndangan(ss, konteks, ada, oleh, nowMs, false);
    const { mulaiMs, selesaiMs, tempat } = periksaJadwal(jadwal, nowMs);
    const acara: AcaraRapat = {
      judul: `Rapat pembahasan pengukuran kinerja – ${ss.getName()}`,
      mulaiMs,
      selesaiMs,
      tempat,
      deskripsi: deskripsiRapat(ss, p),
      tamu: konteks.penyunting.filter((e) => e !== oleh),
    };
    const eventId = cariAcaraRapat(acara) ?? buatAcaraRapat(acara);
    const rapat = { eventId, mulaiMs, selesaiMs, tempat, penyelenggara: oleh };
    simpanRapat(ss, rapat);
    return catatUndangan(ss, konteks, rapat, oleh, nowMs, true);
  });
}

/** The Log row of the invitation and the finish of step 4, unless an earlier run wrote them. */
function catatUndangan(
  ss: Spreadsheet,
  konteks: KonteksPelacakan,
  rapat: RapatTersimpan,
  oleh: string,
  nowMs: number,
  baru: boolean,
): HasilAksi {
  const log = bacaTabLog(ss, TEMPLAT.log);
  const no = langkahAksi('undangRapat');
  const jadwal = `${formatWaktuLokal(rapat.mulaiMs)} s.d. ${formatWaktuLokal(rapat.selesaiMs)} di ${rapat.tempat}`;
  const tercatat = log.baris.some((b) => b.id === ID_RAPAT.diundang);
  const baris: BarisLog[] = tercatat
    ? []
    : [
        barisLog(
          { oleh, at: nowMs, langkah: no },
          AKSI_RAPAT.diundang,
          ID_RAPAT.diundang,
          `Rapat ${jadwal}; undangan dikirim Google Calendar (acara ${rapat.eventId}).`,
        ),
      ];
  const kejadian = kejadianTuntas(konteks, log.events, no, oleh, nowMs, nowMs);
  // also with nothing new: a run ended after its Log write may not have drawn Pelacakan
  tulisKejadian(ss, konteks, kejadian, nowMs, baris);
  return {
    berubah: baru || baris.length > 0 || kejadian.length > 0,
    pesan: baru
      ? `Undangan rapat dikirim: ${jadwal}. Langkah ${no} selesai.`
      : `Rapat sudah dijadwalkan: ${jadwal}. Tidak ada undangan kedua; ubah jadwal langsung di Google Calendar bila perlu.`,
  };
}

function periksaJadwal(jadwal: JadwalRapat, nowMs: number): JadwalRapat {
  const { mulaiMs, selesaiMs } = jadwal ?? ({} as JadwalRapat);
  const tempat = typeof jadwal?.tempat === 'string' ? jadwal.tempat.trim() : '';
  if (!Number.isFinite(mulaiMs)) throw new Error('Undangan rapat: isian "Mulai" bukan tanggal dan jam.');
  if (!Number.isFinite(selesaiMs)) throw new Error('Undangan rapat: isian "Selesai" bukan tanggal dan jam.');
  if (selesaiMs <= mulaiMs) {
    throw new Error(
      `Undangan rapat: "Selesai" (${formatWaktuLokal(selesaiMs)}) harus setelah "Mulai" (${formatWaktuLokal(mulaiMs)}).`,
    );
  }
  if (mulaiMs < nowMs) throw new Error(`Undangan rapat: "Mulai" (${formatWaktuLokal(mulaiMs)}) sudah lewat.`);
  if (!tempat) throw new Error('Undangan rapat: isian "Tempat" wajib diisi.');
  return { mulaiMs, selesaiMs, tempat };
}

function deskripsiRapat(ss: Spreadsheet, p: Pengaturan): string {
  const langkah5 = TEMPLAT.sop.steps.find((s) => s.no === langkahAksi('rapatSelesai'));
  return [
    `Agenda: ${langkah5?.uraian ?? 'rapat pembahasan pengukuran kinerja'} (${p.namaInstansi}).`,
    `Spreadsheet siklus: ${ss.getUrl()}`,
  ].join('\n');
}

/**
 * Step 5 (its pelaksana, the Kepala, or the Tim SAKIP): the meeting was held. Records its notes in the Log (once) and
 * step 5 as done, started at the meeting's start when nobody started it.
 */
export function rapatSelesai(spreadsheetId: string, catatan?: string): HasilAksi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    const no = langkahAksi('rapatSelesai');
    wajibPelaksana(p, oleh, no, 'mencatat rapat pembahasan');
    const rapat = bacaRapat(ss);
    if (!rapat) {
      throw new Error(`Rapat belum dijadwalkan: jalankan "Undang rapat" (langkah ${langkahAksi('undangRapat')}) dulu.`);
    }
    const nowMs = Date.now();
    if (nowMs < rapat.mulaiMs) throw new Error(`Rapat baru dimulai ${formatWaktuLokal(rapat.mulaiMs)}.`);
    const log = bacaTabLog(ss, TEMPLAT.log);
    const ada = log.baris.find((b) => b.id === ID_RAPAT.selesai);
    const konteks = konteksPelacakan(p);
    if (ada) {
      // a run ended after its Log write may not have drawn Pelacakan: draw it from the Log
      tulisKejadian(ss, konteks, [], nowMs);
      return { berubah: false, pesan: `Rapat sudah dicatat selesai pada ${formatWaktuLokal(ada.waktu)}.` };
    }
    const teks = typeof catatan === 'string' ? catatan.trim() : '';
    const baris: BarisLog = barisLog(
      { oleh, at: nowMs, langkah: no },
      AKSI_RAPAT.selesai,
      ID_RAPAT.selesai,
      teks ? `Catatan rapat: ${teks}` : 'Rapat telah dilaksanakan (tanpa catatan).',
    );
    const kejadian = kejadianTuntas(konteks, log.events, no, oleh, rapat.mulaiMs, nowMs);
    tulisKejadian(ss, konteks, kejadian, nowMs, [baris]);
    return { berubah: true, pesan: `Rapat dicatat selesai. Langkah ${no} selesai.` };
  });
}
