export * from './types';
export * from './bawaan';
export type { GalatTab, Sel } from './blok-tab';
export { pengaturanKeBaris, JUDUL_BLOK } from './blok-pengaturan';
export { bacaPengaturan } from './baca-pengaturan';
export type { HasilBacaPengaturan } from './baca-pengaturan';
export * from './peran';
export * from '../formulir/isian-formulir';
export * from '../siklus/petunjuk';
