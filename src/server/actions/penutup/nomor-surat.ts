/**
 * The cover letter's number (SOP step 12) from the office's Register Nomor Surat: one number per cycle, ever. Asking
 * again returns the same number; the register row is written before anything else, so a run that fails afterwards
 * finds it again and neither loses nor duplicates a number.
 */
import { labelPeriode, parsePeriode } from '../../domain/siklus/periode';
import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { type Pengaturan } from '../../domain/pengaturan/types';
import { timSakip } from '../../domain/pengaturan/peran';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { formatTanggal } from '../../domain/format/tanggal';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { ambilNomor, bukaBukuKerja, TAB_REGISTER_NOMOR } from '../../gateways/sheets/register-nomor-tab';
import { bacaTandaSiklus } from '../../gateways/sheets/cycle-metadata';
import { TEMPLAT } from '../../domain/templat';
import { langkahAksi, konteksPelacakan, type Kejadian } from '../../domain/pelacakan/langkah-aksi';
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { AKSI_NOMOR_SURAT, ID_NOMOR_SURAT_PENGANTAR } from '../../domain/pelacakan/aksi-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface NomorSurat {
  nomor: string;
  /** epoch ms of issue: the letter's date */
  tanggal: number;
  /** false when the cycle had its number already */
  baru: boolean;
  /** the cycle's Log row that records the number (written by the caller, once) */
  barisLog: BarisLog;
}

/** Plain data for google.script.run. */
export interface HasilNomorSurat {
  nomor: string;
  baru: boolean;
  pesan: string;
}

/** "Dokumen Pengukuran Kinerja Triwulan II Tahun 2026" */
export function judulDokumenSiklus(ss: Spreadsheet): string {
  const kunci = bacaTandaSiklus(ss)?.kunci;
  const periode = kunci ? parsePeriode(kunci) : null;
  if (!periode?.ok) throw new Error(`Spreadsheet "${ss.getName()}" bukan spreadsheet siklus Pengukuran Kinerja.`);
  return `Dokumen Pengukuran Kinerja ${labelPeriode(periode.periode)}`;
}

/** The cycle's cover-letter number, issued now if it has none. The caller holds the lock. */
export function nomorSuratPengantar(ss: Spreadsheet, p: Pengaturan, oleh: string, nowMs: number): NomorSurat {
  const bukuKerja = bukaBukuKerja(ss);
  const { baru, baris } = ambilNomor(
    bukuKerja,
    {
      id: `surat-pengantar:${ss.getId()}`,
      siklus: ss.getName(),
      perihal: `Surat Pengantar ${judulDokumenSiklus(ss)}`,
      oleh,
      at: new Date(nowMs),
      format: p.penomoran.format,
      kode: p.penomoran.kode,
      nomorTerakhirAwal: p.penomoran.nomorTerakhir,
    },
    timSakip(p).map((o) => o.email),
  );
  const tanggal = baris.tanggal ?? nowMs;
  return {
    nomor: baris.nomor,
    tanggal,
    baru,
    barisLog: barisLog(
      { oleh: baris.oleh || oleh, at: tanggal, langkah: langkahAksi('buatSuratPengantar') },
      AKSI_NOMOR_SURAT,
      ID_NOMOR_SURAT_PENGANTAR,
      `Nomor surat pengantar ${baris.nomor} dari tab "${TAB_REGISTER_NOMOR}" buku kerja "${bukuKerja.getName()}".`,
    ),
  };
}

/**
 * Records the number in the cycle's Log (once) and, when the step before it is finished, starts the cover-letter
 * step: asking for the number is where that step's work begins. A cycle that asks early (a number reserved ahead)
 * gets no running step and no reminders for it. The caller holds the lock.
 */
export function catatNomor(ss: Spreadsheet, p: Pengaturan, n: NomorSurat, oleh: string, nowMs: number): void {
  const konteks = konteksPelacakan(p);
  const no = langkahAksi('buatSuratPengantar');
  const { events } = bacaTabLog(ss, TEMPLAT.log);
  const states = deriveStepStates(konteks.langkah, events);
  const i = states.findIndex((s) => s.no === no);
  const siap = i >= 0 && states[i].status === 'belum' && (i === 0 || states[i - 1].status === 'selesai');
  const mulai: Kejadian[] = siap
    ? [{ permintaan: { type: 'mulai', step: no }, oleh, at: Math.min(n.tanggal, nowMs) }]
    : [];
  tulisKejadian(ss, konteks, mulai, nowMs, [n.barisLog]);
}

/** Sidebar (Tim SAKIP): the cycle's cover-letter number, the same one however often it is asked for. */
export function mintaNomorSurat(spreadsheetId: string): HasilNomorSurat {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    wajibTimSakip(p, oleh, 'meminta nomor surat pengantar');
    const nowMs = Date.now();
    const n = nomorSuratPengantar(ss, p, oleh, nowMs);
    catatNomor(ss, p, n, oleh, nowMs);
    return {
      nomor: n.nomor,
      baru: n.baru,
      pesan: n.baru
        ? `Nomor surat pengantar: ${n.nomor}.`
        : `Siklus ini sudah mendapat nomor surat pengantar ${n.nomor} (${formatTanggal(new Date(n.tanggal))}).`,
    };
  });
}
