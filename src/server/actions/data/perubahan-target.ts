import {
  bacaPerubahan,
  KEPUTUSAN,
  penulisTabUsulan,
  periksaPerubahan,
  type PerubahanTarget,
  targetKini,
  tulisPerubahan,
  type UsulanTarget,
} from '../../domain/data/perubahan-target/usulan';
import { type IndikatorAwal, indikatorPKUnit } from '../../domain/formulir/isian-formulir';
import { bacaTarget, type NilaiTarget } from '../../domain/indikator/target';
import { namaTabFormulir } from '../../domain/layout';
import { AKSI_TARGET } from '../../domain/pelacakan/aksi-log';
import { konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { barisLog } from '../../domain/pelacakan/log';
import { kabidUnit } from '../../domain/pengaturan/peran';
import { KOLOM_TARGET_PK } from '../../domain/pengaturan/pk-blok';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { adalahTimSakip, wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { denganKunci } from '../../gateways/lock';
import { emailPengguna } from '../../gateways/script/session';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { bacaTabUsulan, tulisTabUsulan } from '../../gateways/sheets/perubahan-target-tab';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import type { HasilAksi } from '../../../shared/api';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { terapkanTargetDiterima } from './target-diterima';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a unit proposes: the indicator (its form row), PK column → new target as typed, and why. */
export interface UsulanPerubahanTarget {
  unit: string;
  /** the indicator's row in the unit's form (2 = its first PK indicator) */
  baris: number;
  /** e.g. { "Target TW II": "2", "Target tahunan": "11" } */
  target: Record<string, string>;
  alasan: string;
}

/**
 * A unit's Kabid (or the Tim SAKIP) proposes new targets for one of the unit's PK indicators, with the reason. The
 * Kabid answers for the unit's Perjanjian Kinerja; its staff cannot append to the Log, whose editors are the people who
 * carry a step. Checked against the PK before anything is written; the same pending proposal again changes nothing.
 */
export function ajukanPerubahanTarget(spreadsheetId: string, usul: UsulanPerubahanTarget): HasilAksi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const ss = bukaSiklusKantor(spreadsheetId);
    const p = bacaPengaturanSiklus(ss);
    const unit = p.unitKerja.find((u) => u.kode.toUpperCase() === String(usul.unit).toUpperCase());
    if (!unit) throw new Error(`Unit "${usul.unit}" tidak ada di tab Pengaturan (blok UNIT KERJA).`);
    const kabid = kabidUnit(p, unit.kode);
    if (kabid?.email.trim().toLowerCase() !== oleh && !adalahTimSakip(p, oleh)) {
      throw new Error(
        `${oleh} tidak berwenang mengusulkan perubahan target unit ${unit.kode}: hanya Kabid unit itu ` +
          `(${kabid?.nama ?? 'belum tercatat di Pengaturan'}) dan Tim SAKIP.`,
      );
    }
    const lokasi = `Tab "${namaTabFormulir(unit.kode)}" baris ${usul.baris}`;
    const pk = indikatorPKUnit(p, unit.kode)[usul.baris - 2];
    if (!pk) throw new Error(`${lokasi} bukan indikator Perjanjian Kinerja unit ${unit.kode}.`);
    const perubahan = bacaUsul(usul.target, lokasi);
    const masalah = periksaPerubahan({ ...pk, unit: unit.kode }, perubahan);
    if (masalah) throw new Error(`Usulan untuk ${lokasi} tidak dapat diajukan: ${masalah}`);
    const alasan = String(usul.alasan ?? '').trim();
    if (!alasan) throw new Error(`Usulan untuk ${lokasi}: alasan perubahan target wajib diisi.`);

    const usulan = bacaTabUsulan(ss);
    const baru = tulisPerubahan(perubahan);
    const sama = usulan.find(
      (u) => !u.keputusan && u.unit === unit.kode && u.indikator === pk.indikator && u.baru === baru,
    );
    if (sama)
      return { berubah: false, pesan: `Usulan No. ${sama.nomor} yang sama masih menunggu keputusan Tim SAKIP.` };
    const nowMs = Date.now();
    const nomor = Math.max(0, ...usulan.map((u) => u.nomor)) + 1;
    const lama = tulisPerubahan(targetKini({ ...pk, unit: unit.kode }, perubahan.keys()));
    const rekam: UsulanTarget = {
      ...{ nomor, diajukan: nowMs, oleh, unit: unit.kode, indikator: pk.indikator, lama, baru, alasan },
      ...{ keputusan: '', diputuskanOleh: '', diputuskan: null, catatan: '' },
    };
    tulisTabUsulan(ss, [...usulan, rekam], penulisTabUsulan(p));
    const rincian = `Usulan No. ${nomor} ${unit.kode} "${pk.indikator}": ${lama} menjadi ${baru}. Alasan: ${alasan}`;
    catat(ss, p, oleh, nowMs, AKSI_TARGET.diajukan, `${AKSI_TARGET.diajukan}-${nomor}`, rincian);
    return { berubah: true, pesan: `Usulan No. ${nomor} diajukan; menunggu keputusan Tim SAKIP.` };
  });
}

