/**
 * The scenario the bench measures: one cycle of the office at a size (units × indicators per unit) driven through
 * every endpoint of the add-in in the order the SOP uses them, each by the person who acts on it, through the built
 * Code.js on the emulator. Each action's calls are priced by the latency model; an action that fails is recorded with
 * its message, and the cycle goes on.
 */
import type { World } from '../../tests/emulator';
import type { CallRecord } from '../../tests/emulator/core/calls';
import { LatencyModel, type Priced } from '../../tests/emulator/core/latency';
import { triggersOf } from '../../tests/emulator/services/triggers';
import { userEdit } from '../../tests/emulator/spreadsheet/user-edit';
import { agu, ORANG } from '../../tests/harness/kantor';
import { sembarang } from '../../tests/harness/panggil';
import { buatSiklus, type Siklus } from '../../tests/harness/siklus';

export interface Ukuran {
  unit: number;
  perUnit: number;
}

/** One action measured: its service calls, its round trips once writes are batched, its modelled seconds. */
interface Ukur {
  aksi: string;
  /** service calls (not local): what the action asks of Google */
  panggilan: number;
  /** round trips once consecutive writes to one spreadsheet are batched (latency.ts) */
  pulangPergi: number;
  detik: number;
  /**
   * the distinct places the action must read or write, one batch request counting as one: its lower bound in round
   * trips. A figure of the action's job, not of its code.
   */
  batasBawah: number;
}

interface Gagal {
  aksi: string;
  gagal: string;
  /** service calls and modelled seconds spent before it failed */
  panggilan: number;
  detik: number;
}

export type HasilAksi = Ukur | Gagal;

const SAKIP = ORANG.sekTim;
const ANGGOTA = ORANG.anggota;
const UNIT = 'PSPFM';
const KABID = ORANG.kabid[UNIT];
const TUJUAN = { kepada: 'Bupati Banyumas', di: 'Purwokerto' };
const JAM = 60 * 60 * 1000;

/** `BENCH_PROFIL=aksi npm run bench`: that action's round trips printed in order, with their modelled ms. */
function cetakProfil(aksi: string, catatan: readonly CallRecord[], harga: readonly Priced[]): void {
  if (process.env.BENCH_PROFIL !== aksi) return;
  const baris = catatan.flatMap((c, i) =>
    harga[i].roundTrip
      ? [`  ${harga[i].ms.toFixed(0).padStart(6)} ms  ${c.type}.${c.method} (${c.cells ?? 1} sel)`]
      : [],
  );
  console.log(`profil ${aksi}:\n${baris.join('\n')}`);
}

function ukur(world: World, aksi: string, batasBawah: number, kerja: () => unknown): HasilAksi {
  const awal = world.calls.mark();
  let gagal: string | null = null;
  try {
    kerja();
  } catch (e) {
    gagal = (e as Error).message;
  }
  const catatan = world.calls.since(awal);
  const harga = world.latency.price(catatan);
  cetakProfil(aksi, catatan, harga);
  const panggilan = harga.filter((p) => p.tarif !== 'local').length;
  const detik = harga.reduce((ms, p) => ms + p.ms, 0) / 1000;
  if (gagal === null && harga.length === 0) gagal = 'Tidak ada panggilan layanan: aksi tidak berjalan.';
  if (gagal !== null) return { aksi, gagal, panggilan, detik };
  return { aksi, panggilan, pulangPergi: harga.filter((p) => p.roundTrip).length, detik, batasBawah };
}

/**
 * One column of every form written by the owner in one write per form (not measured): `isi` gives each filled row's
 * value from its index among the filled rows, the form's name and the value the cell holds.
 */
function tulisKolomFormulir(
  s: Siklus,
  judulKolom: string,
  isi: (i: number, tab: string, sekarang: unknown) => unknown,
): void {
  s.sebagai(s.pemilik, (ss) => {
    for (const sheet of ss.getSheets().filter((t) => t.getName().startsWith('Form '))) {
      const nilai = sheet.getDataRange().getValues();
      const judul = nilai[0].map(String);
      const kolom = judul.indexOf(judulKolom);
      const indikator = judul.indexOf('Indikator Kinerja');
      const terisi = nilai.slice(1).filter((r) => r[indikator] !== '');
      if (kolom >= 0 && terisi.length)
        sheet
          .getRange(2, kolom + 1, terisi.length, 1)
          .setValues(terisi.map((r, i) => [isi(i, sheet.getName(), r[kolom])]));
    }
  });
}

/** Every unit's realisasi typed in: the forms as the units leave them. */
function isiSemuaFormulir(s: Siklus): void {
  tulisKolomFormulir(s, 'Realisasi', (i) => 80 + (i % 40));
}

/** The Kabid of a unit: the office's, or the one the grown settings give a test unit (kantor.ts). */
const kabidUnit = (kode: string): string =>
  (ORANG.kabid as Record<string, string | undefined>)[kode] ?? `kabid.${kode.toLowerCase()}@contoh.go.id`;

