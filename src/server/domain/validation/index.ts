export { validasiFormulir } from './validasi-formulir';
export type { OpsiValidasi } from './validasi-formulir';
export { neutralkanFormula, tampakSepertiFormula } from './neutralkan-formula';
export { teksKosong, barisKosong } from './kosong';
export { JUDUL_KOLOM_BAWAAN } from './types';
export type { BarisFormulir, Temuan, Keparahan, KolomFormulir, JudulKolom } from './types';
