import { bulatkan } from './bulatkan';

export interface PitaPredikat {
  /** lowest capaian (inclusive) of the band; null for the bottom band */
  min: number | null;
  /** printed upper bound only (legend "76–90"); null for the top band */
  max: number | null;
  label: string;
  /** cell background, #RRGGBB */
  warna: string;
}

export interface SkalaPredikat {
  nama: string;
  /** capaian is rounded to this many decimals before choosing a band */
  desimal: number;
  /** highest band first */
  pita: PitaPredikat[];
}

/**
 * Bands are contiguous on the real numbers: a band is [its min, the min of the band above). `max` is not used to
 * decide; values in the printed gap between bands (90 < x < 91) fall to the lower band, because a predikat is earned
 * only when its min is reached. Rounding first means 90.995 counts as 91.00 (Sangat Tinggi), 90.99 stays Tinggi.
 * Throws on a non-finite value: callers pass only computed capaian.
 */
export function tentukanPredikat(capaian: number, skala: SkalaPredikat): PitaPredikat {
  if (!Number.isFinite(capaian)) throw new RangeError(`Capaian ${capaian} bukan angka terhingga.`);
  const nilai = bulatkan(capaian, skala.desimal);
  return skala.pita.find((p) => p.min === null || nilai >= p.min) as PitaPredikat;
}

function bukanAngkaAtauNull(v: unknown): boolean {
  return v !== null && (typeof v !== 'number' || !Number.isFinite(v));
}

/** Checks a skala-predikat JSON; throws one error listing every problem, naming the source and band. */
export function muatSkalaPredikat(json: unknown, sumber: string): SkalaPredikat {
  const s = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const masalah: string[] = [];
  if (typeof s.nama !== 'string' || !s.nama.trim()) masalah.push('"nama" wajib diisi');
  if (!Number.isInteger(s.desimal) || (s.desimal as number) < 0 || (s.desimal as number) > 6) {
    masalah.push('"desimal" harus bilangan bulat 0 s.d. 6');
  }
  const pita = Array.isArray(s.pita) ? (s.pita as Partial<PitaPredikat>[]) : [];
  if (pita.length === 0) masalah.push('"pita" harus berisi paling sedikit satu pita');
  pita.forEach((p, i) => {
    const nama = `pita ke-${i + 1}${typeof p?.label === 'string' && p.label.trim() ? ` (${p.label})` : ''}`;
    const pertama = i === 0;
    const terakhir = i === pita.length - 1;
    if (typeof p?.label !== 'string' || !p.label.trim()) masalah.push(`${nama}: "label" wajib diisi`);
    if (typeof p?.warna !== 'string' || !/^#[0-9a-f]{6}$/i.test(p.warna)) {
      masalah.push(`${nama}: "warna" harus kode #RRGGBB`);
    }
    if (bukanAngkaAtauNull(p?.min) || bukanAngkaAtauNull(p?.max)) {
      masalah.push(`${nama}: "min" dan "max" harus angka atau null`);
      return;
    }
    if ((p.min === null) !== terakhir) masalah.push(`${nama}: hanya pita terbawah (terakhir) yang "min"-nya null`);
    if ((p.max === null) !== pertama) masalah.push(`${nama}: hanya pita teratas (pertama) yang "max"-nya null`);
    if (p.min != null && p.max != null && p.min > p.max) masalah.push(`${nama}: "min" lebih besar dari "max"`);
    const atas = pertama ? undefined : pita[i - 1];
    if (typeof atas?.min === 'number') {
      if (p.min != null && p.min >= atas.min)
        masalah.push(`${nama}: "min" harus lebih kecil dari "min" pita di atasnya`);
      if (p.max != null && p.max >= atas.min)
        masalah.push(`${nama}: "max" harus lebih kecil dari "min" pita di atasnya`);
    }
  });
  const label = pita.map((p) => p?.label);
  const ganda = label.filter((l, i) => typeof l === 'string' && label.indexOf(l) !== i);
  if (ganda.length) masalah.push(`label ganda: ${[...new Set(ganda)].join(', ')}`);
  if (masalah.length) throw new Error(`Skala predikat di ${sumber} tidak sah: ${masalah.join('; ')}.`);
  return {
    nama: s.nama as string,
    desimal: s.desimal as number,
    pita: pita.map((p) => ({ min: p.min!, max: p.max!, label: p.label!, warna: p.warna! })),
  };
}