/**
 * `kerja` priced at nothing, so no execution runs out of time: the document an action failed to make in time is made
 * this way (not measured) for the steps after it, which are measured as they are.
 */
function tanpaBatasWaktu(world: World, kerja: () => unknown): void {
  const model = world.latency;
  world.latency = new LatencyModel(
    Object.fromEntries(Object.keys(model.costs).map((k) => [k, 0])) as LatencyModel['costs'],
    { read: 0, write: 0, api: 0 },
  );
  try {
    kerja();
  } catch {
    // a failure that is not of time (the document's size) stays: the steps after it are recorded as they fail
  } finally {
    world.latency = model;
  }
}

/** Codes of the cycle's units, from its form tabs. */
function kodeUnit(s: Siklus): string[] {
  return s.sebagai(s.pemilik, (ss) =>
    ss
      .getSheets()
      .map((t) => t.getName())
      .filter((n) => n.startsWith('Form '))
      .map((n) => n.slice('Form '.length)),
  );
}

/** Every filled row of every form marked Valid, but row 2 of `kecuali`'s form, which its Kabid marks in the bench. */
function validasiSemua(s: Siklus, kecuali: string): void {
  tulisKolomFormulir(s, 'Validasi', (i, tab, sekarang) => (i === 0 && tab === `Form ${kecuali}` ? sekarang : 'Valid'));
}

