/**
 * The actions of steps 9–13 and the hourly trigger the fault sweep runs besides the main seven (aksi.ts), each from
 * the state the office is in just before it, as the integration tests and the bench set it up: the document sent for
 * correction, the correction finished, sent for approval, its signing recorded, the cover letter, the copies, and the
 * hourly reminder trigger.
 */
import { sembarang } from '../harness/panggil';
import { agu, ORANG } from '../harness/kantor';
import { buatSiklus, oleh, type Siklus } from '../harness/siklus';
import { triggersOf } from '../emulator/services/triggers';
import { buat, siklus as siklusDokumen } from '../integration/dokumen-siklus';
import { ditandatangani, jumat, kantor, SEK_TIM, TUJUAN } from '../integration/surat-arsip-siklus';
import { surelBelumPasti, tanpaSurelGanda } from './rancangan';
import type { Aksi } from './sapuan';

const TTD = { cara: 'TTE' as const, tautanPdf: 'https://drive.google.com/file/d/ttebsre0001/view' };

/** Steps 9–11 in their order, each as the person who acts on it in the SOP, an hour apart from 20 Agustus 08.00. */
const LANGKAH_DOKUMEN: { nama: string; jalankan: (s: Siklus, pada: number) => unknown; surel?: string }[] = [
  {
    nama: 'kirim untuk koreksi',
    jalankan: (s, pada) => s.panggil('kirimUntukKoreksi', oleh(SEK_TIM, pada)),
    surel: 'Mohon koreksi',
  },
  {
    nama: 'koreksi selesai',
    jalankan: (s, pada) => s.panggil('koreksiSelesai', oleh(ORANG.kepala, pada), 'Tidak ada koreksi.'),
  },
  {
    nama: 'kirim untuk persetujuan',
    jalankan: (s, pada) => s.panggil('kirimUntukPersetujuan', oleh(ORANG.sekretaris, pada)),
    surel: 'Mohon persetujuan',
  },
  { nama: 'catat penandatanganan', jalankan: (s, pada) => s.panggil('catatPenandatanganan', oleh(SEK_TIM, pada), TTD) },
];

/** Step `i` of LANGKAH_DOKUMEN on the consolidated cycle with its document made, after the steps before it. */
function aksiDokumen(i: number): Aksi {
  return {
    nama: LANGKAH_DOKUMEN[i].nama,
    siapkan: () => {
      const s = siklusDokumen();
      s.world.clock.set(agu(19, 15));
      buat(s);
      LANGKAH_DOKUMEN.slice(0, i).forEach((l, j) => l.jalankan(s, agu(20, 8 + j)));
      const { jalankan, surel } = LANGKAH_DOKUMEN[i];
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => jalankan(s, agu(20, 8 + i)),
        // the mail to the Kepala goes once per version: one that failed or was cut off is reported with the link
        terima: (hasil, samaKecuali) =>
          surel
            ? surelBelumPasti(s.world, hasil, samaKecuali, 'gagal atau tidak pasti terkirim', {
                kepada: ORANG.kepala,
                subjek: surel,
              })
            : null,
      };
    },
  };
}

export const AKSI_PENUTUP: Aksi[] = [
  ...LANGKAH_DOKUMEN.map((_, i) => aksiDokumen(i)),
  {
    nama: 'surat pengantar',
    siapkan: () => {
      const k = kantor();
      ditandatangani(k);
      return {
        script: k.script,
        dokumen: k.tw2,
        jalankan: () => k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN),
      };
    },
  },
  {
    nama: 'salinan',
    siapkan: () => {
      const k = kantor();
      ditandatangani(k);
      k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
      return {
        script: k.script,
        dokumen: k.tw2,
        jalankan: () => k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(14, 50), di: k.tw2 }),
      };
    },
  },
  {
    nama: 'pemicu pengingat per jam',
    siapkan: () => {
      // the forms sent on Rabu, nothing done since: on Kamis the steps after 3 are overdue
      const s = buatSiklus({ batas: '2026-08-21 16:00' });
      s.panggil('kirimFormulir', oleh(ORANG.anggota, agu(12, 10)));
      s.world.clock.set(agu(13, 10));
      const pemicu = triggersOf(s.world).find((t) => t.handler === 'pemicuPengingatPerJam' && t.owner === SEK_TIM);
      const e = sembarang<GoogleAppsScript.Events.TimeDriven>({ triggerUid: pemicu?.id });
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.jalankan('pemicuPengingatPerJam', { user: SEK_TIM, activeSpreadsheetId: s.bukuKerja }, e),
        // a claimed reminder is never sent again (pengingat.ts): one a fault cut off or refused is lost, not doubled
        terima: (_hasil, samaKecuali) =>
          samaKecuali('log', 'surel') && tanpaSurelGanda(s.world)
            ? 'pengingat yang terputus atau ditolak tidak dikirim lagi (paling banyak sekali)'
            : null,
      };
    },
  },
];
