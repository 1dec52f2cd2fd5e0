/**
 * SOP steps 3–8 of the scenario (docs/skenario-tw2-2026.md), as people do them in Sheets and the sidebar: the Tim
 * SAKIP sets the deadline and sends the forms, invites the meeting, the Kepala holds it; units type into their forms
 * (oddly typed numbers, a formula, an empty cell, a target of 0) and their Kabid marks them submitted, the late unit
 * after its reminder; the data is consolidated and checked; each Kabid validates and signs off, one row sent back for a
 * fix, one edit after validation, one refused staff member; the data goes to the data officer.
 */
import { columnLetters } from '../../tests/emulator/spreadsheet/a1';
import { spreadsheetState } from '../../tests/emulator/spreadsheet/model';
import { userEdit } from '../../tests/emulator/spreadsheet/user-edit';
import type { World } from '../../tests/emulator';
import type { LoadedScript } from '../../tests/harness/script';
import skenario from './skenario-tw2-2026.json';
import { wib, type Kejadian } from './waktu';

const TIM = skenario.pembuatSiklus;
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const KEPALA = 'kepala@contoh.go.id';

/** The A1 address of a cell of a tab: the row whose Indikator Kinerja (or first column) starts with `awalan`. */
function sel(world: World, id: string, tab: string, awalan: string, judulKolom: string): string {
  const sheet = spreadsheetState(world, id).sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`Skenario: tab "${tab}" tidak ada.`);
  const teks = (r: number, c: number) => String(sheet.rows[r]?.[c]?.value ?? '');
  const judul = (sheet.rows[0] ?? []).map((_, c) => teks(0, c));
  const kolom = judul.indexOf(judulKolom);
  const kolomCari = Math.max(0, judul.indexOf('Indikator Kinerja'));
  const baris = sheet.rows.findIndex((_, r) => r > 0 && teks(r, kolomCari).startsWith(awalan));
  if (kolom < 0 || baris < 0) throw new Error(`Skenario: sel "${awalan}" / "${judulKolom}" di tab "${tab}" tidak ada.`);
  return `${columnLetters(kolom + 1)}${baris + 1}`;
}

/** Rows 2.. of a unit's form that hold an indicator. */
function barisTerisi(world: World, id: string, kode: string): number[] {
  const sheet = spreadsheetState(world, id).sheets.find((s) => s.name === `Form ${kode}`);
  return (sheet?.rows ?? []).flatMap((r, i) => (i > 0 && String(r?.[1]?.value ?? '') !== '' ? [i + 1] : []));
}

