import { type KelengkapanRekap, susunLembarRekap } from '../../domain/data/rekap/lembar-rekap';
import { type Rekap, susunRekap } from '../../domain/data/rekap/susun-rekap';
import { type RekapAnggaran, susunRekapAnggaran } from '../../domain/data/anggaran/rekap-anggaran';
import type { BarisTabAnggaran } from '../../domain/data/anggaran/isian-anggaran';
import { bacaTabAnggaran } from '../../gateways/sheets/anggaran-tab';
import { bacaIndikator } from '../../domain/data/rekap/baca-indikator';
import { barisDariFormulir, type IsiTabFormulir } from '../../domain/data/rekap/baca-formulir';
import { formatAngka } from '../../domain/format/bilangan';
import { timSakip } from '../../domain/pengaturan/peran';
import { type Pengaturan } from '../../domain/pengaturan/types';
import type { BarisLog } from '../../domain/pelacakan/log';
import { bacaTabFormulirUnit } from '../../gateways/sheets/formulir-read';
import { barisTakSesuaiPengesahan } from '../../domain/data/validasi/pengesahan';
import { bacaIsiFormulir } from '../../domain/data/validasi/baris-formulir';
import { teksBaris } from '../../domain/data/validasi/status-validasi';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { tulisTabRekap } from '../../gateways/sheets/rekap-tab';
import { sidikSha256 } from '../../gateways/script/digest';
import { TEMPLAT } from '../../domain/templat';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { periodeSiklus } from '../../gateways/sheets/cycle-read';
import type { Periode } from '../../domain/siklus/periode';
import { indikatorPKUnit } from '../../domain/formulir/isian-formulir';
import { judulKolomFormulir } from '../../domain/data/validasi/baris-formulir';
import { bacaRiwayatTriwulan } from './riwayat-triwulan';
import { pasangPemicuEdit } from '../../gateways/script/triggers';
import { HANDLER_PEMICU_EDIT } from './siklus-validasi';
import { bacaTabUsulan } from '../../gateways/sheets/perubahan-target-tab';
import { revisiDiterima } from '../../domain/data/perubahan-target/usulan';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { AKSI_REKAP } from '../../domain/pelacakan/aksi-log';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plain data for google.script.run. */
export interface HasilKonsolidasi {
  /** false when the Rekap came out the same as the one last recorded in the Log */
  berubah: boolean;
  pesan: string;
  kelengkapan: KelengkapanRekap[];
}

/**
 * Consolidates the units' forms into the Rekap tab, as a member of the Tim SAKIP: each form read once (never written),
 * rows parsed and capaian and predikat computed by the domain with the cycle's policy, the whole Rekap rewritten in one
 * write, and a Log row 'rekap-disusun'. Under the lock; the service calls do not depend on the number of indicators.
 * Re-running rewrites the same Rekap and adds no Log row for a Rekap already recorded, so a run that stopped at any
 * call is completed by running it again.
 */
export function konsolidasi(spreadsheetId: string): HasilKonsolidasi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const ss = bukaSiklusKantor(spreadsheetId);
    const pengaturan = bacaPengaturanSiklus(ss);
    const sakip = timSakip(pengaturan).map((o) => o.email.trim().toLowerCase());
    if (!sakip.includes(oleh)) throw new Error(`${oleh} tidak berwenang menyusun Rekap: hanya anggota Tim SAKIP.`);

    const log = bacaTabLog(ss, TEMPLAT.log).baris;
    const formulir = formulirSesuaiPengesahan(ss, pengaturan, log);
    const rekap = rekapDariFormulir(ss, pengaturan, { formulir });
    const lembar = susunLembarRekap(rekap, TEMPLAT.rekap, rekap.anggaran);
    tulisTabRekap(ss, TEMPLAT.rekap, lembar, sakip);

    const nowMs = new Date().getTime();
    const rincian = uraianRekap(rekap);
    const baris = barisLogRekap(log, sidikRekap(lembar.nilai), { waktu: nowMs, pengguna: oleh, rincian });
    tulisKejadian(ss, konteksPelacakan(pengaturan), [], nowMs, [baris.baris]);
    // from now on an edit of a form marks this Rekap as older than the forms (actions/data/saat-diedit.ts)
    pasangPemicuEdit(ss, HANDLER_PEMICU_EDIT);
    return {
      berubah: baris.baru,
      pesan: baris.baru ? rincian : `${rincian} Isinya sama dengan Rekap sebelumnya.`,
      kelengkapan: rekap.ringkasan.perUnit.map((u) => ({
        unit: u.unit,
        terisi: u.kelengkapan.terisi,
        total: u.kelengkapan.jumlah,
      })),
    };
  });
}

/** The Rekap of a cycle: the indicators and, when the cycle has a budget, its programs. */
export type RekapSiklus = Rekap & { anggaran: RekapAnggaran };

/** What a caller of rekapDariFormulir already read, and whether it needs the revision notes (only for the text). */
interface SudahDibaca {
  formulir?: readonly IsiTabFormulir[];
  /** the Anggaran tab's rows (null: the cycle has no such tab) */
  anggaran?: readonly BarisTabAnggaran[] | null;
  /** also the capaian s.d. the triwulan before (the document prints it; the Rekap tab does not) */
  denganSebelumnya?: boolean;
  periode?: Periode;
  tanpaRevisi?: boolean;
}

/**
 * Every configured unit's form (read here unless the caller already read them), never written, parsed, measured against the Perjanjian Kinerja of the
 * cycle's period with the cycle's capaian policy, earlier triwulan of the year read from their own cycles.
 */
