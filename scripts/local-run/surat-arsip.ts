/**
 * SOP steps 12–14 (docs/skenario-tw2-2026.md): the cover letter's number from the office's Register Nomor Surat while
 * a second cycle of the office (Triwulan III, started that afternoon) asks for a number at the same moment, in two
 * executions run truly at once; the Surat Pengantar; the copies; the archive. The copies and the archive are made by
 * the Tim SAKIP member who made the cycle's files (under drive.file the add-in reaches them only for that person);
 * the Anggota Tim SAKIP starts those steps as the scenario says. The letter is exported to out/ as .docx.
 */
import { join } from 'node:path';
import type { World } from '../../tests/emulator';
import { exportDocumentToDocx } from '../../tests/emulator/document/export-docx';
import { tugas } from '../../tests/harness/panggil';
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { OUT, wib, type Kejadian } from './waktu';

const waktu = (no: number, kapan: 'mulai' | 'selesai') => wib(skenario.langkah.find((l) => l.no === no)![kapan]);
const orang = (no: number) => skenario.langkah.find((l) => l.no === no)!.oleh;

/** A second cycle of the office, then both cycles asking for their letter's number at the same moment. */
function kejadianNomor(s: Siklus): Kejadian[] {
  const pembuat = s.pemilik;
  const anggota = orang(13);
  let siklusLain = '';
  const siklusKedua: Kejadian = {
    at: waktu(12, 'mulai') - 30 * 60 * 1000,
    urutan: 1,
    oleh: pembuat,
    judul: 'memulai siklus Triwulan III 2026 dari buku kerja SAKIP (siklus kedua kantor)',
    jalankan: () => {
      // the office shares its workbook, where the Register Nomor Surat lives, with the whole Tim SAKIP
      s.sebagai(pembuat, (ss) => ss.addEditor(anggota), s.bukuKerja);
      siklusLain = s.mulaiSiklus('Triwulan III 2026', { disposisi: '13.00-13.05' })!;
    },
  };
  const nomorBersamaan: Kejadian = {
    at: waktu(12, 'mulai'),
    urutan: 1,
    oleh: `${pembuat} dan ${anggota}`,
    judul: 'meminta nomor surat pada saat yang sama untuk dua siklus',
    ganti: 'mulai langkah 12',
    jalankan: async () => {
      const hasil = await s.bersamaan(
        tugas('mintaNomorSurat', { user: pembuat, activeSpreadsheetId: s.id }, s.id),
        tugas('mintaNomorSurat', { user: anggota, activeSpreadsheetId: siklusLain }, siklusLain),
      );
      const gagal = hasil.find((h) => h.error);
      if (gagal) throw new Error(gagal.error);
      const [tw2, tw3] = hasil.map((h) => h.result!.nomor);
      nomorBersamaan.judul = `meminta nomor surat pada saat yang sama: Triwulan II mendapat ${tw2}, Triwulan III mendapat ${tw3} (mulai langkah 12)`;
    },
  };
  return [siklusKedua, nomorBersamaan];
}

export function kejadianSuratArsip(s: Siklus) {
  const pembuat = s.pemilik;
  let suratId: string | null = null;
  const kejadian: Kejadian[] = [
    ...kejadianNomor(s),
    {
      at: waktu(12, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'membuat Surat Pengantar bernomor (Google Dokumen dan PDF) (selesai langkah 12)',
      ganti: 'selesai langkah 12',
      jalankan: () => {
        const hasil = s.panggil('buatSuratPengantar', pembuat, { kepada: 'Bupati Banyumas', di: 'Purwokerto' });
        suratId = /\/d\/([\w-]+)/.exec(hasil.urlDokumen)![1];
      },
    },
    {
      at: waktu(13, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'membuat salinan PDF untuk setiap tujuan tembusan di Pengaturan (selesai langkah 13)',
      ganti: 'selesai langkah 13',
      jalankan: () => s.panggil('buatSalinan', pembuat),
    },
    {
      at: waktu(14, 'selesai'),
      urutan: 0,
      oleh: pembuat,
      judul: 'mengarsipkan dan menutup siklus: semua berkas ke folder arsip, hanya dapat dibaca (selesai langkah 14)',
      ganti: 'selesai langkah 14',
      jalankan: () => s.panggil('arsipkanSiklus', pembuat),
    },
  ];
  const ekspor = async (w: World) => {
    if (!suratId) return;
    const docx = join(OUT, 'surat-pengantar.docx');
    await exportDocumentToDocx(w, suratId, docx);
    console.log(`Surat pengantar:    ${docx}`);
  };
  return { kejadian, ekspor };
}
