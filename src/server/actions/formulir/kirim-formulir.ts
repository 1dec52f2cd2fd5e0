import { ID_FORMULIR, statusFormulirUnit } from '../../domain/formulir/status-distribusi';
import { surelFormulir, surelSelesaiDiisi } from '../../domain/formulir/surel-formulir';
import { tautanTab } from '../../domain/surel/susun-surel';
import { type Pengaturan, type UnitKerja } from '../../domain/pengaturan/types';
import { JUDUL_BLOK } from '../../domain/pengaturan/blok-pengaturan';
import { kabidUnit, orangUnit } from '../../domain/pengaturan/peran';
import { barisLog, type BarisLog, type IsiLog } from '../../domain/pelacakan/log';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog, tambahkanKeLog } from '../../gateways/sheets/log-tab';
import { pastikanKuotaSurel, kirimTercatat, type Kiriman } from '../../gateways/mail';
import { bacaPengaturanSiklus, TAB_PENGATURAN } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { TEMPLAT } from '../../domain/templat';
import {
  kejadianTuntas,
  langkahAksi,
  konteksPelacakan,
  type KonteksPelacakan,
} from '../../domain/pelacakan/langkah-aksi';
import { adalahTimSakip, wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { bukaAksesUnit, penerima, tabFormulir } from './akses-unit';
import { AKSI_FORMULIR } from '../../domain/pelacakan/aksi-log';
import type { HasilAksi } from '../../../shared/api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Plain data for google.script.run: what a distribution run did, unit by unit. */
export interface HasilDistribusi {
  berubah: boolean;
  pesan: string;
  /** units mailed by this run */
  dikirim: string[];
  /** units MailApp refused this time (a re-run tries them again) */
  gagal: { kode: string; alasan: string }[];
  /** units whose earlier send stopped half-way: not mailed again without "Kirim ulang" */
  belumPasti: string[];
  /** units nobody in Pengaturan belongs to */
  tanpaPenerima: string[];
}

/** Plain data for google.script.run. */
const sekarang = () => Date.now();

/**
 * Step 3, from the sidebar (Tim SAKIP only): gives each unit's people edit access to the cycle spreadsheet and to
 * their own form's input columns only, and mails each unit its form's link, the deadline and how to fill it in. A
 * unit already mailed is not mailed again; when every unit has its form, step 3 is recorded as done.
 */
export function kirimFormulir(spreadsheetId: string): HasilDistribusi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    wajibTimSakip(p, oleh, 'mengirim formulir ke unit kerja');
    const log = bacaTabLog(ss, TEMPLAT.log);
    const status = p.unitKerja.map((u) => statusFormulirUnit(log.baris, u.kode));
    const tujuan = p.unitKerja.filter((u, i) => !status[i].terkirim && !status[i].belumPasti && penerima(p, u).length);
    return kirimKeUnit(ss, p, log, tujuan, oleh, {
      belumPasti: p.unitKerja.filter((_, i) => status[i].belumPasti && !status[i].terkirim).map((u) => u.kode),
      tanpaPenerima: p.unitKerja.filter((u) => !penerima(p, u).length).map((u) => u.kode),
    });
  });
}

/** "Kirim ulang" for one unit (Tim SAKIP): mails its form again, whatever the Log says was sent before. */
export function kirimUlangFormulir(spreadsheetId: string, kode: string): HasilDistribusi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    wajibTimSakip(p, oleh, 'mengirim ulang formulir');
    const unit = cariUnit(p, kode);
    if (!penerima(p, unit).length) throw new Error(tanpaOrang([unit.kode]));
    return kirimKeUnit(ss, p, bacaTabLog(ss, TEMPLAT.log), [unit], oleh, { belumPasti: [], tanpaPenerima: [] });
  });
}

/**
 * A unit marks its form as submitted: recorded once in the Log, and the unit's Kabid is told by mail (once). Marked
 * by the unit's Kabid or the Tim SAKIP: the add-in writes the Log as the person who clicks, and the Log is open only to
 * the people who carry an SOP step (the Kabid carries step 7), not to the unit's staff.
 */
