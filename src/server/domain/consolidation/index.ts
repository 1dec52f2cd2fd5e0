export { bacaIndikator } from './baca-indikator';
export type { IndikatorTerbaca } from './baca-indikator';
export type { BarisRekap } from './baris-rekap';
export type { RingkasanRekap, RingkasanUnit, RataRataCapaian } from './ringkasan';
export { susunRekap } from './susun-rekap';
export type { Rekap, KelompokUnit, KelompokSasaran, OpsiRekap } from './susun-rekap';
