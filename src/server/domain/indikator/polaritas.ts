/** Direction of an indicator: 'positif' = higher is better, 'negatif' = lower is better. */
export type Polaritas = 'positif' | 'negatif';

/** Reads the polaritas cell ("Positif", " negatif ") or null when it is neither. */
export function bacaPolaritas(nilai: unknown): Polaritas | null {
  if (typeof nilai !== 'string') return null;
  const teks = nilai.trim().toLowerCase();
  return teks === 'positif' || teks === 'negatif' ? teks : null;
}
