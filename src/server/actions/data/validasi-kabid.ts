import { namaTabFormulir } from '../../domain/layout';
import { kabidUnit } from '../../domain/pengaturan/peran';
import {
  barisLogRentang,
  keadaanBaris,
  teksBaris,
  PILIHAN_KABID,
  sahValid,
  STATUS_VALIDASI,
  uraianKeadaan,
  type BarisUnit,
} from '../../domain/data/validasi/status-validasi';
import { idUnit, unitDisahkan } from '../../domain/data/validasi/pengesahan';
import { neutralkanFormula } from '../../domain/format/neutralkan-formula';
import { sidikBaris } from '../../domain/data/validasi/sidik';
import { validasiFormulir } from '../../domain/data/temuan/periksa-formulir';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { denganKunci } from '../../gateways/lock';
import { emailPengguna } from '../../gateways/script/session';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { langkahAksi, type Kejadian } from '../../domain/pelacakan/langkah-aksi';

import {
  bukaSiklus,
  periksaUnit,
  bukaKembaliBilaPerlu,
  tulisUnit,
  statusLangkah,
  detik,
  type PeriksaanUnit,
  type Siklus,
} from './siklus-validasi';
import { AKSI_BARIS, AKSI_UNIT } from '../../domain/pelacakan/aksi-log';
import { barisLog } from '../../domain/pelacakan/log';
import type { HasilAksi } from '../../../shared/api';

function pastikanKabid(s: Siklus, kode: string, tempat: string): void {
  if (!s.p.unitKerja.some((u) => u.kode === kode)) {
    throw new Error(`Unit "${kode}" tidak ada di tab Pengaturan (Unit Kerja).`);
  }
  const kabid = kabidUnit(s.p, kode);
  if (kabid && kabid.email.trim().toLowerCase() === s.oleh) return;
  const siapa = kabid
    ? `Kabid unit ${kode} (${kabid.nama})`
    : `Kabid unit ${kode}, yang belum tercantum di tab Pengaturan`;
  throw new Error(`${s.oleh} tidak berwenang memvalidasi ${tempat}: validasi hanya dapat dilakukan oleh ${siapa}.`);
}

/** Step 7 starts with the first Kabid action on it. */
function mulaiLangkahBilaBelum(s: Siklus, kejadian: Kejadian[]): void {
  if (statusLangkah(s, langkahAksi('tandaiBaris')) !== 'belum') return;
  kejadian.push({ permintaan: { type: 'mulai', step: langkahAksi('tandaiBaris') }, oleh: s.oleh, at: s.nowMs });
}

/**
 * The unit's Kabid marks one form row Valid (its values are fingerprinted) or "Perlu perbaikan" (with a note for the
 * unit): the one-row case of tandaiBanyakBaris.
 */
export function tandaiBaris(
  spreadsheetId: string,
  kode: string,
  baris: number,
  status: string,
  catatan?: string,
): HasilAksi {
  return tandaiBanyakBaris(spreadsheetId, kode, [baris], status, catatan);
}

/** The row numbers asked for, each once, in order; refused unless whole numbers. */
function nomorBaris(baris: readonly unknown[], tab: string): number[] {
  if (!Array.isArray(baris) || baris.length === 0) {
    throw new Error(`Tab "${tab}": pilih sedikitnya satu baris untuk ditandai.`);
  }
  const salah = baris.find((b) => !Number.isInteger(b) || (b as number) < 2);
  if (salah !== undefined) throw new Error(`Tab "${tab}": "${String(salah)}" bukan nomor baris isian.`);
  return [...new Set(baris as number[])].sort((a, b) => a - b);
}

/**
 * The unit's Kabid marks many form rows at once Valid (their values are fingerprinted) or "Perlu perbaikan" (with one
 * note for the unit): one read of the form, one write of its validation columns, one Log row for the rows whose mark
 * changes (its id names the row range). A row with galat findings cannot be Valid; the same call again changes
 * nothing.
 */
