export type VarianNegatif = 'A' | 'B';
/** 'tanpa': no limit; 'lantai-0': below 0 becomes 0; 'batas-0-200': clamped to 0–200 */
export type Capping = 'tanpa' | 'lantai-0' | 'batas-0-200';

export interface KebijakanCapaian {
  /** negative polarity: 'A' (2T − R) / T × 100, 'B' T / R × 100 */
  varianNegatif: VarianNegatif;
  capping: Capping;
}

export interface PengaturanCapaian extends KebijakanCapaian {
  /** raw capaian outside [min, max] needs a penjelasan */
  rentangWajar: { min: number; max: number };
  /** satuan accepted without a warning, compared trimmed and case-insensitively */
  satuanDikenal: string[];
}

const VARIAN: readonly string[] = ['A', 'B'];
const CAPPING: readonly string[] = ['tanpa', 'lantai-0', 'batas-0-200'];

/** Checks a pengaturan-capaian JSON; throws one error listing every problem, naming the source. */
export function muatPengaturanCapaian(json: unknown, sumber: string): PengaturanCapaian {
  const p = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const masalah: string[] = [];
  if (!VARIAN.includes(p.varianNegatif as string)) masalah.push('"varianNegatif" harus "A" atau "B"');
  if (!CAPPING.includes(p.capping as string)) {
    masalah.push(`"capping" harus salah satu dari ${CAPPING.map((c) => `"${c}"`).join(', ')}`);
  }
  const rentang = p.rentangWajar as { min?: unknown; max?: unknown } | undefined;
  if (
    typeof rentang?.min !== 'number' ||
    typeof rentang.max !== 'number' ||
    !Number.isFinite(rentang.min) ||
    !Number.isFinite(rentang.max) ||
    rentang.min >= rentang.max
  ) {
    masalah.push('"rentangWajar" harus berisi angka "min" dan "max" dengan min < max');
  }
  const satuan = p.satuanDikenal;
  if (!Array.isArray(satuan) || satuan.some((s) => typeof s !== 'string' || !s.trim())) {
    masalah.push('"satuanDikenal" harus daftar teks yang tidak kosong');
  }
  if (masalah.length) throw new Error(`Pengaturan capaian di ${sumber} tidak sah: ${masalah.join('; ')}.`);
  return {
    varianNegatif: p.varianNegatif as VarianNegatif,
    capping: p.capping as Capping,
    rentangWajar: { min: rentang!.min as number, max: rentang!.max as number },
    satuanDikenal: [...(satuan as string[])],
  };
}
