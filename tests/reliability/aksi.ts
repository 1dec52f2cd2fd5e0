/**
 * The actions the fault sweep runs, each from the state the office is in just before it, as the integration tests
 * set it up: start a cycle, send the forms, consolidate, a Kabid signs a unit off, the letter number, the document,
 * archive.
 */
import { localMs } from '../../src/server/domain/zona-waktu';
import { isiRealisasi } from '../integration/dokumen-siklus';
import { ditandatangani, jumat, kantor, SEK_TIM, TUJUAN } from '../integration/surat-arsip-siklus';
import { siklus as siklusValidasi, KABID } from '../integration/validasi-siklus';
import { agu, ORANG } from '../harness/kantor';
import { buatSiklus, oleh } from '../harness/siklus';
import type { World } from '../emulator/core/world';
import { sentMails } from '../emulator/services/mail';
import type { Aksi } from './sapuan';

/**
 * The form mails go out at most once: a run killed while one was going out (at its MailApp.sendEmail, or at the Log
 * write of its outcome) leaves that one unit "belum pasti" for the Tim SAKIP to resend, and nobody got a mail twice.
 */
function satuBelumPasti(world: World, hasil: { belumPasti: string[] }): string | null {
  const per = new Map<string, number>();
  for (const m of sentMails(world)) for (const to of m.to) per.set(to, (per.get(to) ?? 0) + 1);
  const duaKali = [...per.values()].some((n) => n > 1);
  return hasil.belumPasti.length === 1 && !duaKali ? 'satu unit belum pasti menerima surelnya (Kirim ulang)' : null;
}

export const AKSI: Aksi[] = [
  {
    nama: 'mulai siklus',
    siapkan: () => {
      const s = buatSiklus({ mulai: false });
      return { script: s.script, dokumen: s.bukuKerja, jalankan: () => s.mulaiSiklus('Triwulan II 2026') };
    },
  },
  {
    nama: 'kirim formulir',
    siapkan: () => {
      const s = buatSiklus({ batas: '2026-08-21 16:00' });
      s.world.clock.set(agu(12, 10));
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('kirimFormulir', ORANG.anggota),
        // a mail refused once is sent by the retry; the refused attempt stays in the Log
        terima: (hasil, samaKecuali) =>
          satuBelumPasti(s.world, hasil as { belumPasti: string[] }) ??
          (samaKecuali('log') ? 'percobaan yang gagal tetap tercatat di Log; ulangannya mengirim' : null),
      };
    },
  },
  {
    nama: 'konsolidasi',
    siapkan: () => {
      const s = buatSiklus();
      isiRealisasi(s);
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('konsolidasi', oleh(ORANG.anggota, agu(19, 14))),
      };
    },
  },
  {
    nama: 'Kabid mengesahkan unit',
    siapkan: () => {
      const s = siklusValidasi();
      const kode = 'PJRS';
      const baris = Array.from({ length: s.barisData(kode) }, (_, i) => i + 2);
      s.panggil('tandaiBanyakBaris', oleh(KABID[kode], agu(18, 10)), kode, baris, 'Valid');
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('sahkanUnit', oleh(KABID[kode], agu(18, 11)), kode),
      };
    },
  },
  {
    nama: 'nomor surat',
    siapkan: () => {
      const k = kantor();
      return {
        script: k.script,
        dokumen: k.bukuKerja,
        jalankan: () => k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 }),
        sesudah: () => k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14, 5), di: k.tw3 }),
      };
    },
  },
  {
    nama: 'dokumen',
    siapkan: () => {
      const s = buatSiklus();
      isiRealisasi(s);
      s.panggil('konsolidasi', oleh(ORANG.anggota, agu(19, 14)));
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('buatDokumenPengukuranKinerja', oleh(ORANG.sekTim, agu(19, 15))),
      };
    },
  },
  {
    nama: 'arsip',
    siapkan: () => {
      const k = kantor();
      ditandatangani(k);
      k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
      k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(14, 50), di: k.tw2 });
      return {
        script: k.script,
        dokumen: k.tw2,
        jalankan: () => k.panggil('arsipkanSiklus', { oleh: SEK_TIM, pada: localMs(2026, 8, 24, 8, 10), di: k.tw2 }),
      };
    },
  },
];
