/**
 * SOP steps 6–8 of the scenario (docs/skenario-tw2-2026.md) after the forms are filled: the Rekap consolidated and the
 * entries checked; each Kabid validates every row and signs the unit off, one row sent back for a fix, one staff member
 * refused, one edit after validation taking it away; the data handed to the data officer.
 */
import { spreadsheetState } from '../../tests/emulator/spreadsheet/model';
import { ORANG } from '../../tests/harness/kantor';
import type { Siklus } from '../../tests/harness/siklus';
import { ketik, KOLOM_REALISASI_ANGGARAN, sel } from './sel';
import skenario from './skenario-tw2-2026.json';
import { wib, type Kejadian } from './waktu';

const v = skenario.validasi;
const kabidDari = (kode: string) => skenario.pengisian.find((u) => u.kode === kode)!.kabid;
const pengisiDari = (kode: string) => skenario.pengisian.find((u) => u.kode === kode)!.oleh;

/** Rows 2.. of a unit's form that hold an indicator (read from the emulator's state: no service call). */
function barisTerisi(s: Siklus, kode: string): number[] {
  const sheet = spreadsheetState(s.world, s.id).sheets.find((x) => x.name === `Form ${kode}`);
  return (sheet?.rows ?? []).flatMap((r, i) => (i > 0 && String(r?.[1]?.value ?? '') !== '' ? [i + 1] : []));
}

const barisDari = (s: Siklus, kode: string, awalan: string) =>
  Number(/\d+$/.exec(sel(s, `Form ${kode}`, awalan, 'Validasi'))![0]);

/** The Kabid marks every filled row of the unit's form Valid, except `kembali` (Perlu perbaikan), and signs it off. */
function validasi(s: Siklus, kode: string, sahkan = true, kembali?: { baris: number; catatan: string }) {
  const kabid = kabidDari(kode);
  for (const baris of barisTerisi(s, kode)) {
    if (baris === kembali?.baris) s.panggil('tandaiBaris', kabid, kode, baris, 'Perlu perbaikan', kembali.catatan);
    else s.panggil('tandaiBaris', kabid, kode, baris, 'Valid');
  }
  if (sahkan) s.panggil('sahkanUnit', kabid, kode);
}

export function wajibDitolak(fn: () => unknown): () => string {
  return () => {
    try {
      fn();
    } catch (e) {
      return `ditolak: ${(e as Error).message}`;
    }
    throw new Error('Skenario: aksi ini seharusnya ditolak.');
  };
}

/** The Rekap, the check, the units signed off in one go, the staff member refused. */
function kejadianPeriksa(s: Siklus): Kejadian[] {
  const { ditolak } = v;
  return [
    {
      at: wib(v.konsolidasi),
      urutan: 1,
      oleh: ORANG.anggota,
      judul: 'menyusun Rekap dari semua formulir',
      jalankan: () => s.panggil('konsolidasi', ORANG.anggota),
    },
    {
      at: wib(v.periksa),
      urutan: 1,
      oleh: ORANG.anggota,
      judul: 'memeriksa isian: temuan ke tab Temuan, sel bermasalah disorot',
      jalankan: () => s.panggil('validasiData', ORANG.anggota),
    },
    ...v.sahkan.map((x) => ({
      at: wib(x.waktu),
      urutan: 1,
      oleh: kabidDari(x.kode),
      judul: `memvalidasi setiap baris Form ${x.kode} dan mengesahkan unitnya`,
      jalankan: () => validasi(s, x.kode),
      ganti: x.kode === 'PJRS' ? 'mulai langkah 7' : undefined,
    })),
    {
      at: wib(ditolak.waktu),
      urutan: 1,
      oleh: ditolak.oleh,
      judul: `mencoba memvalidasi baris unitnya sendiri (Form ${ditolak.kode})`,
      jalankan: wajibDitolak(() =>
        s.panggil('tandaiBaris', ditolak.oleh, ditolak.kode, barisDari(s, ditolak.kode, ditolak.indikator), 'Valid'),
      ),
    },
  ];
}

/** One row sent back, fixed by the unit and validated; the unit signed off; a realisasi above its pagu fixed. */
function kejadianPerbaikan(s: Siklus): Kejadian[] {
  const { kode, indikator, catatan } = v.perbaikan;
  const anggaran = v.perbaikanAnggaran;
  return [
    {
      at: wib(anggaran.waktu),
      urutan: 1,
      oleh: anggaran.oleh,
      judul: `membetulkan realisasi anggaran ${anggaran.program} yang melebihi pagu (temuan di tab Temuan)`,
      jalankan: ketik(s, anggaran.oleh, 'Anggaran', anggaran.program, KOLOM_REALISASI_ANGGARAN, anggaran.nilai),
    },
    {
      at: wib(v.perbaikan.tandai),
      urutan: 1,
      oleh: kabidDari(kode),
      judul: `memvalidasi Form ${kode}, kecuali baris yang kosong: "Perlu perbaikan"`,
      jalankan: () => validasi(s, kode, false, { baris: barisDari(s, kode, indikator), catatan }),
    },
    {
      at: wib(v.perbaikan.diperbaiki),
      urutan: 1,
      oleh: pengisiDari(kode),
      judul: `memperbaiki baris yang dikembalikan di Form ${kode}`,
      jalankan: ketik(s, pengisiDari(kode), `Form ${kode}`, indikator, 'Realisasi', v.perbaikan.nilai),
    },
    {
      at: wib(v.perbaikan.disahkan),
      urutan: 1,
      oleh: kabidDari(kode),
      judul: `memvalidasi baris yang diperbaiki dan mengesahkan Form ${kode}`,
      jalankan: () => validasi(s, kode),
    },
  ];
}

/** An edit after validation takes it away; validated again (step 7 done); the data handed over (step 8). */
function kejadianSuntingDanSerah(s: Siklus): Kejadian[] {
  const sunting = v.suntingSesudahValid;
  return [
    {
      at: wib(sunting.waktu),
      urutan: 1,
      oleh: sunting.oleh,
      judul: `menyunting baris Form ${sunting.kode} yang sudah divalidasi (validasinya gugur)`,
      jalankan: ketik(s, sunting.oleh, `Form ${sunting.kode}`, sunting.indikator, sunting.kolom, sunting.nilai),
    },
    {
      at: wib(sunting.disahkanLagi),
      urutan: 1,
      oleh: kabidDari(sunting.kode),
      judul: `memvalidasi lagi Form ${sunting.kode} dan mengesahkannya (langkah 7 selesai)`,
      jalankan: () => validasi(s, sunting.kode),
      ganti: 'selesai langkah 7',
    },
    {
      at: wib(skenario.serahTerima.waktu),
      urutan: 0,
      oleh: ORANG.anggota,
      judul: 'menyerahkan data kinerja kepada Kasubbid Data (selesai langkah 8)',
      jalankan: () => s.panggil('serahkanKePetugasData', ORANG.anggota),
      ganti: 'selesai langkah 8',
    },
  ];
}

export function kejadianValidasi(s: Siklus): Kejadian[] {
  return [...kejadianPeriksa(s), ...kejadianPerbaikan(s), ...kejadianSuntingDanSerah(s)];
}