export function tandaiBanyakBaris(
  spreadsheetId: string,
  kode: string,
  baris: readonly number[],
  status: string,
  catatan?: string,
): HasilAksi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bukaSiklus(spreadsheetId, oleh);
    const tab = namaTabFormulir(kode);
    const nomor = nomorBaris(baris, tab);
    const tempat = `tab "${tab}" ${teksBaris(nomor)}`;
    pastikanKabid(s, kode, tempat);
    const pilihan = PILIHAN_KABID.find((p) => p.toLowerCase() === String(status).trim().toLowerCase());
    if (!pilihan)
      throw new Error(`Tab "${tab}" ${teksBaris(nomor)}, kolom "Validasi": pilih "${PILIHAN_KABID.join('" atau "')}".`);
    const u = periksaUnit(s, kode, null, []);
    tolakBilaKosong(u, nomor, tab);
    const valid = pilihan === STATUS_VALIDASI.valid;
    if (valid) tolakBilaGalat(u, nomor);
    const catatanBaru = catatan === undefined ? null : neutralkanFormula(String(catatan).trim());
    const tanda = tandaBaru(u, nomor, pilihan, catatanBaru);
    const berubah = tanda.filter((t) => !t.sama).map((t) => t.tulis.rowNumber);
    if (berubah.length === 0 && u.rek.tulis.length === 0) {
      return { berubah: false, pesan: `Tab "${tab}" ${teksBaris(nomor)} sudah berstatus "${pilihan}".` };
    }
    const log = [...u.rek.log];
    const kejadian: Kejadian[] = [];
    mulaiLangkahBilaBelum(s, kejadian);
    const aksi = valid ? AKSI_BARIS.valid : AKSI_BARIS.perbaikan;
    const rincian = (nomorLog: readonly number[]) =>
      `Tab "${tab}" ${teksBaris(nomorLog)}: "${pilihan}"${catatanBaru ? ` — ${catatanBaru}` : ''}.`;
    const b = barisLogRentang(u.konteks, berubah, aksi, rincian, log);
    if (b) log.push(b);
    const tulis = [...u.rek.tulis.filter((t) => !nomor.includes(t.rowNumber)), ...tanda.map((t) => t.tulis)];
    const ditandai = tanda.map((t) => ({ ...t.row, status: t.tulis.status, sidik: t.tulis.sidik }));
    const setelah = { ...u, rek: { ...u.rek, keadaan: keadaanSetelah(u, ditandai) } };
    bukaKembaliBilaPerlu(s, setelah, log, kejadian);
    tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
    tulisUnit(u, tulis);
    return { berubah: true, pesan: `Tab "${tab}" ${teksBaris(nomor)} ditandai "${pilihan}".` };
  });
}

/** Each marked row's new validation cells, and whether they say what the row already says. */
function tandaBaru(u: PeriksaanUnit, nomor: readonly number[], pilihan: string, catatanBaru: string | null) {
  const valid = pilihan === STATUS_VALIDASI.valid;
  const direkonsiliasi = new Map(u.rek.tulis.map((t) => [t.rowNumber, t]));
  return nomor.map((n) => {
    const row = u.isi.rows[n - 2];
    const sekarang = direkonsiliasi.get(n);
    const sidik = valid ? sidikBaris(row.baris) : '';
    const sama =
      (sekarang ? sekarang.status : String(row.status ?? '')) === pilihan &&
      (sekarang ? sekarang.sidik : String(row.sidik ?? '')) === sidik &&
      (catatanBaru === null || catatanBaru === String(row.catatan ?? ''));
    return {
      row,
      sama,
      tulis: { rowNumber: n, status: pilihan, sidik, ...(catatanBaru === null ? {} : { catatan: catatanBaru }) },
    };
  });
}

function tolakBilaKosong(u: PeriksaanUnit, nomor: readonly number[], tab: string): void {
  const terisi = new Set(u.rek.keadaan.map((k) => k.baris.rowNumber));
  const kosong = nomor.filter((n) => !terisi.has(n) || !u.isi.rows[n - 2]);
  if (kosong.length) {
    throw new Error(`Tab "${tab}" ${teksBaris(kosong)} kosong atau tidak ada: tidak ada yang dapat divalidasi.`);
  }
}

