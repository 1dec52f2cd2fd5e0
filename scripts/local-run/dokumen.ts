/**
 * Dokumen Pengukuran Kinerja and SOP steps 9–11 (docs/skenario-tw2-2026.md): the Tim SAKIP consolidates and makes the
 * document after step 8, sends it to the Kepala for correction (step 9), the Kepala records the correction, the
 * Sekretaris sends it for approval (step 10), and the signing is recorded (step 11). Each action replaces the plain
 * step record it stands for; the document is exported to out/ as .docx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../../tests/emulator';
import { exportDocumentToDocx } from '../../tests/emulator/document/export-docx';
import { SEMUA_ORANG } from '../../tests/harness/kantor';
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { OUT, wib, type Kejadian } from './waktu';
import { KUNCI_UMUM } from '../../src/server/domain/pengaturan/blok-pengaturan';

const waktu = (no: number, kapan: 'mulai' | 'selesai') => wib(skenario.langkah.find((l) => l.no === no)![kapan]);
const orang = (no: number) => skenario.langkah.find((l) => l.no === no)!.oleh;
const MENIT = 60 * 1000;

/** Step 9–11: correction, approval and signing, each replacing the plain step record it stands for. */
function kejadianTandaTangan(s: Siklus, pembuat: string): Kejadian[] {
  return [
    {
      at: waktu(9, 'mulai'),
      urutan: 1,
      oleh: pembuat,
      judul: 'mengirim dokumen kepada Kepala untuk dikoreksi (mulai langkah 9)',
      jalankan: () => s.panggil('kirimUntukKoreksi', pembuat),
      ganti: 'mulai langkah 9',
    },
    {
      at: waktu(9, 'selesai'),
      urutan: 0,
      oleh: orang(9),
      judul: 'koreksi selesai (selesai langkah 9)',
      jalankan: () => s.panggil('koreksiSelesai', orang(9), 'Koreksi redaksional pada ringkasan.'),
      ganti: 'selesai langkah 9',
    },
    {
      at: waktu(10, 'selesai'),
      urutan: 0,
      oleh: orang(10),
      judul: 'mengirim dokumen kepada Kepala untuk persetujuan (selesai langkah 10)',
      jalankan: () => s.panggil('kirimUntukPersetujuan', orang(10)),
      ganti: 'selesai langkah 10',
    },
    {
      at: waktu(11, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: `mencatat penandatanganan (TTE) oleh ${orang(11)}; dokumen kini hanya dapat dibaca (selesai langkah 11)`,
      jalankan: () =>
        s.panggil('catatPenandatanganan', pembuat, {
          cara: 'TTE',
          tautanPdf: 'https://drive.google.com/file/d/contoh-pdf-bertanda-tangan/view',
        }),
      ganti: 'selesai langkah 11',
    },
  ];
}

export function kejadianDokumen(s: Siklus) {
  const pembuat = skenario.pembuatSiklus;
  let docId: string | null = null;
  const kejadian: Kejadian[] = [
    {
      at: waktu(8, 'selesai') + 10 * MENIT,
      urutan: 1,
      oleh: pembuat,
      judul: 'menyimpan logo daerah di Google Dokumen dan mengisi baris "Logo kop" di Pengaturan',
      jalankan: () => {
        const png = readFileSync(join(__dirname, 'logo-kop.png'));
        const logo = s.dokumenLogo(pembuat, png, SEMUA_ORANG);
        s.aturPengaturan(KUNCI_UMUM.logoKop, logo);
      },
    },
    {
      at: waktu(8, 'selesai') + 15 * MENIT,
      urutan: 1,
      oleh: orang(8),
      judul: 'konsolidasi Rekap sebelum dokumen dibuat',
      jalankan: () => s.panggil('konsolidasi', orang(8)),
    },
    {
      at: waktu(8, 'selesai') + 30 * MENIT,
      urutan: 1,
      oleh: pembuat,
      judul: 'membuat Dokumen Pengukuran Kinerja (Google Dokumen dan PDF)',
      jalankan: () => {
        const hasil = s.panggil('buatDokumenPengukuranKinerja', pembuat);
        docId = /\/d\/([\w-]+)/.exec(hasil.urlDokumen)![1];
      },
    },
    ...kejadianTandaTangan(s, pembuat),
  ];
  const ekspor = async (world: World) => {
    if (!docId) return;
    const docx = join(OUT, 'dokumen-pengukuran-kinerja.docx');
    await exportDocumentToDocx(world, docId, docx);
    console.log(`Dokumen:            ${docx}`);
  };
  return { kejadian, ekspor };
}
