import { berkasDariLog } from '../../../src/server/domain/panel/berkas-panel';
import { orangPanel } from '../../../src/server/domain/panel/orang-panel';
import { riwayatDariLog } from '../../../src/server/domain/panel/riwayat-panel';
import { unitKabidPanel } from '../../../src/server/domain/panel/unit-kabid';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import type { BarisLog } from '../../../src/server/domain/pelacakan/log';
import type { BarisUnit } from '../../../src/server/domain/data/validasi/status-validasi';
import { sidikBaris } from '../../../src/server/domain/data/validasi/sidik';
import { localMs } from '../../../src/server/domain/zona-waktu';
import { TEMPLAT } from '../../../src/server/domain/templat';

const P = pengaturanBawaan(TEMPLAT.sop);
const kepala = P.orang.find((o) => o.peran.some((r) => /^Kepala/.test(r)))!;

const log = (aksi: string, id: string, rincian: string, menit = 0, langkah: number | null = null): BarisLog => ({
  waktu: localMs(2026, 8, 24, 9, menit),
  pengguna: kepala.email,
  aksi,
  langkah,
  rincian,
  id,
});

describe('orangPanel', () => {
  it('names a listed person by name and jabatan, keeping the address for the hover text', () => {
    expect(orangPanel(P, ` ${kepala.email.toUpperCase()} `)).toEqual({
      nama: kepala.nama,
      jabatan: kepala.jabatan,
      email: kepala.email.toUpperCase(),
    });
  });

  it('falls back to the address for someone Pengaturan does not list', () => {
    expect(orangPanel(P, 'tamu@contoh.go.id')).toEqual({
      nama: 'tamu@contoh.go.id',
      jabatan: '',
      email: 'tamu@contoh.go.id',
    });
  });
});

describe('berkasDariLog', () => {
  const doc = 'https://docs.google.com/document/d/DOC1/edit';
  const pdf = 'https://drive.google.com/file/d/PDF1/view';
  const rows = [
    log('dokumen-dibuat', 'dokumen-dibuat-v1', `Versi 1 "Dokumen – v1". Dokumen: ${doc} PDF: ${pdf}`),
    log('dokumen-dikirim-koreksi', 'dokumen-dikirim-koreksi-v1/dikirim', `terkirim kepada ${kepala.email}.`),
    log(
      'dokumen-ditandatangani',
      'dokumen-ditandatangani-v1',
      'Versi 1 ditandatangani (TTE). PDF bertanda tangan: https://drive.google.com/file/d/TTD1/view. Selesai.',
    ),
    log(
      'surat-pengantar-dibuat',
      'surat-pengantar-dibuat',
      'Surat Pengantar nomor 000/1/2026. Dokumen: https://docs.google.com/document/d/SP1/edit PDF: https://drive.google.com/file/d/SP2/view',
    ),
    log(
      'salinan-dibuat',
      'salinan-v1:bappeda',
      'Salinan Dokumen – v1 untuk Bappeda. PDF: https://drive.google.com/file/d/SL1/view',
    ),
    log('formulir-dikirim', 'formulir-dikirim-PJRS', 'Tautan https://docs.google.com/spreadsheets/d/X/edit'),
  ];

  it('lists the documents, the signed PDF, the letter and the copies in Log order, then the folder', () => {
    expect(berkasDariLog(rows, { url: 'https://drive.google.com/drive/folders/F1', arsip: false })).toEqual([
      { label: 'Dokumen Pengukuran Kinerja v1 (Google Dokumen)', url: doc },
      { label: 'Dokumen Pengukuran Kinerja v1 (PDF)', url: pdf },
      { label: 'Dokumen bertanda tangan (PDF)', url: 'https://drive.google.com/file/d/TTD1/view' },
      { label: 'Surat pengantar (Google Dokumen)', url: 'https://docs.google.com/document/d/SP1/edit' },
      { label: 'Surat pengantar (PDF)', url: 'https://drive.google.com/file/d/SP2/view' },
      { label: 'Salinan untuk Bappeda (PDF)', url: 'https://drive.google.com/file/d/SL1/view' },
      { label: 'Folder siklus', url: 'https://drive.google.com/drive/folders/F1' },
    ]);
  });

  it('calls the folder the archive once the cycle is closed, and lists nothing for a Log without files', () => {
    expect(berkasDariLog([], { url: 'https://drive.google.com/drive/folders/A', arsip: true })).toEqual([
      { label: 'Folder arsip', url: 'https://drive.google.com/drive/folders/A' },
    ]);
    expect(berkasDariLog(rows.slice(5), null)).toEqual([]);
  });
});

describe('riwayatDariLog', () => {
  it('gives the latest rows first, step events with their step, people by name', () => {
    const rows = [
      log('mulai', 'e1', '', 0, 4),
      log('rekap-disusun', 'rekap-1', 'Rekap disusun dari 5 formulir.', 5, 6),
      log('selesai', 'e2', '', 10, 4),
    ];
    const r = riwayatDariLog(rows, P, 2);
    expect(r.map((x) => x.uraian)).toEqual(['Langkah 4 selesai', 'Rekap disusun: Rekap disusun dari 5 formulir.']);
    expect(r[0].waktuTeks).toBe('Senin, 24 Agustus 2026 09.10 WIB');
    expect(r[0].oleh.nama).toBe(kepala.nama);
    // rows of the same time: the one written later comes first
    const sama = [log('siklus-dibuat', 'siklus-dibuat', 'Dibuat.', 30), log('mulai', 'e3', '', 30, 2)];
    expect(riwayatDariLog(sama, P).map((x) => x.uraian)).toEqual(['Langkah 2 dimulai', 'Siklus dibuat: Dibuat.']);
  });
});

describe('unitKabidPanel', () => {
  const baris = (rowNumber: number, status: string, realisasi: unknown, sidik = ''): BarisUnit => {
    const b = {
      unit: 'PJRS',
      tab: 'Form PJRS',
      rowNumber,
      cells: { indikator: `Indikator ${rowNumber}`, realisasi, target: 10 },
    };
    return { baris: b, status, catatan: '', sidik: sidik === 'sidik' ? sidikBaris(b) : sidik };
  };

  it('counts Valid, Perlu perbaikan and not yet marked rows, leaving empty rows out', () => {
    const u = unitKabidPanel('PJRS', 'Form PJRS', [
      baris(2, 'Valid', 5, 'sidik'),
      baris(3, 'Perlu perbaikan', ''),
      baris(4, '', 7),
      baris(5, 'Perlu dicek ulang', 8, 'berubah:realisasi'),
      { baris: { unit: 'PJRS', tab: 'Form PJRS', rowNumber: 6, cells: {} }, status: '', catatan: '', sidik: '' },
    ]);
    expect(u.jumlah).toEqual({ valid: 1, perbaikan: 1, belum: 2 });
    expect(u.baris.map((b) => [b.baris, b.keadaan, b.keadaanTeks])).toEqual([
      [2, 'valid', 'Valid'],
      [3, 'perbaikan', 'Perlu perbaikan'],
      [4, 'belum', 'Belum divalidasi'],
      [5, 'belum', 'Perlu dicek ulang'],
    ]);
  });
});
