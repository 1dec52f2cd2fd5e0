import {
  type PerubahanTarget,
  targetKini,
  terapkan,
  tulisPerubahan,
  type UsulanTarget,
} from '../../domain/data/perubahan-target/usulan';
import { type IndikatorAwal, indikatorPKUnit, nilaiDariPK } from '../../domain/formulir/isian-formulir';
import { adalahRentang, type NilaiTarget, tulisTarget } from '../../domain/indikator/target';
import { namaTabFormulir, petaJudul } from '../../domain/layout';
import { normalkan } from '../../domain/pengaturan/blok-tab';
import { lokasiPK } from '../../domain/pengaturan/pk-blok';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { TEMPLAT } from '../../domain/templat';
import { periodeSiklus } from '../../gateways/sheets/cycle-read';
import { TAB_PENGATURAN } from '../../gateways/sheets/pengaturan-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes an accepted change: the targets into the indicator's row of the PK block (one write), then the PK columns
 * of the unit's form row (one write). Already in place (a re-run) is not written again; targets that changed since
 * the proposal are refused rather than overwritten.
 */
export function terapkanTargetDiterima(
  ss: Spreadsheet,
  p: Pengaturan,
  u: UsulanTarget,
  pk: IndikatorAwal & { unit: string },
  { lama, baru }: { lama: PerubahanTarget; baru: PerubahanTarget },
): void {
  const kini = tulisPerubahan(targetKini(pk, baru.keys()));
  if (kini !== tulisPerubahan(baru)) {
    if (kini !== tulisPerubahan(lama)) {
      throw new Error(
        `Target "${u.indikator}" unit ${u.unit} sudah berubah sejak usulan No. ${u.nomor} diajukan (sekarang ${kini}); ` +
          'usulan ini tidak diterapkan. Minta unit mengajukan usulan baru.',
      );
    }
    tulisPK(ss, u, baru);
  }
  tulisFormulir(ss, p, terapkan(pk, baru));
}

function selTarget(v: NilaiTarget | null): string | number {
  return v === null ? '' : adalahRentang(v) ? tulisTarget(v) : v;
}

function tulisPK(ss: Spreadsheet, u: UsulanTarget, baru: PerubahanTarget): void {
  const sheet = ss.getSheetByName(TAB_PENGATURAN) as Sheet;
  const values = sheet.getDataRange().getValues();
  const lokasi = lokasiPK(values, u.unit, u.indikator);
  if (!lokasi) throw new Error(`Indikator "${u.indikator}" unit ${u.unit} tidak ada di blok PERJANJIAN KINERJA.`);
  const kolom = [...baru.keys()].map((k) => {
    const c = lokasi.kolom.get(normalkan(k));
    if (c === undefined) throw new Error(`Blok PERJANJIAN KINERJA tab Pengaturan belum punya kolom "${k}".`);
    return c;
  });
  const [awal, akhir] = [Math.min(...kolom), Math.max(...kolom)];
  const baris = [...values[lokasi.baris - 1]];
  [...baru.values()].forEach((v, i) => (baris[kolom[i]] = selTarget(v)));
  sheet.getRange(lokasi.baris, awal + 1, 1, akhir - awal + 1).setValues([baris.slice(awal, akhir + 1)]);
}

/** The unit's form row of the indicator gets its PK columns again, from the changed PK. */
function tulisFormulir(ss: Spreadsheet, p: Pengaturan, pk: IndikatorAwal & { unit: string }): void {
  const sheet = ss.getSheetByName(namaTabFormulir(pk.unit));
  const nomor = indikatorPKUnit(p, pk.unit).findIndex((i) => i.indikator === pk.indikator) + 2;
  if (!sheet || nomor < 2) return;
  const values = sheet.getDataRange().getValues();
  if (values.length < nomor) return;
  const posisi = petaJudul({ ...TEMPLAT.formulir, nama: sheet.getName() }, values[0]);
  const isi = nilaiDariPK(pk, periodeSiklus(ss));
  const kolom = TEMPLAT.formulir.kolom
    .filter((k) => k.dariPK)
    .map((k) => ({ c: posisi.get(k.judul) as number, v: isi[k.isi] }));
  const [awal, akhir] = [Math.min(...kolom.map((k) => k.c)), Math.max(...kolom.map((k) => k.c))];
  const baris = [...values[nomor - 1]];
  for (const k of kolom) baris[k.c] = k.v ?? '';
  sheet.getRange(nomor, awal + 1, 1, akhir - awal + 1).setValues([baris.slice(awal, akhir + 1)]);
}
