/**
 * Decimals an indicator's numbers are shown with, by satuan: whole numbers for what is counted (people, villages,
 * documents, times, rupiah), two decimals otherwise (percentages, scores, indices, durations). Every view of a
 * number — the Rekap, the document — writes it with the same decimals.
 */
const SATUAN_BULAT = [
  'orang',
  'jiwa',
  'kk',
  'keluarga',
  'kelompok',
  'lembaga',
  'desa',
  'kelurahan',
  'kecamatan',
  'dokumen',
  'laporan',
  'kegiatan',
  'kali',
  'unit',
  'paket',
  'rupiah',
];

export function desimalSatuan(satuan: string): number {
  return SATUAN_BULAT.includes(satuan.trim().toLowerCase()) ? 0 : 2;
}

/** The spreadsheet number format of those decimals: "#,##0" or "#,##0.00" (shown in the locale's separators). */
export function formatSelSatuan(satuan: string): string {
  const desimal = desimalSatuan(satuan);
  return desimal ? `#,##0.${'0'.repeat(desimal)}` : '#,##0';
}
