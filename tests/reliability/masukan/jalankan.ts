/**
 * One case of the bad-input corpus run on the restored office: the input put in, the actions run as the people who run
 * them, and the outcome judged. Handled means: nothing crashed (an error of the engine, or a message in English), the
 * expected value or a Bahasa Indonesia message naming the place came out, and nothing typed was lost or half-written
 * (the forms and Pengaturan hold after the actions what they held before; an action that refused left Rekap and
 * Temuan as they were).
 */
import { isDeepStrictEqual } from 'node:util';
import { uiRecords } from '../../emulator/spreadsheet/ui';
import { userEdits } from '../../emulator/spreadsheet/user-edit';
import { agu, ORANG } from '../../harness/kantor';
import { barisBernama } from '../../harness/tabel';
import type { Siklus } from '../../integration/validasi-siklus';
import type { Harapan, Kasus, Lokasi, NamaAksi } from './kasus';
import { ketikSemua, ubahSemua } from './terapkan';

export interface HasilKasus {
  id: string;
  ditangani: boolean;
  /** why the case is not handled */
  alasan?: string;
}

interface Jalannya {
  pesan: string[];
  galat: string[];
  crash: string[];
  /** data half-written: an action refused after it changed what it writes */
  rusak: string[];
}

const PERIODE_BERIKUT = 'Triwulan III 2026';
const TAB_DIJAGA = /^(Form |Pengaturan$|Anggaran$)/;

const AKSI: Record<NamaAksi, (s: Siklus, menit: number) => unknown> = {
  periksa: (s, m) => s.panggil('validasiData', { oleh: ORANG.sekTim, pada: agu(14, 11, m) }),
  rekap: (s, m) => s.panggil('konsolidasi', { oleh: ORANG.anggota, pada: agu(14, 11, m) }),
  dokumen: (s, m) => s.panggil('buatDokumenPengukuranKinerja', { oleh: ORANG.sekTim, pada: agu(14, 11, m) }),
  mulaiSiklus: (s, m) => {
    s.world.clock.set(agu(14, 11, m));
    return s.mulaiSiklus(PERIODE_BERIKUT);
  },
};

