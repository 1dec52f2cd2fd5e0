/**
 * Direction of an indicator: 'positif' = higher is better, 'negatif' = lower is better, 'stabil' = on target inside a
 * range (the target is a range "60–80").
 */
export type Polaritas = 'positif' | 'negatif' | 'stabil';

export const DAFTAR_POLARITAS: readonly Polaritas[] = ['positif', 'negatif', 'stabil'];

/** Reads the polaritas cell ("Positif", " negatif ", "stabil") or null when it is none of them. */
export function bacaPolaritas(nilai: unknown): Polaritas | null {
  if (typeof nilai !== 'string') return null;
  const teks = nilai.trim().toLowerCase();
  return (DAFTAR_POLARITAS as readonly string[]).includes(teks) ? (teks as Polaritas) : null;
}
