/**
 * Rebuilds the Monitoring SOP and Tren Kinerja tabs of the office's SAKIP workbook (the spreadsheet the cycles are
 * started from, whose document properties hold the registry) for a chosen year: Tim SAKIP only, under the lock. Every
 * registered cycle of the year and of the year before is opened once and its Pengaturan, Log and Rekap read once
 * each, read only; a cycle that cannot be read is named in the tabs and the rest still built. Both tabs are written
 * whole, so a rebuild that stops part way is repaired by running it again.
 */
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { susunPemantauan } from '../../domain/pemantauan/susun-pemantauan';
import type { SiklusTerbaca } from '../../domain/pemantauan/siklus-pantau';
import { NAMA_TAB_MONITORING } from '../../domain/pemantauan/lembar-monitoring';
import { timSakip } from '../../domain/pengaturan/peran';
import { labelKunciPeriode } from '../../domain/siklus/periode';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { wibParts } from '../../domain/zona-waktu';
import { denganKunci } from '../../gateways/lock';
import { daftarSiklus } from '../../gateways/script/cycle-registry';
import { emailPengguna } from '../../gateways/script/session';
import { bacaSiklusPantau } from '../../gateways/sheets/pemantauan-read';
import { nilaiTabPantau, tulisTabPantau } from '../../gateways/sheets/pemantauan-tab';
import { spreadsheetAktif } from '../../gateways/sheets/spreadsheet';
import { mintaTahunPemantauan } from '../../gateways/ui/tahun-prompt';
import { jalankanDariMenu } from '../../gateways/ui/menu';
import type { HasilAksi } from '../../../shared/api';

const APA = 'membangun ulang Monitoring SOP dan Tren Kinerja';

export interface HasilPemantauan extends HasilAksi {
  /** cycles of the year whose Log was read */
  siklusDibaca: number;
  /** every cycle left out of a tab, with why */
  tidakTerbaca: string[];
  /** Log rows the monitoring could not use, named in the tab */
  masalahLog: number;
}

function tahunSah(tahun: unknown): number {
  const n = typeof tahun === 'string' ? Number(tahun.trim()) : tahun;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2000 || n > 2099) {
    throw new Error(`Tahun "${String(tahun)}" tidak sah: tulis tahun empat angka, misalnya 2026.`);
  }
  return n;
}

/**
 * Reads registered cycles, each at most once. The registry is in period order; the latest cycle whose Pengaturan can
 * be read (a deleted latest cycle must not lock the Tim SAKIP out) says who the Tim SAKIP is.
 */
function pembacaSiklus() {
  const registri = daftarSiklus().semua();
  if (!registri.length) {
    throw new Error(
      'Buku kerja ini belum mencatat siklus. Jalankan Monitoring SOP dari buku kerja SAKIP kantor, tempat siklus ' +
        'dimulai lewat menu Ekstensi › Pengukuran Kinerja › Mulai siklus baru.',
    );
  }
  const dibaca = new Map<string, SiklusTerbaca>();
  const baca = (s: { kunci: string; spreadsheetId: string }) => {
    const ada = dibaca.get(s.kunci) ?? { ...s, bacaan: bacaSiklusPantau(s.spreadsheetId, s.kunci) };
    dibaca.set(s.kunci, ada);
    return ada;
  };
  const pengaturan = (s: SiklusTerbaca) =>
    s.bacaan.ok && s.bacaan.nilai.pengaturan.ok ? s.bacaan.nilai.pengaturan.nilai : null;
  return {
    terakhir(): { kunci: string; pengaturan: Pengaturan | null } {
      let s = baca(registri[registri.length - 1]);
      for (let i = registri.length - 2; i >= 0 && !pengaturan(s); i--) s = baca(registri[i]);
      return { kunci: s.kunci, pengaturan: pengaturan(s) };
    },
    /** the cycles of the year and the year before */
    tahun: (tahun: number) =>
      registri.filter((s) => [tahun - 1, tahun].includes(Number(s.kunci.slice(0, 4)))).map(baca),
  };
}

function wajibTimSakipTerakhir(terakhir: { kunci: string; pengaturan: Pengaturan | null }, oleh: string): string[] {
  if (!terakhir.pengaturan) {
    throw new Error(
      `${oleh} tidak berwenang ${APA}: hanya Tim SAKIP, yang dapat membuka siklus buku kerja ini ` +
        `(terakhir: ${labelKunciPeriode(terakhir.kunci)}).`,
    );
  }
  wajibTimSakip(terakhir.pengaturan, oleh, APA);
  return timSakip(terakhir.pengaturan).map((o) => o.email.trim().toLowerCase());
}

export function bangunPemantauan(tahunDiminta: unknown): HasilPemantauan {
  const oleh = emailPengguna();
  const tahun = tahunSah(tahunDiminta);
  const buku = spreadsheetAktif();
  return denganKunci(() => {
    const siklus = pembacaSiklus();
    // the role first: nobody else makes the year's cycles be opened
    const tim = wajibTimSakipTerakhir(siklus.terakhir(), oleh);
    const hasil = susunPemantauan({
      tahun,
      nowMs: Date.now(),
      siklus: siklus.tahun(tahun),
      monitoringLama: nilaiTabPantau(buku, NAMA_TAB_MONITORING),
    });
    tulisTabPantau(buku, hasil.monitoring, tim);
    tulisTabPantau(buku, hasil.tren, tim);
    const kurang = hasil.tidakTerbaca.length
      ? ` ${hasil.tidakTerbaca.length} siklus tidak dipakai (lihat SIKLUS YANG DIBACA di tabnya).`
      : '';
    const log = hasil.masalahLog ? ` ${hasil.masalahLog} baris Log tidak dipakai (lihat MASALAH LOG).` : '';
    return {
      berubah: true,
      pesan: `Monitoring SOP dan Tren Kinerja ${tahun} dibangun ulang dari ${hasil.dibaca} siklus.${kurang}${log}`,
      siklusDibaca: hasil.dibaca,
      tidakTerbaca: hasil.tidakTerbaca,
      masalahLog: hasil.masalahLog,
    };
  });
}

/** From the workbook's menu: the year asked (this year by default), then the rebuild; its message as a toast. */
export function pemantauanDariMenu(): void {
  const tahunIni = wibParts(new Date()).year;
  const jawaban = mintaTahunPemantauan(tahunIni);
  if (jawaban === null) return;
  jalankanDariMenu('Monitoring SOP dan Tren Kinerja', () => bangunPemantauan(jawaban.trim() || tahunIni));
}
