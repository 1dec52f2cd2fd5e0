import { PengaturanCapaian } from '../../indikator/pengaturan-capaian';
import { angkaSah } from './aturan/angka';
import { buktiDukungTautan } from './aturan/bukti-dukung';
import { capaianWajar } from './aturan/capaian-wajar';
import { indikatorGanda } from './aturan/indikator-ganda';
import type { AturanBaris, KonteksAturan } from './aturan/konteks';
import { muatDiRekap } from './aturan/muat-rekap';
import { polaritasDikenal, satuanDikenal } from './aturan/pilihan';
import { tampakFormula } from './aturan/tampak-formula';
import { wajibDiisi } from './aturan/wajib-diisi';
import { barisKosong } from './kosong';
import { BarisFormulir, JUDUL_KOLOM_BAWAAN, JudulKolom, Temuan } from './types';
import { PENGATURAN_CAPAIAN_BAWAAN } from '../../templat';

export interface OpsiValidasi {
  pengaturan?: PengaturanCapaian;
  /** header text per field when the form layout differs from JUDUL_KOLOM_BAWAAN */
  judulKolom?: JudulKolom;
  /** false: the capaian range is checked on the Rekap's numbers instead (temuanCapaianRekap) */
  periksaCapaian?: boolean;
}

const ATURAN_BARIS: readonly AturanBaris[] = [
  wajibDiisi,
  angkaSah,
  polaritasDikenal,
  satuanDikenal,
  capaianWajar,
  buktiDukungTautan,
  tampakFormula,
  muatDiRekap,
];

/**
 * Checks a unit's form rows. Entirely blank rows (the form's spare lines) are skipped. Findings come in sheet-row
 * order; within a row, in the order of the rules above.
 */
export function validasiFormulir(semuaBaris: readonly BarisFormulir[], opsi: OpsiValidasi = {}): Temuan[] {
  const konteks: KonteksAturan = {
    pengaturan: opsi.pengaturan ?? PENGATURAN_CAPAIAN_BAWAAN,
    judulKolom: { ...JUDUL_KOLOM_BAWAAN, ...opsi.judulKolom },
  };
  const terisi = semuaBaris.filter((b) => !barisKosong(b));
  const aturanBaris = opsi.periksaCapaian === false ? ATURAN_BARIS.filter((a) => a !== capaianWajar) : ATURAN_BARIS;
  const temuan = [
    ...terisi.flatMap((b) => aturanBaris.flatMap((aturan) => aturan(b, konteks))),
    ...indikatorGanda(terisi, konteks),
  ];
  return temuan.sort((a, b) => a.row - b.row);
}