export function rekapDariFormulir(ss: Spreadsheet, p: Pengaturan, sudah: SudahDibaca = {}): RekapSiklus {
  const formulir = sudah.formulir ?? p.unitKerja.map((u) => bacaTabFormulirUnit(ss, u.kode));
  const indikator = formulir.flatMap((isi) =>
    barisDariFormulir(TEMPLAT.formulir, isi).flatMap((b) => bacaIndikator(b) ?? []),
  );
  const periode = sudah.periode ?? periodeSiklus(ss);
  const rekap = susunRekap(indikator, {
    urutanUnit: p.unitKerja.map((u) => u.kode),
    pk: new Map(p.unitKerja.map((u) => [u.kode, indikatorPKUnit(p, u.kode)])),
    kebijakan: p.capaian,
    skala: p.skala,
    periode,
    riwayat: bacaRiwayatTriwulan(ss, periode, p, sudah.denganSebelumnya),
    judulKolom: judulKolomFormulir(TEMPLAT.formulir),
    revisi: sudah.tanpaRevisi ? undefined : revisiDiterima(bacaTabUsulan(ss)),
  });
  const tabAnggaran = !p.anggaran.length
    ? []
    : sudah.anggaran !== undefined
      ? (sudah.anggaran ?? [])
      : (bacaTabAnggaran(ss)?.baris ?? []);
  return { ...rekap, anggaran: susunRekapAnggaran(p.anggaran, tabAnggaran, rekap, periode) };
}

/**
 * The Rekap the documents are built from: the units' forms consolidated exactly as Konsolidasi does, accepted only
 * when the last consolidation recorded in the Log is that very Rekap (its fingerprint is in the Log id), so what is
 * signed is what the SAKIP team and the Kabid saw. A form changed since, or no Rekap yet, is refused with what to do.
 */
export function rekapTerkini(ss: Spreadsheet, p: Pengaturan): RekapSiklus {
  const log = bacaTabLog(ss, TEMPLAT.log).baris;
  const formulir = formulirSesuaiPengesahan(ss, p, log);
  const rekap = rekapDariFormulir(ss, p, { formulir, denganSebelumnya: true });
  const sidik = sidikRekap(susunLembarRekap(rekap, TEMPLAT.rekap, rekap.anggaran).nilai);
  const terakhir = log.filter((b) => b.aksi === AKSI_REKAP).pop();
  if (!terakhir?.id.endsWith(`-${sidik}`)) {
    throw new Error(
      `Tab "${TEMPLAT.rekap.nama}" belum memuat Rekap terbaru dari formulir unit. ` +
        'Jalankan Konsolidasi (Susun Rekap) dahulu, lalu buat dokumen lagi.',
    );
  }
  return rekap;
}

/**
 * Every unit's form, read once, refused while a signed-off unit holds a row its Kabid did not validate as it is now
 * (an edit the edit trigger did not catch, or one made while the unit was being signed off): what is consolidated
 * and signed is only what the Kabid validated.
 */
function formulirSesuaiPengesahan(ss: Spreadsheet, p: Pengaturan, log: readonly BarisLog[]): IsiTabFormulir[] {
  const formulir = p.unitKerja.map((u) => bacaTabFormulirUnit(ss, u.kode));
  const tak = formulir.flatMap((f) => {
    const baris = barisTakSesuaiPengesahan(log, f.unit, bacaIsiFormulir(TEMPLAT.formulir, f.nilai, f.unit, f.tab).rows);
    return baris.length ? [`tab "${f.tab}" ${teksBaris(baris)}`] : [];
  });
  if (tak.length) {
    throw new Error(
      `Rekap tidak disusun: ${tak.join('; ')} berubah sesudah unitnya disahkan Kabid. Jalankan Periksa isian agar ` +
        'validasinya dibatalkan dan unitnya dibuka kembali, lalu Kabid memvalidasi dan mengesahkannya lagi.',
    );
  }
  return formulir;
}

/** "Rekap disusun: 19 indikator dari 5 unit; realisasi terisi 18 dari 19; rata-rata capaian 93,41 (Sangat Tinggi)." */
function uraianRekap(rekap: Rekap): string {
  const { perUnit, keseluruhan } = rekap.ringkasan;
  const jumlah = perUnit.reduce((n, u) => n + u.kelengkapan.jumlah, 0);
  const terisi = perUnit.reduce((n, u) => n + u.kelengkapan.terisi, 0);
  const rata =
    keseluruhan.rataRata === null
      ? 'belum ada capaian yang dapat dihitung'
      : `rata-rata capaian ${formatAngka(keseluruhan.rataRata)} (${keseluruhan.predikat?.label ?? ''})`;
  return `Rekap disusun: ${jumlah} indikator dari ${perUnit.length} unit; realisasi terisi ${terisi} dari ${jumlah}; ${rata}.`;
}

/** A short fingerprint of the Rekap's values: the same Rekap gets the same Log id. */
function sidikRekap(nilai: readonly (readonly unknown[])[]): string {
  return sidikSha256(JSON.stringify(nilai), 6);
}

/**
 * The Log row for this Rekap: the last 'rekap-disusun' row again when it recorded the same Rekap (a re-run, or a run
 * that stopped after the Log was written), else a new row numbered after the earlier ones.
 */
function barisLogRekap(
  log: readonly BarisLog[],
  sidik: string,
  isi: Pick<BarisLog, 'waktu' | 'pengguna' | 'rincian'>,
): { baris: BarisLog; baru: boolean } {
  const sebelumnya = log.filter((b) => b.aksi === AKSI_REKAP);
  const terakhir = sebelumnya[sebelumnya.length - 1];
  if (terakhir?.id.endsWith(`-${sidik}`)) return { baris: terakhir, baru: false };
  const id = `${AKSI_REKAP}-${sebelumnya.length + 1}-${sidik}`;
  return { baris: { ...isi, aksi: AKSI_REKAP, langkah: null, id }, baru: true };
}
