/** The validation stories' cycle: the forms filled in by the units' staff, ready for checking and validating. */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { hurufKolom } from '../../src/server/domain/layout';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { barisBernama } from '../harness/tabel';
import { buatSiklus, oleh } from '../harness/siklus';

export const SEK_TIM = ORANG.sekTim;
export const ANGGOTA = ORANG.anggota;
export const SEKRETARIS = ORANG.sekretaris;
export const { staf: STAF, kabid: KABID } = ORANG;
const huruf = (isi: string) => hurufKolom(formulirJson.kolom.findIndex((k) => k.isi === isi) + 1);
/** The form's column letters, found in its layout as the add-in finds them by header. */
export const KOL = {
  realisasi: huruf('realisasi'),
  penjelasan: huruf('penjelasan'),
  validasi: huruf('validasi'),
  catatan: huruf('catatanKabid'),
  sidik: huruf('sidikValidasi'),
};

/**
 * The Triwulan II 2026 cycle created from the office workbook's menu by the Sek. Tim Sakip (who owns it), shared with
 * every unit's people, with every prefilled indicator's Realisasi typed by the unit's staff. With `pemicu`, accepted
 * edits fire the installable onEdit triggers of the spreadsheet as their owner, with e.user the typist, as Apps Script
 * does (https://developers.google.com/apps-script/guides/triggers/events#edit).
 */
export function siklus({ pemicu = true } = {}) {
  const s = buatSiklus({ penyunting: [...Object.values(STAF), ...Object.values(KABID)], pemicuEdit: pemicu });
  const ketik = (user: string, at: number, kode: string, a1: string, nilai: unknown) => {
    s.world.clock.set(at);
    return userEdit(s.world, s.id, `Form ${kode}`, a1, nilai, user);
  };
  const sel = (kode: string, a1: string) =>
    s.sebagai(SEK_TIM, (ss) => ss.getSheetByName(`Form ${kode}`)!.getRange(a1).getValue());
  const barisData = (kode: string) => s.nilai(`Form ${kode}`).filter((r, i) => i > 0 && r[1] !== '').length;
  s.world.clock.set(agu(13, 9));
  for (const kode of UNIT) {
    const n = barisData(kode);
    const realisasi = Array.from({ length: n }, (_, i) => [String(10 + i)]);
    userEdit(s.world, s.id, `Form ${kode}`, `${KOL.realisasi}2:${KOL.realisasi}${n + 1}`, realisasi, STAF[kode]);
  }
  return Object.assign(s, { ketik, sel, barisData });
}

export type Siklus = ReturnType<typeof siklus>;

/** The Pesan of the unit's Temuan row about its Validasi column. */
export const temuanValidasi = (s: Siklus, unit: string) =>
  barisBernama(s.nilai(temuanJson.nama)).find((r) => r.Unit === unit && r.Kolom === 'Validasi')!.Pesan;

/** Marks every filled row of a unit Valid and signs the unit off, as its Kabid. */
export function validasiUnit(s: Siklus, kode: string, at: number) {
  for (let baris = 2; baris <= s.barisData(kode) + 1; baris++)
    s.panggil('tandaiBaris', oleh(KABID[kode], at), kode, baris, 'Valid');
  return s.panggil('sahkanUnit', oleh(KABID[kode], at), kode);
}