/** The cycle of `ukuran` driven through every endpoint; each action measured on its own (priced by `model`). */
export function jalankanSkenario({ unit, perUnit }: Ukuran, model?: LatencyModel): HasilAksi[] {
  const s = buatSiklus({ mulai: false, ukuran: { unit, perUnit } });
  const { world } = s;
  if (model) world.latency = model;
  const tab = 6 + unit;
  const diSiklus = () => ({ user: SAKIP, activeSpreadsheetId: s.id });
  const hasil: HasilAksi[] = [];
  const catat = (aksi: string, batasBawah: number, kerja: () => unknown) =>
    hasil.push(ukur(world, aksi, batasBawah, kerja));
  const maju = (jam: number) => world.clock.advance(jam * JAM);

  // the menu: the workbook's tabs are not read, only the menu is built
  catat('onOpen', 1, () =>
    s.jalankan('onOpen', { user: SAKIP, activeSpreadsheetId: s.bukuKerja, authMode: 'LIMITED' }),
  );
  // one spreadsheet with its tabs, its protections and the workbook's register
  catat('mulaiSiklus', tab + 2, () => s.mulaiSiklus('Triwulan II 2026'));
  maju(1.5);
  catat('pasangPemicuPengingat', 1, () =>
    s.jalankan('pasangPemicuPengingat', { user: SAKIP, activeSpreadsheetId: s.bukuKerja }),
  );
  // the sidebar's page served: no spreadsheet is read for it
  catat('menuBukaPanel', 1, () => s.jalankan('menuBukaPanel', diSiklus()));
  // the cycle's Pengaturan and Log read
  catat('panelSiklus', 2, () => s.jalankan('panelSiklus', diSiklus()));
  // Pengaturan and Log read, Log and Pelacakan written
  catat('mulaiLangkah', 4, () => s.panggil('mulaiLangkah', ANGGOTA, 3));
  catat('selesaiLangkah', 4, () => s.panggil('selesaiLangkah', ANGGOTA, 3));
  catat('bukaKembaliLangkah', 4, () => s.panggil('bukaKembaliLangkah', ANGGOTA, 3, 'Ada unit yang terlewat.'));
  catat('bangunUlangPelacakan', 4, () => s.panggil('bangunUlangPelacakan', SAKIP));
  // one share and one mail per unit, Pengaturan and Log read, Log written
  catat('kirimFormulir', 2 * unit + 3, () => s.panggil('kirimFormulir', SAKIP));
  catat('kirimUlangFormulir', 5, () => s.panggil('kirimUlangFormulir', SAKIP, UNIT));
  // Pengaturan read, the calendar event, Log read and written
  catat('undangRapat', 4, () =>
    s.panggil('undangRapat', SAKIP, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' }),
  );
  world.clock.set(agu(18, 11));
  catat('rapatSelesai', 3, () => s.panggil('rapatSelesai', SAKIP, 'Semua unit hadir.'));
  // the form row and Pengaturan read, the proposal written to the Perubahan Target tab and the Log
  catat('ajukanPerubahanTarget', 4, () =>
    s.panggil('ajukanPerubahanTarget', KABID, {
      unit: UNIT,
      baris: 2,
      target: { 'Target tahunan': '15' },
      alasan: 'Target tahunan disesuaikan dengan DPA perubahan.',
    }),
  );
  // the proposal and Pengaturan read, the Perjanjian Kinerja, the form, the Perubahan Target tab and the Log written
  catat('putuskanPerubahanTarget', 6, () => s.panggil('putuskanPerubahanTarget', SAKIP, 1, true, 'Sesuai DPA.'));
  isiSemuaFormulir(s);
  // the form read, Log read and written, the Kabid's mail
  catat('tandaiSelesaiDiisi', 4, () => s.panggil('tandaiSelesaiDiisi', KABID, UNIT));
  // each unit's form read, Temuan and Log written, Pengaturan read
  catat('validasiData', unit + 3, () => s.panggil('validasiData', SAKIP));
  // the onEdit trigger (installed by validasiData) a unit's typing fires: the form read, Temuan read and written, the Log
  s.script.fireEditTriggers();
  catat('pemicuSaatDiedit', 4, () => userEdit(world, s.id, `Form ${UNIT}`, 'H2', '95', ORANG.staf[UNIT]));
  // every row of the unit but the first marked at once: the form read, its validation columns and the Log written
  const baris = Array.from({ length: perUnit - 1 }, (_, i) => i + 3);
  catat('tandaiBanyakBaris', 4, () => s.panggil('tandaiBanyakBaris', KABID, UNIT, baris, 'Valid'));
  validasiSemua(s, UNIT);
  // the row read, its Validasi cells written, the Log read and written
  catat('tandaiBaris', 4, () => s.panggil('tandaiBaris', KABID, UNIT, 2, 'Valid'));
  // the unit's form and the Log read, the sign-off written to the form and the Log
  catat('sahkanUnit', 4, () => s.panggil('sahkanUnit', KABID, UNIT));
  for (const kode of kodeUnit(s).filter((k) => k !== UNIT)) s.panggil('sahkanUnit', kabidUnit(kode), kode);
  // each unit's form read, Rekap and Log written, Pengaturan read
  catat('konsolidasi', unit + 3, () => s.panggil('konsolidasi', SAKIP));
  // the unit's trend in the sidebar: its settings and this cycle's Rekap (no earlier cycle in the bench)
  catat('trenUnit', 2, () => s.panggil('trenUnit', KABID, UNIT));
  // Rekap and Pengaturan read, the mail to the Kasubbid Data, the Log
  catat('serahkanKePetugasData', 4, () => s.panggil('serahkanKePetugasData', ANGGOTA));
  // the workbook's register read and written, Log read and written
  catat('mintaNomorSurat', 4, () => s.panggil('mintaNomorSurat', SAKIP));
  // Rekap and Pengaturan read, the document made in one batch and saved, its PDF, the Log
  catat('buatDokumenPengukuranKinerja', 7, () => s.panggil('buatDokumenPengukuranKinerja', SAKIP));
  if ('gagal' in hasil[hasil.length - 1])
    tanpaBatasWaktu(world, () => s.panggil('buatDokumenPengukuranKinerja', SAKIP));
  // the document shared, a mail, the Log read and written
  catat('kirimUntukKoreksi', 4, () => s.panggil('kirimUntukKoreksi', SAKIP));
  catat('koreksiSelesai', 3, () => s.panggil('koreksiSelesai', ORANG.kepala, 'Tidak ada koreksi.'));
  catat('kirimUntukPersetujuan', 4, () => s.panggil('kirimUntukPersetujuan', ORANG.sekretaris));
  catat('catatPenandatanganan', 4, () =>
    s.panggil('catatPenandatanganan', SAKIP, {
      cara: 'TTE',
      tautanPdf: 'https://drive.google.com/file/d/ttebsre0001/view',
    }),
  );
  // the letter made in one batch and saved, its PDF, the Log read and written, Pengaturan read
  catat('buatSuratPengantar', 6, () => s.panggil('buatSuratPengantar', SAKIP, TUJUAN));
  // Pengaturan read, one PDF copy per addressee (two by default), the Log read and written
  catat('buatSalinan', 5, () => s.panggil('buatSalinan', SAKIP));
  maju(1);
  // the event of the reminder trigger mulaiSiklus installed for the Tim SAKIP, as Apps Script passes it
  const pemicu = triggersOf(world).find((t) => t.handler === 'pemicuPengingatPerJam' && t.owner === SAKIP);
  catat('pemicuPengingatPerJam', 3, () =>
    s.jalankan(
      'pemicuPengingatPerJam',
      { user: SAKIP, activeSpreadsheetId: s.bukuKerja },
      sembarang<GoogleAppsScript.Events.TimeDriven>({ triggerUid: pemicu?.id }),
    ),
  );
  // the cycle's files (spreadsheet, document and letter with their PDFs, copies) moved and made view-only in one
  // request each, every tab's protection in one batch, the Log
  catat('arsipkanSiklus', 8 + 3, () => s.panggil('arsipkanSiklus', SAKIP));
  // the two cycles of the year (the earlier one and this one): Pengaturan, Log and Rekap read, two tabs written
  catat('bangunMonitoringSop', 2 * 3 + 2, () =>
    s.jalankan('bangunMonitoringSop', { user: SAKIP, activeSpreadsheetId: s.bukuKerja }, 2026),
  );
  return hasil;
}
