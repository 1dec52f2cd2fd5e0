/**
 * The inputs of each cycle action and the call they make: what the card asks for, checked here before the server is
 * called (the server checks again), and turned into the endpoint's arguments.
 */
import type { AksiSiklus, EndpointAksiSiklus } from '../shared/api';
import { panggil } from './server';
import { wibKeEpochMs } from './waktu-wib';

export interface Isian {
  nama: string;
  label: string;
  jenis: 'tanggal-jam' | 'teks' | 'catatan' | 'tautan' | 'pilihan' | 'centang';
  wajib: boolean;
  /** [value, label] of a 'pilihan' */
  pilihan?: readonly (readonly [string, string])[];
  contoh?: string;
}

const CATATAN: Isian = { nama: 'catatan', label: 'Catatan (opsional)', jenis: 'catatan', wajib: false };

export const ISIAN: Partial<Record<EndpointAksiSiklus, readonly Isian[]>> = {
  undangRapat: [
    { nama: 'mulai', label: 'Mulai (WIB)', jenis: 'tanggal-jam', wajib: true },
    { nama: 'selesai', label: 'Selesai (WIB)', jenis: 'tanggal-jam', wajib: true },
    { nama: 'tempat', label: 'Tempat', jenis: 'teks', wajib: true, contoh: 'Ruang Rapat Dinas' },
  ],
  rapatSelesai: [{ ...CATATAN, label: 'Catatan rapat (opsional)' }],
  koreksiSelesai: [{ ...CATATAN, label: 'Catatan koreksi (opsional)' }],
  catatPenandatanganan: [
    {
      nama: 'cara',
      label: 'Cara penandatanganan',
      jenis: 'pilihan',
      wajib: true,
      pilihan: [
        ['TTE', 'Tanda tangan elektronik (TTE)'],
        ['basah', 'Tanda tangan basah (dipindai)'],
      ],
    },
    {
      nama: 'tautanPdf',
      label: 'Tautan PDF bertanda tangan',
      jenis: 'tautan',
      wajib: true,
      contoh: 'https://drive.google.com/…',
    },
  ],
  buatSuratPengantar: [
    { nama: 'kepada', label: 'Kepada Yth.', jenis: 'teks', wajib: true, contoh: 'Bupati Banyumas' },
    { nama: 'di', label: 'di', jenis: 'teks', wajib: true, contoh: 'Purwokerto' },
  ],
  arsipkanSiklus: [
    {
      nama: 'yakin',
      label: 'Semua berkas sudah lengkap. Setelah diarsipkan, siklus ditutup dan hanya dapat dibaca.',
      jenis: 'centang',
      wajib: true,
    },
  ],
};

export type NilaiIsian = Record<string, string | boolean>;

/** What every endpoint answers, as far as the card shows it. */
export interface HasilTampil {
  pesan: string;
  peringatan?: string[];
}

/** An input's problem: which input (to focus it) and what to do, said for the person filling the card in. */
export interface MasalahIsian {
  nama: string;
  pesan: string;
}

/** The first problem of the values; null when they may be sent. */
export function periksaIsian(aksi: AksiSiklus, nilai: NilaiIsian): MasalahIsian | null {
  for (const isian of ISIAN[aksi.endpoint] ?? []) {
    const v = nilai[isian.nama];
    const kosong = v === undefined || v === false || (typeof v === 'string' && v.trim() === '');
    const masalah = (pesan: string) => ({ nama: isian.nama, pesan: `${aksi.label}: ${pesan}` });
    if (isian.wajib && kosong) {
      return masalah(
        isian.jenis === 'centang'
          ? `centang pernyataan "${isian.label}" dahulu.`
          : `isian "${isian.label}" wajib diisi.`,
      );
    }
    if (kosong) continue;
    if (isian.jenis === 'tanggal-jam' && wibKeEpochMs(String(v)) === null) {
      return masalah(`isian "${isian.label}" bukan tanggal dan jam yang benar.`);
    }
    if (isian.jenis === 'tautan' && !/^https:\/\/\S+$/.test(String(v).trim())) {
      return masalah(`isian "${isian.label}" harus berupa alamat yang diawali https://.`);
    }
  }
  if (aksi.endpoint === 'undangRapat') {
    const mulai = wibKeEpochMs(String(nilai.mulai));
    const selesai = wibKeEpochMs(String(nilai.selesai));
    if (mulai !== null && selesai !== null && selesai <= mulai) {
      return { nama: 'selesai', pesan: `${aksi.label}: isian "Selesai (WIB)" harus setelah "Mulai (WIB)".` };
    }
  }
  return null;
}

const teks = (nilai: NilaiIsian, nama: string): string => String(nilai[nama] ?? '').trim();

/** The message and the warnings (a list of texts where an endpoint has one; validasiData counts them instead). */
function tampil(hasil: { pesan: string; peringatan?: unknown }): HasilTampil {
  const peringatan = Array.isArray(hasil.peringatan) ? hasil.peringatan.map(String) : [];
  return { pesan: hasil.pesan, peringatan };
}

/** Calls the card's endpoint with the values (already checked by periksaIsian). */
export function jalankanAksiSiklus(spreadsheetId: string, aksi: AksiSiklus, nilai: NilaiIsian): Promise<HasilTampil> {
  return panggilEndpoint(spreadsheetId, aksi, nilai).then(tampil);
}

function panggilEndpoint(spreadsheetId: string, aksi: AksiSiklus, nilai: NilaiIsian): Promise<{ pesan: string }> {
  const kode = aksi.kode ?? '';
  const catatan = teks(nilai, 'catatan') || undefined;
  switch (aksi.endpoint) {
    case 'undangRapat':
      return panggil('undangRapat', spreadsheetId, {
        mulaiMs: wibKeEpochMs(teks(nilai, 'mulai')) as number,
        selesaiMs: wibKeEpochMs(teks(nilai, 'selesai')) as number,
        tempat: teks(nilai, 'tempat'),
      });
    case 'rapatSelesai':
      return panggil('rapatSelesai', spreadsheetId, catatan);
    case 'koreksiSelesai':
      return panggil('koreksiSelesai', spreadsheetId, catatan);
    case 'catatPenandatanganan':
      return panggil('catatPenandatanganan', spreadsheetId, {
        cara: teks(nilai, 'cara') === 'basah' ? 'basah' : 'TTE',
        tautanPdf: teks(nilai, 'tautanPdf'),
      });
    case 'buatSuratPengantar':
      return panggil('buatSuratPengantar', spreadsheetId, { kepada: teks(nilai, 'kepada'), di: teks(nilai, 'di') });
    case 'serahkanKePetugasData':
      return panggil('serahkanKePetugasData', spreadsheetId, aksi.kirimUlang === true);
    case 'kirimUlangFormulir':
    case 'tandaiSelesaiDiisi':
    case 'sahkanUnit':
      return panggil(aksi.endpoint, spreadsheetId, kode);
    default:
      return panggil(aksi.endpoint, spreadsheetId);
  }
}
