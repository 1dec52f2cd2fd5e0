/**
 * The office's time zone. Asia/Jakarta (WIB) is UTC+7 all year (Indonesia has no daylight saving time), so local
 * wall-clock time is plain arithmetic on epoch milliseconds. Change only this constant to move to WITA/WIT.
 */
export const ZONA_WAKTU = { nama: 'Asia/Jakarta', singkatan: 'WIB', offsetMenit: 7 * 60 } as const;