/** Words of an English engine or API message that no Bahasa Indonesia message of the add-in uses. */
const INGGRIS =
  /\b(the|is not|cannot|can't|failed|undefined|null|of|exception|not found|invalid|error|must be|Cannot read)\b/i;

function catatGalat(e: unknown, j: Jalannya): void {
  const err = e as Error;
  const pesan = String(err?.message ?? e);
  if (['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'].includes(err?.name)) {
    j.crash.push(`${err.name}: ${pesan}`);
  } else if (INGGRIS.test(pesan)) j.crash.push(`pesan berbahasa Inggris: ${pesan.slice(0, 200)}`);
  else j.galat.push(pesan);
}

/** Every string of an action's result (its pesan, warnings …). */
function teksHasil(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(teksHasil);
  if (v && typeof v === 'object') return Object.values(v).flatMap(teksHasil);
  return [];
}

/** The Rekap and Temuan values, which an action that refuses must leave as they were. */
const hasilTab = (s: Siklus) => ({ rekap: s.nilai('Rekap'), temuan: s.nilai('Temuan') });

function jalankanAksi(s: Siklus, aksi: readonly NamaAksi[]): Jalannya {
  const j: Jalannya = { pesan: [], galat: [], crash: [], rusak: [] };
  const dialog = uiRecords(s.world).dialogs.length;
  aksi.forEach((a, i) => {
    const sebelum = hasilTab(s);
    try {
      j.pesan.push(...teksHasil(AKSI[a](s, i)));
    } catch (e) {
      catatGalat(e, j);
      if (!isDeepStrictEqual(sebelum, hasilTab(s))) j.rusak.push(`${a} ditolak sesudah mengubah Rekap atau Temuan`);
    }
  });
  for (const d of uiRecords(s.world)
    .dialogs.slice(dialog)
    .filter((d) => d.kind === 'alert')) {
    if (INGGRIS.test(d.content)) j.crash.push(`peringatan berbahasa Inggris: ${d.content.slice(0, 200)}`);
    else j.pesan.push(d.content);
  }
  return j;
}

/** The values of every tab of the cycle, by name, as its owner reads them. */
function semuaTab(s: Siklus): Record<string, unknown[][]> {
  return s.sebagai(s.pemilik, (ss) =>
    Object.fromEntries(ss.getSheets().map((sh) => [sh.getName(), sh.getDataRange().getValues()])),
  );
}

const TEMUAN = (s: Siklus) =>
  barisBernama(s.nilai('Temuan')).map((r) => ({ keparahan: r.Keparahan, Pesan: String(r.Pesan) }));

function menunjuk(pesan: string, l: Lokasi): boolean {
  return (
    pesan.includes(`"${l.tab}"`) &&
    (l.baris === undefined || new RegExp(`baris ${l.baris}\\b`).test(pesan)) &&
    (l.kolom === undefined || pesan.includes(`"${l.kolom}"`)) &&
    (l.isi === undefined || pesan.includes(l.isi))
  );
}

function nilaiRekap(s: Siklus, h: Harapan): string | null {
  const baris = barisBernama(s.nilai('Rekap')).find((r) => r['Asal (tab, baris)'] === h.asal);
  if (!baris) return `Rekap tidak memuat baris asal "${h.asal}"`;
  const [tab, no] = h.asal!.split(', baris ');
  const galat = TEMUAN(s).find((t) => t.keparahan === 'galat' && menunjuk(t.Pesan, { tab, baris: Number(no) }));
  if (galat) return `temuan galat: ${galat.Pesan.slice(0, 200)}`;
  if (h.realisasi !== undefined && baris['Realisasi s.d. periode ini'] !== h.realisasi)
    return `Rekap membaca realisasi ${JSON.stringify(baris['Realisasi s.d. periode ini'])}, bukan ${h.realisasi}`;
  if (h.penjelasan !== undefined && baris['Penjelasan / Kendala'] !== h.penjelasan)
    return `Rekap memuat penjelasan ${JSON.stringify(String(baris['Penjelasan / Kendala']).slice(0, 80))}`;
  return null;
}

function nilaiHasil(s: Siklus, h: Harapan, j: Jalannya): string | null {
  if (h.pesan && h.tanpaPenolakan && j.galat.length) return `aksi ditolak: ${j.galat.join(' | ').slice(0, 300)}`;
  if (h.pesan) {
    const semua = [...j.galat, ...j.pesan, ...TEMUAN(s).map((t) => t.Pesan)];
    if (semua.some((p) => menunjuk(p, h.pesan!))) return null;
    const lain = [...j.galat, ...j.pesan.filter((p) => p.includes('"'))].join(' | ') || '(tidak ada pesan aksi)';
    return `tidak ada pesan yang menunjuk ${JSON.stringify(h.pesan)}; pesan aksi: ${lain.slice(0, 400)}`;
  }
  if (j.galat.length) return `aksi ditolak: ${j.galat.join(' | ').slice(0, 300)}`;
  return h.asal ? nilaiRekap(s, h) : null;
}

/** A kept tab (forms, Pengaturan, Anggaran) whose values an action changed. */
function dataRusak(sebelum: Record<string, unknown[][]>, sesudah: Record<string, unknown[][]>): string | null {
  const rusak = Object.keys(sebelum).find((t) => TAB_DIJAGA.test(t) && !isDeepStrictEqual(sebelum[t], sesudah[t]));
  return rusak ? `isi tab "${rusak}" berubah oleh aksi` : null;
}

/**
 * The input put in. A refusal by Sheets itself (a cell too long) is the case's outcome when it expects one; an error of
 * the edit trigger after Sheets took the edit is a crash, since nobody sees it.
 */
function masukkan(s: Siklus, k: Kasus): string | null | 'ditolak' {
  if (k.ubah) ubahSemua(s, k.ubah);
  for (const ketik of k.ketik ?? []) {
    const tercatat = userEdits(s.world).length;
    try {
      ketikSemua(s, [ketik]);
    } catch (e) {
      if (userEdits(s.world).length > tercatat) return `pemicu edit gagal: ${(e as Error).message.slice(0, 200)}`;
      if (k.harapan.ditolakSheets) return 'ditolak';
      throw e;
    }
  }
  return k.harapan.ditolakSheets ? 'Sheets menerima isian yang seharusnya ditolaknya' : null;
}

/** Runs one case on the cycle as restored; the world is left as the case leaves it. */
export function jalankanKasus(s: Siklus, k: Kasus): HasilKasus {
  const masuk = masukkan(s, k);
  if (masuk === 'ditolak') return { id: k.id, ditangani: true };
  if (masuk) return { id: k.id, ditangani: false, alasan: masuk };
  const sebelum = semuaTab(s);
  const j = jalankanAksi(s, k.aksi);
  const alasan = j.crash[0] ?? j.rusak[0] ?? nilaiHasil(s, k.harapan, j) ?? dataRusak(sebelum, semuaTab(s));
  return alasan ? { id: k.id, ditangani: false, alasan } : { id: k.id, ditangani: true };
}
