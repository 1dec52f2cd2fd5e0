import { namaTabFormulir } from '../../domain/layout';
import { kabidUnit } from '../../domain/pengaturan/peran';
import {
  barisLogBaris,
  keadaanBaris,
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
 * unit). A row with galat findings cannot be Valid. The same mark again changes nothing.
 */
export function tandaiBaris(
  spreadsheetId: string,
  kode: string,
  baris: number,
  status: string,
  catatan?: string,
): HasilAksi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bukaSiklus(spreadsheetId, oleh);
    const tab = namaTabFormulir(kode);
    pastikanKabid(s, kode, `tab "${tab}" baris ${baris}`);
    const pilihan = PILIHAN_KABID.find((p) => p.toLowerCase() === String(status).trim().toLowerCase());
    if (!pilihan) {
      throw new Error(`Tab "${tab}" baris ${baris}, kolom "Validasi": pilih "${PILIHAN_KABID.join('" atau "')}".`);
    }
    const u = periksaUnit(s, kode, null, []);
    const row = Number.isInteger(baris) ? u.isi.rows[baris - 2] : undefined;
    if (!row || !u.rek.keadaan.some((k) => k.baris.rowNumber === baris)) {
      throw new Error(`Tab "${tab}" baris ${baris} kosong atau tidak ada: tidak ada yang dapat divalidasi.`);
    }
    const tulis = u.rek.tulis.filter((t) => t.rowNumber !== baris);
    const sekarang = u.rek.tulis.find((t) => t.rowNumber === baris);
    const sidikSekarang = sekarang ? sekarang.sidik : String(row.sidik ?? '');
    const statusSekarang = sekarang ? sekarang.status : String(row.status ?? '');
    const baru = pilihan === STATUS_VALIDASI.valid ? sidikBaris(row.baris) : '';
    if (pilihan === STATUS_VALIDASI.valid) tolakBilaGalat(u, baris);
    const catatanBaru = catatan === undefined ? null : neutralkanFormula(String(catatan).trim());
    const sama =
      statusSekarang === pilihan &&
      sidikSekarang === baru &&
      (catatanBaru === null || catatanBaru === String(row.catatan ?? ''));
    if (sama && u.rek.tulis.length === 0) {
      return { berubah: false, pesan: `Tab "${tab}" baris ${baris} sudah berstatus "${pilihan}".` };
    }
    const log = [...u.rek.log];
    const kejadian: Kejadian[] = [];
    mulaiLangkahBilaBelum(s, kejadian);
    if (!sama) {
      const aksi = pilihan === STATUS_VALIDASI.valid ? AKSI_BARIS.valid : AKSI_BARIS.perbaikan;
      const rincian = `Tab "${tab}" baris ${baris}: "${pilihan}"${catatanBaru ? ` — ${catatanBaru}` : ''}.`;
      const b = barisLogBaris(u.konteks, baris, aksi, rincian, log);
      if (b) log.push(b);
    }
    tulis.push({ rowNumber: baris, status: pilihan, sidik: baru });
    const setelah = { ...u, rek: { ...u.rek, keadaan: keadaanSetelah(u, row, { status: pilihan, sidik: baru }) } };
    bukaKembaliBilaPerlu(s, setelah, log, kejadian);
    tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
    tulisUnit(u, tulis);
    if (catatanBaru !== null) u.sheet.getRange(baris, u.isi.kolom.get('catatanKabid') as number).setValue(catatanBaru);
    return { berubah: true, pesan: `Tab "${tab}" baris ${baris} ditandai "${pilihan}".` };
  });
}

function tolakBilaGalat(u: PeriksaanUnit, baris: number): void {
  const galat = validasiFormulir(
    u.isi.rows.map((r) => r.baris),
    { judulKolom: u.konteks.judulKolom },
  ).filter((t) => t.row === baris && t.severity === 'galat');
  if (galat.length) {
    throw new Error(`Baris ini belum dapat dinyatakan Valid:\n${galat.map((t) => t.message).join('\n')}`);
  }
}

/** The unit's row states once one row carries new validation cells. */
function keadaanSetelah(u: PeriksaanUnit, row: BarisUnit, sel: Pick<BarisUnit, 'status' | 'sidik'>) {
  const baris = row.baris.rowNumber;
  return u.rek.keadaan.map((k) =>
    k.baris.rowNumber === baris ? { ...k, keadaan: keadaanBaris({ ...row, ...sel }) } : k,
  );
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
