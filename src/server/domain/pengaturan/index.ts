export * from './types';
export * from './bawaan';
export type { GalatTab, Sel } from './blok-tab';
export { pengaturanKeBaris, bacaPengaturan, JUDUL_BLOK } from './blok-pengaturan';
export type { HasilBacaPengaturan } from './blok-pengaturan';
export * from './peran';
export * from '../formulir/isian-formulir';
export * from '../siklus/petunjuk';