function tolakBilaGalat(u: PeriksaanUnit, nomor: readonly number[]): void {
  const galat = validasiFormulir(
    u.isi.rows.map((r) => r.baris),
    { judulKolom: u.konteks.judulKolom },
  ).filter((t) => nomor.includes(t.row) && t.severity === 'galat');
  if (galat.length) {
    const judul = nomor.length > 1 ? 'Baris berikut' : 'Baris ini';
    throw new Error(`${judul} belum dapat dinyatakan Valid:\n${galat.map((t) => t.message).join('\n')}`);
  }
}

/** The unit's row states once the marked rows carry their new validation cells. */
function keadaanSetelah(u: PeriksaanUnit, baru: readonly BarisUnit[]) {
  const per = new Map(baru.map((r) => [r.baris.rowNumber, r]));
  return u.rek.keadaan.map((k) => {
    const r = per.get(k.baris.rowNumber);
    return r ? { ...k, keadaan: keadaanBaris(r) } : k;
  });
}

/**
 * The unit's Kabid signs the unit off when every filled row is Valid: a Log row 'unit-disahkan' with name and time.
 * When it is the last unit, step 7 is finished.
 */
export function sahkanUnit(spreadsheetId: string, kode: string): HasilAksi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bukaSiklus(spreadsheetId, oleh);
    const tab = namaTabFormulir(kode);
    pastikanKabid(s, kode, `tab "${tab}"`);
    const u = periksaUnit(s, kode, null, []);
    const belum = u.rek.keadaan.filter((k) => !sahValid(k.keadaan));
    if (u.rek.keadaan.length === 0) throw new Error(`Tab "${tab}" belum berisi indikator: belum ada yang disahkan.`);
    if (belum.length) {
      // the refusal still records what this read found (a lost validation, a reopened unit), so the rows it names
      // show their state
      const log = [...u.rek.log];
      const kejadian: Kejadian[] = [];
      bukaKembaliBilaPerlu(s, u, log, kejadian);
      tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
      tulisUnit(u, u.rek.tulis);
      const daftar = belum.map((k) => `baris ${k.baris.rowNumber} (${uraianKeadaan(k.keadaan)})`).join(', ');
      throw new Error(`Unit ${kode} belum dapat disahkan: tab "${tab}" ${daftar}.`);
    }
    if (unitDisahkan(s.log, kode)) {
      // a run ended after its sign-off row was written may not have drawn Pelacakan: draw it from the Log
      tulisKejadian(s.ss, s.konteks, [], s.nowMs);
      tulisUnit(u, u.rek.tulis);
      return { berubah: false, pesan: `Unit ${kode} sudah disahkan.` };
    }
    const kabid = kabidUnit(s.p, kode);
    const log = [...u.rek.log];
    log.push(
      barisLog(
        { oleh, at: detik(s.nowMs), langkah: langkahAksi('sahkanUnit') },
        AKSI_UNIT.disahkan,
        idUnit(s.log, AKSI_UNIT.disahkan, kode),
        `Unit ${kode} disahkan oleh ${kabid?.nama ?? oleh} (${oleh}) pada ${formatWaktuLokal(s.nowMs)}: ` +
          `${u.rek.keadaan.length} indikator valid.`,
      ),
    );
    const kejadian: Kejadian[] = [];
    mulaiLangkahBilaBelum(s, kejadian);
    const semua = [...s.log, ...log];
    if (
      s.p.unitKerja.every((x) => unitDisahkan(semua, x.kode)) &&
      statusLangkah(s, langkahAksi('sahkanUnit')) !== 'selesai'
    ) {
      const note = 'semua unit disahkan Kabid';
      kejadian.push({ permintaan: { type: 'selesai', step: langkahAksi('sahkanUnit'), note }, oleh, at: s.nowMs });
    }
    tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
    tulisUnit(u, u.rek.tulis);
    return { berubah: true, pesan: `Unit ${kode} disahkan.` };
  });
}