export function kejadianPengumpulanData(world: World, script: LoadedScript, id: string): Kejadian[] {
  const panggil =
    (fn: string, oleh: string, ...args: unknown[]) =>
    () =>
      script.call(fn, [id, ...args], { user: oleh, activeSpreadsheetId: id });
  const ketik = (oleh: string, tab: string, awalan: string, kolom: string, nilai: string) => () =>
    userEdit(world, id, tab, sel(world, id, tab, awalan, kolom), nilai, oleh);
  const v = skenario.validasi;
  const validasiSemua = (kode: string, kabid: string) => () => {
    for (const baris of barisTerisi(world, id, kode))
      script.call('tandaiBaris', [id, kode, baris, 'Valid'], { user: kabid, activeSpreadsheetId: id });
    return script.call('sahkanUnit', [id, kode], { user: kabid, activeSpreadsheetId: id });
  };
  const kabidDari = (kode: string) => skenario.pengisian.find((u) => u.kode === kode)!.kabid;
  const barisDari = (kode: string, awalan: string) =>
    Number(/\d+$/.exec(sel(world, id, `Form ${kode}`, awalan, 'Validasi'))![0]);
  const wajibDitolak = (fn: () => unknown) => () => {
    try {
      fn();
    } catch (e) {
      return `ditolak: ${(e as Error).message}`;
    }
    throw new Error('Skenario: aksi ini seharusnya ditolak.');
  };
  const langkah = (no: number) => skenario.langkah.find((l) => l.no === no)!;

  const kejadian: Kejadian[] = [
    {
      at: wib(skenario.batasPengisian.waktu),
      urutan: 1,
      oleh: TIM,
      judul: `menulis batas pengisian ${skenario.batasPengisian.nilai} di tab Pengaturan`,
      jalankan: () =>
        userEdit(
          world,
          id,
          'Pengaturan',
          selPengaturan(world, id, 'Batas pengisian (WIB)'),
          skenario.batasPengisian.nilai,
          TIM,
        ),
    },
    {
      at: wib(langkah(3).selesai),
      urutan: 0,
      oleh: ANGGOTA,
      judul: 'mengirim formulir ke setiap unit kerja (selesai langkah 3)',
      jalankan: panggil('kirimFormulir', ANGGOTA),
      ganti: 'selesai langkah 3',
    },
    {
      at: wib(langkah(4).selesai),
      urutan: 0,
      oleh: TIM,
      judul: 'mengundang rapat pembahasan di Google Calendar (selesai langkah 4)',
      jalankan: panggil('undangRapat', TIM, {
        mulaiMs: wib(langkah(5).mulai),
        selesaiMs: wib(langkah(5).selesai),
        tempat: skenario.rapat.tempat,
      }),
      ganti: 'selesai langkah 4',
    },
    {
      at: wib(langkah(5).selesai),
      urutan: 0,
      oleh: KEPALA,
      judul: 'mencatat rapat selesai dengan notulennya (selesai langkah 5)',
      jalankan: panggil(
        'rapatSelesai',
        KEPALA,
        'Format disepakati; realisasi triwulan II diisi paling lambat Kamis 16.00.',
      ),
      ganti: 'selesai langkah 5',
    },
  ];
  for (const unit of skenario.pengisian) {
    unit.isian.forEach(([awalan, kolom, nilai], i) =>
      kejadian.push({
        at: wib(unit.waktu) + i * 60_000,
        urutan: 1,
        oleh: unit.oleh,
        judul: `mengetik "${nilai}" di ${kolom} (${awalan}…) tab Form ${unit.kode}`,
        jalankan: ketik(unit.oleh, `Form ${unit.kode}`, awalan, kolom, nilai),
      }),
    );
    kejadian.push({
      at: wib(unit.selesaiDiisi),
      urutan: 1,
      oleh: unit.kabid,
      judul: `menandai Form ${unit.kode} selesai diisi`,
      jalankan: panggil('tandaiSelesaiDiisi', unit.kabid, unit.kode),
    });
  }
  kejadian.push(
    {
      at: wib(v.konsolidasi),
      urutan: 1,
      oleh: ANGGOTA,
      judul: 'menyusun Rekap dari semua formulir',
      jalankan: panggil('konsolidasi', ANGGOTA),
    },
    {
      at: wib(v.periksa),
      urutan: 1,
      oleh: ANGGOTA,
      judul: 'memeriksa isian: temuan ke tab Temuan, sel bermasalah disorot',
      jalankan: panggil('validasiData', ANGGOTA),
    },
    ...v.sahkan.map((s) => ({
      at: wib(s.waktu),
      urutan: 1,
      oleh: kabidDari(s.kode),
      judul: `memvalidasi setiap baris Form ${s.kode} dan mengesahkan unitnya`,
      jalankan: validasiSemua(s.kode, kabidDari(s.kode)),
      ganti: s.kode === 'PJRS' ? 'mulai langkah 7' : undefined,
    })),
    {
      at: wib(v.ditolak.waktu),
      urutan: 1,
      oleh: v.ditolak.oleh,
      judul: `mencoba memvalidasi baris unitnya sendiri (Form ${v.ditolak.kode})`,
      jalankan: wajibDitolak(() =>
        script.call('tandaiBaris', [id, v.ditolak.kode, barisDari(v.ditolak.kode, v.ditolak.indikator), 'Valid'], {
          user: v.ditolak.oleh,
          activeSpreadsheetId: id,
        }),
      ),
    },
    {
      at: wib(v.perbaikan.tandai),
      urutan: 1,
      oleh: kabidDari(v.perbaikan.kode),
      judul: `memvalidasi Form ${v.perbaikan.kode}, kecuali baris yang kosong: "Perlu perbaikan"`,
      jalankan: () => {
        const kode = v.perbaikan.kode;
        const kabid = kabidDari(kode);
        const kembali = barisDari(kode, v.perbaikan.indikator);
        for (const baris of barisTerisi(world, id, kode)) {
          const [status, catatan] = baris === kembali ? ['Perlu perbaikan', v.perbaikan.catatan] : ['Valid', undefined];
          script.call('tandaiBaris', [id, kode, baris, status, catatan], { user: kabid, activeSpreadsheetId: id });
        }
      },
    },
    {
      at: wib(v.perbaikan.diperbaiki),
      urutan: 1,
      oleh: skenario.pengisian.find((u) => u.kode === v.perbaikan.kode)!.oleh,
      judul: `memperbaiki baris yang dikembalikan di Form ${v.perbaikan.kode}`,
      jalankan: ketik(
        skenario.pengisian.find((u) => u.kode === v.perbaikan.kode)!.oleh,
        `Form ${v.perbaikan.kode}`,
        v.perbaikan.indikator,
        'Realisasi',
        v.perbaikan.nilai,
      ),
    },
    {
      at: wib(v.perbaikan.disahkan),
      urutan: 1,
      oleh: kabidDari(v.perbaikan.kode),
      judul: `memvalidasi baris yang diperbaiki dan mengesahkan Form ${v.perbaikan.kode}`,
      jalankan: validasiSemua(v.perbaikan.kode, kabidDari(v.perbaikan.kode)),
    },
    {
      at: wib(v.suntingSesudahValid.waktu),
      urutan: 1,
      oleh: v.suntingSesudahValid.oleh,
      judul: `menyunting baris Form ${v.suntingSesudahValid.kode} yang sudah divalidasi (validasinya gugur)`,
      jalankan: ketik(
        v.suntingSesudahValid.oleh,
        `Form ${v.suntingSesudahValid.kode}`,
        v.suntingSesudahValid.indikator,
        v.suntingSesudahValid.kolom,
        v.suntingSesudahValid.nilai,
      ),
    },
    {
      at: wib(v.suntingSesudahValid.disahkanLagi),
      urutan: 1,
      oleh: kabidDari(v.suntingSesudahValid.kode),
      judul: `memvalidasi lagi Form ${v.suntingSesudahValid.kode} dan mengesahkannya (langkah 7 selesai)`,
      jalankan: validasiSemua(v.suntingSesudahValid.kode, kabidDari(v.suntingSesudahValid.kode)),
      ganti: 'selesai langkah 7',
    },
    {
      at: wib(skenario.serahTerima.waktu),
      urutan: 0,
      oleh: ANGGOTA,
      judul: 'menyerahkan data kinerja kepada Kasubbid Data (selesai langkah 8)',
      jalankan: panggil('serahkanKePetugasData', ANGGOTA),
      ganti: 'selesai langkah 8',
    },
  );
  return kejadian;
}

/** The Pengaturan tab keeps each setting's value in column B, next to its label in column A. */
function selPengaturan(world: World, id: string, label: string): string {
  const sheet = spreadsheetState(world, id).sheets.find((s) => s.name === 'Pengaturan');
  const baris = (sheet?.rows ?? []).findIndex((r) => String(r?.[0]?.value ?? '') === label);
  if (baris < 0) throw new Error(`Skenario: "${label}" tidak ada di tab Pengaturan.`);
  return `B${baris + 1}`;
}
