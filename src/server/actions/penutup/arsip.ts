/**
 * SOP step 14: the cycle is archived and closed. Every file of the cycle (the spreadsheet, every version of the
 * document and its PDF, the cover letter and its PDF, the copies) moves into the folder "Arsip Pengukuran Kinerja
 * <tahun>" and becomes view-only (every writer or commenter becomes reader; the owner stays owner); every tab is
 * protected with no editor but the owner; the Log records 'siklus-ditutup' and step 14; the spreadsheet is marked
 * closed (the sidebar shows it). Nothing is deleted.
 *
 * Order, so that a run stopped anywhere resumes: the Log row and the protections first (they need edit access), then
 * the closed mark, then the Drive moves and permissions (checked, then changed). Under the drive.file scope the
 * add-in reaches the files only for the person it made them for, so the archive is run by that member of the Tim
 * SAKIP; an unreachable file stops the run before anything changes.
 */
import { idBerkasDiLog } from '../../domain/penutup/berkas-siklus';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { berkasTerjangkau, folderBernama, pindahkanKeFolder } from '../../gateways/drive/archive';
import { jadikanHanyaBaca } from '../../gateways/drive/files';
import { denganKunci } from '../../gateways/lock';
import { emailPengguna } from '../../gateways/script/session';
import { lindungiSekaligus } from '../../gateways/sheets/proteksi-sekaligus';
import { tandaiDitutup, waktuDitutup } from '../../gateways/sheets/cycle-closed';
import { kejadianTuntas, langkahAksi, konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { terapkanTulisan } from '../../gateways/sheets/spreadsheet';
import { AKSI_BERKAS, AKSI_SIKLUS } from '../../domain/pelacakan/aksi-log';
import { versiBertandaTangan } from '../../domain/dokumen/catatan-dokumen';
import { bacaSiklusDokumen, type SiklusDokumen } from '../../gateways/sheets/cycle-read';

/** Plain data for google.script.run. */
export interface HasilArsip {
  berubah: boolean;
  pesan: string;
  /** files in the archive folder */
  berkas: number;
}

const PROTEKSI_ARSIP = 'Siklus ditutup dan diarsipkan: hanya dapat dibaca';

function namaFolderArsip(tahun: number): string {
  return `Arsip Pengukuran Kinerja ${tahun}`;
}

/** Sidebar (Tim SAKIP): archives and closes the cycle; running it again finishes what a stopped run left. */
export function arsipkanSiklus(spreadsheetId: string): HasilArsip {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'mengarsipkan siklus');
    versiBertandaTangan(s.log);
    const berkas = [s.ss.getId(), ...idBerkasDiLog(s.log)];
    periksaJangkauan(s, berkas, oleh);

    const sudahDitutup = waktuDitutup(s.ss);
    const nowMs = new Date().getTime();
    if (sudahDitutup === null) {
      tutupSiklus(s, oleh, nowMs);
      terapkanTulisan();
    }
    const folderId = folderBernama(namaFolderArsip(s.periode.tahun));
    let berubah = sudahDitutup === null;
    for (const id of berkas) {
      if (pindahkanKeFolder(id, folderId)) berubah = true;
      if (jadikanHanyaBaca(id) > 0) berubah = true;
    }
    const folder = `"${namaFolderArsip(s.periode.tahun)}"`;
    return {
      berubah,
      berkas: berkas.length,
      pesan: berubah
        ? `Siklus ditutup: ${berkas.length} berkas dipindahkan ke folder ${folder} dan kini hanya dapat dibaca.`
        : `Siklus sudah ditutup pada ${formatWaktuLokal(sudahDitutup ?? nowMs)}; ${berkas.length} berkas ada di folder ${folder}.`,
    };
  });
}

/** Log row and step 14, every tab protected (no editor but the owner), then the closed mark. */
function tutupSiklus(s: SiklusDokumen, oleh: string, nowMs: number): void {
  const no = langkahAksi('arsipkanSiklus');
  const baris: BarisLog = barisLog(
    { oleh, at: nowMs, langkah: no },
    AKSI_BERKAS.ditutup,
    AKSI_BERKAS.ditutup,
    `Siklus ditutup dan diarsipkan ke folder "${namaFolderArsip(s.periode.tahun)}" oleh ${oleh}.`,
  );
  const konteks = konteksPelacakan(s.p);
  tulisKejadian(s.ss, konteks, kejadianTuntas(konteks, s.events, no, oleh, nowMs, nowMs), nowMs, [baris]);
  // every tab in one batch: its range protections removed, its own protection left to the owner alone
  lindungiSekaligus(
    s.ss,
    s.ss.getSheets().map((sheet) => ({ sheet, hapusRentang: true, tab: { editors: [], keterangan: PROTEKSI_ARSIP } })),
  );
  tandaiDitutup(s.ss, nowMs);
}

/** Refuses, before changing anything, when some file is out of the add-in's reach for this person. */
function periksaJangkauan(s: SiklusDokumen, berkas: readonly string[], oleh: string): void {
  const jauh = berkas.filter((id) => !berkasTerjangkau(id));
  if (jauh.length === 0) return;
  const pembuat = s.log.find((b) => b.aksi === AKSI_SIKLUS.dibuat)?.pengguna ?? s.ss.getOwner()?.getEmail() ?? '';
  throw new Error(
    `${jauh.length} berkas siklus ini dibuat add-in atas nama anggota Tim SAKIP lain, sehingga tidak dapat dijangkau ` +
      `atas nama ${oleh} (izin drive.file). Minta ${pembuat || 'pembuat berkas itu'} menjalankan "Arsipkan siklus".`,
  );
}