function bacaUsul(target: Record<string, string>, lokasi: string): PerubahanTarget {
  const hasil = new Map<(typeof KOLOM_TARGET_PK)[number], NilaiTarget | null>();
  for (const [kolom, teks] of Object.entries(target ?? {})) {
    const k = KOLOM_TARGET_PK.find((x) => x.toLowerCase() === kolom.trim().toLowerCase());
    if (!k) throw new Error(`Usulan untuk ${lokasi}: "${kolom}" bukan kolom target (${KOLOM_TARGET_PK.join(', ')}).`);
    const baca = bacaTarget(teks);
    if (!baca.ok && !(baca.kosong && k !== KOLOM_TARGET_PK[0])) {
      throw new Error(`Usulan untuk ${lokasi}, ${k}: "${teks}" ${baca.kosong ? 'kosong' : baca.reason}.`);
    }
    hasil.set(k, baca.ok ? baca.target : null);
  }
  if (!hasil.size) throw new Error(`Usulan untuk ${lokasi}: belum ada target yang diusulkan.`);
  return hasil;
}

/**
 * The Tim SAKIP accepts or refuses a proposal. Accepting writes the new targets into the PK block of the Pengaturan
 * tab and the indicator's form row, then records the decision; a run that stopped after the PK was written finds the
 * targets already in place and completes the rest. A decided proposal is not decided again.
 */
export function putuskanPerubahanTarget(
  spreadsheetId: string,
  nomor: number,
  terima: boolean,
  catatan?: string,
): HasilAksi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const ss = bukaSiklusKantor(spreadsheetId);
    const p = bacaPengaturanSiklus(ss);
    wajibTimSakip(p, oleh, 'memutuskan usulan perubahan target');
    const usulan = bacaTabUsulan(ss);
    const u = usulan.find((x) => x.nomor === nomor);
    if (!u) throw new Error(`Usulan No. ${nomor} tidak ada di tab "Perubahan Target".`);
    const keputusan = terima ? KEPUTUSAN.terima : KEPUTUSAN.tolak;
    if (u.keputusan === keputusan)
      return { berubah: false, pesan: `Usulan No. ${nomor} sudah ${keputusan.toLowerCase()}.` };
    if (u.keputusan) throw new Error(`Usulan No. ${nomor} sudah ${u.keputusan.toLowerCase()}; keputusan tidak diubah.`);
    if (terima) terapkanTargetDiterima(ss, p, u, pkUsulan(p, u), bacaPerubahanTersimpan(u));
    const nowMs = Date.now();
    const diputuskan = {
      ...u,
      keputusan,
      diputuskanOleh: oleh,
      diputuskan: nowMs,
      catatan: String(catatan ?? '').trim(),
    };
    tulisTabUsulan(
      ss,
      usulan.map((x) => (x.nomor === nomor ? diputuskan : x)),
      penulisTabUsulan(p),
    );
    const aksi = terima ? AKSI_TARGET.diterima : AKSI_TARGET.ditolak;
    const rincian = `Usulan No. ${nomor} ${u.unit} "${u.indikator}" ${keputusan.toLowerCase()}: ${u.lama} menjadi ${u.baru}.`;
    catat(ss, p, oleh, nowMs, aksi, `${aksi}-${nomor}`, rincian);
    return { berubah: true, pesan: `Usulan No. ${nomor} ${keputusan.toLowerCase()}.` };
  });
}

function pkUsulan(p: Pengaturan, u: UsulanTarget): IndikatorAwal & { unit: string } {
  const pk = indikatorPKUnit(p, u.unit).find((i) => i.indikator === u.indikator);
  if (!pk) throw new Error(`Indikator "${u.indikator}" unit ${u.unit} tidak ada lagi di Perjanjian Kinerja.`);
  return { ...pk, unit: u.unit };
}

function bacaPerubahanTersimpan(u: UsulanTarget): { lama: PerubahanTarget; baru: PerubahanTarget } {
  const [lama, baru] = [bacaPerubahan(u.lama), bacaPerubahan(u.baru)];
  if (!lama || !baru)
    throw new Error(`Usulan No. ${u.nomor} di tab "Perubahan Target" tidak terbaca; jangan diubah tangan.`);
  return { lama, baru };
}

function catat(ss: Spreadsheet, p: Pengaturan, oleh: string, at: number, aksi: string, id: string, rincian: string) {
  tulisKejadian(ss, konteksPelacakan(p), [], at, [barisLog({ oleh, at }, aksi, id, rincian)]);
}
