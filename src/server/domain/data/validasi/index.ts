export { validasiFormulir } from '../temuan/periksa-formulir';
export type { OpsiValidasi } from '../temuan/periksa-formulir';
export { neutralkanFormula, tampakSepertiFormula } from '../../format/neutralkan-formula';
export { teksKosong, barisKosong } from '../temuan/kosong';
export { JUDUL_KOLOM_BAWAAN } from '../temuan/types';
export type { BarisFormulir, Temuan, Keparahan, KolomFormulir, JudulKolom } from '../temuan/types';
export { sidikBaris, kolomBerubah, KOLOM_SIDIK } from './sidik';
export {
  STATUS_VALIDASI,
  PILIHAN_KABID,
  bacaStatus,
  keadaanBaris,
  sahValid,
  uraianKeadaan,
  barisLogBaris,
  rekonsiliasiUnit,
} from './status-validasi';
export type {
  StatusValidasi,
  BarisUnit,
  KeadaanBaris,
  KonteksCatatan,
  TulisValidasi,
  HasilRekonsiliasi,
} from './status-validasi';
export { unitDisahkan, idUnit } from './pengesahan';
export { KOLOM_VALIDASI, kolomIsianUnit, judulKolomFormulir, bacaIsiFormulir } from './baris-formulir';
export type { IsiFormulirUnit } from './baris-formulir';
export { rumusTautanSel } from '../temuan/tautan-sel';
export { temuanValidasi, temuanTanpaKabid } from './temuan-validasi';
