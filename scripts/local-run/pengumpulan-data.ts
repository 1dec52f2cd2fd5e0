/**
 * SOP steps 3–8 of the scenario (docs/skenario-tw2-2026.md), as people do them in Sheets and the sidebar: the Tim
 * SAKIP sets the deadline and sends the forms, invites the meeting, the Kepala holds it; units type into their forms
 * (oddly typed numbers, a formula, an empty cell, a target the PK protects) and the realisasi of their programs
 * in the Anggaran tab (one above its pagu), and their Kabid marks them submitted, the late unit
 * after its reminder; the data is consolidated and checked; each Kabid validates and signs off, one row sent back for a
 * fix, one edit after validation, one refused staff member; the data goes to the data officer.
 */
import { spreadsheetState } from '../../tests/emulator/spreadsheet/model';
import { userEdit } from '../../tests/emulator/spreadsheet/user-edit';
import { ORANG } from '../../tests/harness/kantor';
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { ketik, KOLOM_REALISASI_ANGGARAN } from './sel';
import { kejadianValidasi, wajibDitolak } from './validasi';
import { wib, type Kejadian } from './waktu';

const TIM = skenario.pembuatSiklus;
const langkah = (no: number) => skenario.langkah.find((l) => l.no === no)!;

/** The Pengaturan tab keeps each setting's value in column B, next to its label in column A. */
function selPengaturan(s: Siklus, label: string): string {
  const sheet = spreadsheetState(s.world, s.id).sheets.find((x) => x.name === 'Pengaturan');
  const baris = (sheet?.rows ?? []).findIndex((r) => String(r?.[0]?.value ?? '') === label);
  if (baris < 0) throw new Error(`Skenario: "${label}" tidak ada di tab Pengaturan.`);
  return `B${baris + 1}`;
}

/** Steps 3–5: the deadline typed, the forms sent, the meeting invited and held. */
function kejadianFormulirDanRapat(s: Siklus): Kejadian[] {
  const { waktu, nilai } = skenario.batasPengisian;
  return [
    {
      at: wib(waktu),
      urutan: 1,
      oleh: TIM,
      judul: `menulis batas pengisian ${nilai} di tab Pengaturan`,
      jalankan: () => userEdit(s.world, s.id, 'Pengaturan', selPengaturan(s, 'Batas pengisian (WIB)'), nilai, TIM),
    },
    {
      at: wib(langkah(3).selesai),
      urutan: 0,
      oleh: ORANG.anggota,
      judul: 'mengirim formulir ke setiap unit kerja (selesai langkah 3)',
      jalankan: () => s.panggil('kirimFormulir', ORANG.anggota),
      ganti: 'selesai langkah 3',
    },
    {
      at: wib(langkah(4).selesai),
      urutan: 0,
      oleh: TIM,
      judul: 'mengundang rapat pembahasan di Google Calendar (selesai langkah 4)',
      jalankan: () =>
        s.panggil('undangRapat', TIM, {
          mulaiMs: wib(langkah(5).mulai),
          selesaiMs: wib(langkah(5).selesai),
          tempat: skenario.rapat.tempat,
        }),
      ganti: 'selesai langkah 4',
    },
    {
      at: wib(langkah(5).selesai),
      urutan: 0,
      oleh: ORANG.kepala,
      judul: 'mencatat rapat selesai dengan notulennya (selesai langkah 5)',
      jalankan: () =>
        s.panggil(
          'rapatSelesai',
          ORANG.kepala,
          'Format disepakati; realisasi triwulan II diisi paling lambat Kamis 16.00.',
        ),
      ganti: 'selesai langkah 5',
    },
  ];
}

/** Steps 6: each unit types into its form, and its Kabid marks the form submitted. */
function kejadianPengisian(s: Siklus): Kejadian[] {
  return skenario.pengisian.flatMap((unit): Kejadian[] => [
    ...unit.isian.map(([awalan, kolom, nilai, harapan], i) => {
      const ketikan = ketik(s, unit.oleh, `Form ${unit.kode}`, awalan, kolom, nilai);
      return {
        at: wib(unit.waktu) + i * 60_000,
        urutan: 1,
        oleh: unit.oleh,
        judul: `${harapan === 'ditolak' ? 'mencoba mengetik' : 'mengetik'} "${nilai}" di ${kolom} (${awalan}…) tab Form ${unit.kode}${harapan === 'ditolak' ? ' (kolom dari Perjanjian Kinerja)' : ''}`,
        jalankan: harapan === 'ditolak' ? wajibDitolak(ketikan) : ketikan,
      };
    }),
    ...unit.anggaran.map(([awalan, nilai], i) => ({
      at: wib(unit.waktu) + (unit.isian.length + i) * 60_000,
      urutan: 1,
      oleh: unit.oleh,
      judul: `mengetik realisasi anggaran "${nilai}" untuk ${awalan}… di tab Anggaran`,
      jalankan: ketik(s, unit.oleh, 'Anggaran', awalan, KOLOM_REALISASI_ANGGARAN, nilai),
    })),
    {
      at: wib(unit.selesaiDiisi),
      urutan: 1,
      oleh: unit.kabid,
      judul: `menandai Form ${unit.kode} selesai diisi`,
      jalankan: () => s.panggil('tandaiSelesaiDiisi', unit.kabid, unit.kode),
    },
  ]);
}

export function kejadianPengumpulanData(s: Siklus): Kejadian[] {
  return [...kejadianFormulirDanRapat(s), ...kejadianPengisian(s), ...kejadianValidasi(s)];
}
