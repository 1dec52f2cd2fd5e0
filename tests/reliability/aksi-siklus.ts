/**
 * The actions of steps 3–8 the fault sweep runs besides the main seven (aksi.ts), each from the state the office is in
 * just before it, as the integration tests and the bench set it up: resend a form, mark a form submitted, invite to
 * and hold the meeting, check the forms, a Kabid marks rows, hand the data over, the step actions of the sidebar and
 * the edit trigger.
 */
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { buatSiklus, oleh } from '../harness/siklus';
import { KABID, KOL, siklus as siklusValidasi, STAF } from '../integration/validasi-siklus';
import { surelBelumPasti, surelKe } from './rancangan';
import type { Aksi } from './sapuan';

const SEK_TIM = ORANG.sekTim;
const ANGGOTA = ORANG.anggota;
const JADWAL = { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' };

/** The cycle with its forms sent on Rabu 12 Agustus 10.00 WIB. */
function terkirim() {
  const s = buatSiklus({ batas: '2026-08-21 16:00' });
  s.panggil('kirimFormulir', oleh(ANGGOTA, agu(12, 10)));
  return s;
}

/** The run a person retries: one that ended with an error, or whose result names a mail that was refused. */
const adaGagal = (hasil: unknown) => ((hasil as { gagal?: unknown[] } | undefined)?.gagal?.length ?? 0) > 0;

/** A step action of the sidebar on step 3 by the Anggota Tim SAKIP, after `sebelum` ran. */
function aksiLangkah(
  nama: string,
  fn: 'mulaiLangkah' | 'selesaiLangkah' | 'bukaKembaliLangkah',
  sebelum: ('mulaiLangkah' | 'selesaiLangkah')[],
): Aksi {
  return {
    nama,
    siapkan: () => {
      const s = buatSiklus();
      sebelum.forEach((f, i) => s.panggil(f, oleh(ANGGOTA, agu(12, 10 + i)), 3));
      const catatan = fn === 'bukaKembaliLangkah' ? ['Ada unit yang terlewat.'] : [];
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil(fn, oleh(ANGGOTA, agu(12, 13)), 3, ...catatan),
      };
    },
  };
}

export const AKSI_SIKLUS: Aksi[] = [
  {
    nama: 'kirim ulang formulir',
    siapkan: () => {
      const s = terkirim();
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('kirimUlangFormulir', oleh(SEK_TIM, agu(13, 9)), 'PSPFM'),
        ulangBila: adaGagal,
        // "Kirim ulang" sends whatever the Log says: the attempt a fault cut off stays in the Log, and the retry sends
        // again as asked (the form mail of kirimFormulir, the cut-off one, the retry's)
        terima: (hasil, samaKecuali) =>
          (hasil as { dikirim?: string[] }).dikirim?.includes('PSPFM') &&
          surelKe(s.world, STAF.PSPFM, 'PSPFM') <= 3 &&
          samaKecuali('log', 'surel')
            ? 'percobaan yang terputus tetap tercatat di Log; kirim ulang mengirim lagi seperti diminta'
            : null,
      };
    },
  },
  {
    nama: 'tandai selesai diisi',
    siapkan: () => {
      const s = siklusValidasi({ pemicu: false });
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('tandaiSelesaiDiisi', oleh(KABID.PSPFM, agu(14, 9)), 'PSPFM'),
        terima: (hasil, samaKecuali) =>
          surelBelumPasti(s.world, hasil, samaKecuali, 'tidak pasti terkirim', {
            kepada: KABID.PSPFM,
            subjek: 'PSPFM selesai diisi',
          }),
      };
    },
  },
  {
    nama: 'undangan rapat',
    siapkan: () => {
      const s = terkirim();
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('undangRapat', oleh(SEK_TIM, agu(13, 10)), JADWAL),
      };
    },
  },
  {
    nama: 'rapat selesai',
    siapkan: () => {
      const s = terkirim();
      s.panggil('undangRapat', oleh(SEK_TIM, agu(13, 10)), JADWAL);
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('rapatSelesai', oleh(SEK_TIM, agu(18, 11)), 'Semua unit hadir.'),
      };
    },
  },
  {
    nama: 'periksa isian',
    siapkan: () => {
      const s = siklusValidasi();
      s.ketik(STAF.PSPFM, agu(14, 9), 'PSPFM', `${KOL.realisasi}3`, '');
      return { script: s.script, dokumen: s.id, jalankan: () => s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9))) };
    },
  },
  {
    nama: 'Kabid menandai banyak baris',
    siapkan: () => {
      const s = siklusValidasi();
      const baris = Array.from({ length: s.barisData('PJRS') }, (_, i) => i + 2);
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', baris, 'Valid'),
      };
    },
  },
  {
    nama: 'Kabid menandai satu baris',
    siapkan: () => {
      const s = siklusValidasi();
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () =>
          s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PSPFM', 3, 'Perlu perbaikan', 'Belum lengkap'),
      };
    },
  },
  {
    nama: 'serah terima data',
    siapkan: () => {
      const s = terkirim();
      const baris = (aksi: string, id: string) => ({
        waktu: agu(20, 9),
        pengguna: SEK_TIM,
        aksi,
        langkah: null,
        rincian: '',
        id,
      });
      s.tulisLog([...UNIT.map((k) => baris('unit-disahkan', `unit-disahkan-${k}`)), baris('rekap-disusun', 'rekap')]);
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => s.panggil('serahkanKePetugasData', oleh(ANGGOTA, agu(20, 10))),
        terima: (hasil, samaKecuali) =>
          surelBelumPasti(s.world, hasil, samaKecuali, 'belum pasti diterima', {
            kepada: ORANG.data,
            subjek: 'Data kinerja',
          }),
      };
    },
  },
  aksiLangkah('mulai langkah', 'mulaiLangkah', []),
  aksiLangkah('selesai langkah', 'selesaiLangkah', ['mulaiLangkah']),
  aksiLangkah('buka kembali langkah', 'bukaKembaliLangkah', ['mulaiLangkah', 'selesaiLangkah']),
  {
    nama: 'pemicu edit',
    siapkan: () => {
      // a validated row of PSPFM typed over by its staff: the edit trigger takes the validation away
      const s = siklusValidasi();
      s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
      s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PSPFM', 2, 'Valid');
      s.world.clock.set(agu(18, 14));
      return {
        script: s.script,
        dokumen: s.id,
        jalankan: () => userEdit(s.world, s.id, 'Form PSPFM', `${KOL.realisasi}2`, '95', STAF.PSPFM),
      };
    },
  },
];