export function tandaiSelesaiDiisi(spreadsheetId: string, kode: string): HasilAksi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    const unit = cariUnit(p, kode);
    const kabid = kabidUnit(p, unit.kode);
    const kabidEmail = kabid?.email.trim().toLowerCase() ?? '';
    if (!adalahTimSakip(p, oleh) && kabidEmail !== oleh) {
      const anggota = orangUnit(p, unit.kode).some((o) => o.email.trim().toLowerCase() === oleh);
      throw new Error(
        anggota
          ? `Formulir ${unit.kode} ditandai selesai diisi oleh Kabid unit (${kabid?.nama || 'belum tercantum di tab Pengaturan'}) atau Tim SAKIP: mohon minta Kabid Anda menandainya.`
          : `${oleh} tidak berwenang menandai formulir ${unit.kode}: hanya Kabid unit itu dan Tim SAKIP.`,
      );
    }
    const log = bacaTabLog(ss, TEMPLAT.log);
    const status = statusFormulirUnit(log.baris, unit.kode);
    const id = ID_FORMULIR.selesaiDiisi(unit.kode);
    if (status.selesaiDiisi !== null) {
      // the notification goes at most once: one that failed or was cut off is reported for the Kabid to be told
      const diberitahu = !kabidEmail || log.baris.some((b) => b.id === `${id}/dikirim`);
      const kabar = diberitahu
        ? ''
        : ` Pemberitahuan kepada Kabid (${kabidEmail}) sebelumnya gagal atau tidak pasti terkirim (lihat Log): ` +
          'beri tahu Kabid langsung.';
      return {
        berubah: false,
        pesan: `Formulir ${unit.kode} sudah ditandai selesai diisi pada ${formatWaktuLokal(status.selesaiDiisi)}.${kabar}`,
      };
    }
    const nowMs = sekarang();
    const baris = (aksi: string, akhiran: string, rincian: string): BarisLog =>
      barisLog({ oleh, at: nowMs }, aksi, id + akhiran, `${unit.kode}: ${rincian}`);
    const tercatat = baris(AKSI_FORMULIR.selesaiDiisi, '', `formulir ditandai selesai diisi oleh ${oleh}.`);
    const penyunting = konteksPelacakan(p).penyunting;
    if (!kabidEmail) {
      tambahkanKeLog(ss, TEMPLAT.log, [tercatat], penyunting);
      return {
        berubah: true,
        pesan: `Formulir ${unit.kode} ditandai selesai diisi. Kabid unit ini belum tercantum di tab Pengaturan, jadi tidak ada email.`,
      };
    }
    pastikanKuotaSurel(1, 'pemberitahuan kepada Kabid');
    const tautan = tautanTab(ss.getUrl(), tabFormulir(ss, unit).getSheetId());
    const hasil = kirimTercatat(ss, penyunting, [
      {
        kunci: unit.kode,
        surel: { to: [kabidEmail], ...surelSelesaiDiisi({ namaSiklus: ss.getName() }, unit, tautan, oleh, nowMs) },
        klaim: tercatat,
        terkirim: baris(AKSI_FORMULIR.pemberitahuanSelesai, '/dikirim', `diberitahukan kepada ${kabidEmail}.`),
        gagal: (alasan) => baris(AKSI_FORMULIR.pemberitahuanGagal, '/gagal', `email ke ${kabidEmail} gagal: ${alasan}`),
      },
    ]);
    tambahkanKeLog(ss, TEMPLAT.log, hasil.baris, penyunting);
    const kabar = hasil.gagal.length
      ? `Email kepada Kabid gagal dikirim: ${hasil.gagal[0].alasan}`
      : `Kabid (${kabidEmail}) diberi tahu lewat email.`;
    return { berubah: true, pesan: `Formulir ${unit.kode} ditandai selesai diisi. ${kabar}` };
  });
}

