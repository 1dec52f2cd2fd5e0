export * from './types';
export * from './bawaan';
export type { GalatTab, Sel } from './blok-tab';
export { pengaturanKeBaris, bacaPengaturan, JUDUL_BLOK } from './pengaturan-tab';
export type { HasilBacaPengaturan } from './pengaturan-tab';
export * from './peran';
export * from './isian-formulir';
export * from './petunjuk';