/**
 * Access for every unit (checked, then changed: shares and protections already right cost reads only), then the
 * mails to `tujuan`, then the outcome rows and, when every unit has its form, the finish of step 3, in one Log write.
 * The caller holds the lock. Refuses before anything is written when the quota would not cover the mails.
 */
function kirimKeUnit(
  ss: Spreadsheet,
  p: Pengaturan,
  log: IsiLog,
  tujuan: readonly UnitKerja[],
  oleh: string,
  lain: Pick<HasilDistribusi, 'belumPasti' | 'tanpaPenerima'>,
): HasilDistribusi {
  const jumlahPenerima = tujuan.reduce((n, u) => n + penerima(p, u).length, 0);
  pastikanKuotaSurel(jumlahPenerima, `pengiriman formulir ke ${tujuan.length} unit`);
  const nowMs = sekarang();
  const konteks = konteksPelacakan(p);
  const tab = bukaAksesUnit(ss, p);

  const idTabAnggaran = p.anggaran.length ? (ss.getSheetByName(TEMPLAT.anggaran.nama)?.getSheetId() ?? null) : null;
  const siklus: SiklusSurel = { namaSiklus: ss.getName(), url: ss.getUrl(), batas: batasPengisian(p), idTabAnggaran };
  const kiriman = tujuan.map((u) =>
    kirimanFormulir(siklus, p, u, log, oleh, nowMs, (tab.get(u.kode) as Sheet).getSheetId()),
  );
  const hasil = kirimTercatat(ss, konteks.penyunting, kiriman);
  const baru = new Set(hasil.terkirim.map((k) => k.kunci));
  const semua = p.unitKerja.every((u) => baru.has(u.kode) || statusFormulirUnit(log.baris, u.kode).terkirim);
  const kejadian = semua ? stempelLangkah3(konteks, log, oleh, nowMs) : [];
  // also with nothing new: a run stopped after its last Log write may not have drawn Pelacakan
  tulisKejadian(ss, konteks, kejadian, nowMs, hasil.baris);
  const dikirim = [...baru];
  const gagal = hasil.gagal.map((g) => ({ kode: g.kiriman.kunci, alasan: g.alasan }));
  return {
    berubah: hasil.baris.length > 0 || kejadian.length > 0,
    pesan: pesanDistribusi({ dikirim, gagal, ...lain }, semua && kejadian.length > 0),
    dikirim,
    gagal,
    ...lain,
  };
}

/** What every form mail of one run shares: read once, whatever the number of units. */
interface SiklusSurel {
  namaSiklus: string;
  url: string;
  batas: ReturnType<typeof batasPengisian>;
  /** the Anggaran tab's sheet id, when the cycle has one */
  idTabAnggaran: number | null;
}

function tautanAnggaranUnit(siklus: SiklusSurel, p: Pengaturan, u: UnitKerja): string | undefined {
  const punya = siklus.idTabAnggaran !== null && p.anggaran.some((a) => a.unit === u.kode);
  return punya ? tautanTab(siklus.url, siklus.idTabAnggaran as number) : undefined;
}

/** The mail of one unit's form and the Log rows that record it: the claim, then sent (or sent again) or refused. */
function kirimanFormulir(
  siklus: SiklusSurel,
  p: Pengaturan,
  u: UnitKerja,
  log: IsiLog,
  oleh: string,
  nowMs: number,
  sheetId: number,
): Kiriman {
  const s = statusFormulirUnit(log.baris, u.kode);
  const ke = s.percobaan + 1;
  const kepada = penerima(p, u);
  const baris = (aksi: string, id: string, rincian: string): BarisLog =>
    barisLog({ oleh, at: nowMs, langkah: langkahAksi('kirimFormulir') }, aksi, id, `${u.kode}: ${rincian}`);
  const tautan = tautanTab(siklus.url, sheetId);
  return {
    kunci: u.kode,
    surel: { to: kepada, ...surelFormulir(siklus, u, tautan, siklus.batas, tautanAnggaranUnit(siklus, p, u)) },
    klaim: baris(
      AKSI_FORMULIR.dijadwalkan,
      ID_FORMULIR.klaim(u.kode, ke),
      `percobaan ke-${ke}, kepada ${kepada.join(', ')}.`,
    ),
    terkirim: s.terkirim
      ? baris(
          AKSI_FORMULIR.dikirimUlang,
          ID_FORMULIR.dikirimUlang(u.kode, ke),
          `dikirim ulang kepada ${kepada.join(', ')}.`,
        )
      : baris(
          AKSI_FORMULIR.dikirim,
          ID_FORMULIR.dikirim(u.kode),
          `Form ${u.kode} dikirim kepada ${kepada.join(', ')}.`,
        ),
    gagal: (alasan) => baris(AKSI_FORMULIR.gagal, ID_FORMULIR.gagal(u.kode, ke), `gagal dikirim: ${alasan}`),
  };
}

/** Step 3 ran from the first claim of any unit (or now) to now. */
function stempelLangkah3(konteks: KonteksPelacakan, log: IsiLog, oleh: string, nowMs: number) {
  const mulai = log.baris.find((b) => b.aksi === AKSI_FORMULIR.dijadwalkan)?.waktu ?? nowMs;
  return kejadianTuntas(konteks, log.events, langkahAksi('kirimFormulir'), oleh, mulai, nowMs);
}

function pesanDistribusi(h: Omit<HasilDistribusi, 'berubah' | 'pesan'>, langkahSelesai: boolean): string {
  const bagian: string[] = [];
  bagian.push(
    h.dikirim.length ? `Formulir dikirim ke ${h.dikirim.join(', ')}.` : 'Tidak ada formulir baru yang dikirim.',
  );
  if (h.gagal.length) {
    bagian.push(`Gagal dikirim (jalankan lagi nanti): ${h.gagal.map((g) => `${g.kode} (${g.alasan})`).join('; ')}.`);
  }
  if (h.belumPasti.length) {
    bagian.push(
      `Pengiriman ke ${h.belumPasti.join(', ')} terhenti di tengah jalan sehingga belum pasti diterima: tanyakan ke unit itu, lalu gunakan "Kirim ulang" bila perlu.`,
    );
  }
  if (h.tanpaPenerima.length) bagian.push(tanpaOrang(h.tanpaPenerima));
  if (langkahSelesai)
    bagian.push(`Semua unit sudah menerima formulirnya: langkah ${langkahAksi('kirimFormulir')} selesai.`);
  return bagian.join(' ');
}

function tanpaOrang(kode: readonly string[]): string {
  return (
    `Unit ${kode.join(', ')} belum punya orang di tab ${TAB_PENGATURAN} (blok ${JUDUL_BLOK.orang}, kolom "Unit"): ` +
    'formulirnya belum dikirim.'
  );
}

function cariUnit(p: Pengaturan, kode: string): UnitKerja {
  const dicari = String(kode ?? '')
    .trim()
    .toUpperCase();
  const unit = p.unitKerja.find((u) => u.kode.trim().toUpperCase() === dicari);
  if (!unit) {
    throw new Error(`Unit kerja "${kode}" tidak ada di tab ${TAB_PENGATURAN} (blok ${JUDUL_BLOK.unit}, kolom "Kode").`);
  }
  return unit;
}

function batasPengisian(p: Pengaturan): number {
  if (p.batasPengisian === null) {
    throw new Error(
      `Tab ${TAB_PENGATURAN}, blok ${JUDUL_BLOK.umum}, baris "Batas pengisian (WIB)", kolom "Nilai" masih kosong: ` +
        'isi batas waktu pengisian formulir (mis. 2026-08-21 16:00) sebelum formulir dikirim.',
    );
  }
  return p.batasPengisian;
}
