/** The measurement period of a cycle: a whole year or one quarter (triwulan) of it. */
type NomorTriwulan = 1 | 2 | 3 | 4;
export type Periode =
  | { tahun: number; jenis: 'Tahunan'; triwulan?: undefined }
  | { tahun: number; jenis: 'Triwulan'; triwulan: NomorTriwulan };

export type ParsePeriodeResult = { ok: true; periode: Periode } | { ok: false; reason: string };

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;
const TAHUN_MIN = 2000;
const TAHUN_MAKS = 2099;
const CONTOH = 'Contoh: "Triwulan II Tahun 2026", "TW2 2026" atau "Tahunan 2026".';

/** "Triwulan II Tahun 2026" or "Tahunan 2026". */
export function labelPeriode(p: Periode): string {
  return p.jenis === 'Triwulan' ? `Triwulan ${ROMAWI[p.triwulan - 1]} Tahun ${p.tahun}` : `Tahunan ${p.tahun}`;
}

/** A label as short as a chart's legend needs: "Triwulan II Tahun 2026" → "TW II 2026"; "Tahunan 2026" as it is. */
export function labelPendekPeriode(label: string): string {
  return label.replace(/^Triwulan (I{1,3}|IV) Tahun (\d{4})$/, 'TW $1 $2');
}

/** The label of a stored key ("2026-TW2" → "Triwulan II Tahun 2026"); the key itself when it is not one. */
export function labelKunciPeriode(kunci: string): string {
  const p = parsePeriode(kunci);
  return p.ok ? labelPeriode(p.periode) : kunci;
}

/** A stable key for storage and ids: "2026-TW2" or "2026-TH". */
export function kunciPeriode(p: Periode): string {
  return p.jenis === 'Triwulan' ? `${p.tahun}-TW${p.triwulan}` : `${p.tahun}-TH`;
}

function nomorTriwulan(teks: string): NomorTriwulan | undefined {
  const romawi = ROMAWI.indexOf(teks.toUpperCase() as (typeof ROMAWI)[number]);
  const n = romawi >= 0 ? romawi + 1 : /^\d+$/.test(teks) ? Number(teks) : 0;
  return n >= 1 && n <= 4 ? (n as NomorTriwulan) : undefined;
}

function tahunSah(teks: string): number | string {
  const tahun = Number(teks);
  return tahun >= TAHUN_MIN && tahun <= TAHUN_MAKS
    ? tahun
    : `Tahun ${teks} di luar rentang yang diterima (${TAHUN_MIN}–${TAHUN_MAKS}).`;
}

function parse(input: string): Periode | string {
  const teks = input
    .trim()
    .toLowerCase()
    .replace(/[\s,/.]+/g, ' ');
  if (!teks) return `Periode belum diisi. ${CONTOH}`;

  const kunci = /^(\d{4}) ?- ?(?:tw([1-4])|th)$/.exec(teks);
  const triwulan = /^(?:triwulan|trw|tw|q) ?([a-z0-9]+)(?: (?:tahun )?(\d+))?$/.exec(teks);
  const tahunan = /^(?:(?:tahunan|tahun)(?: tahun)? )?(\d+)$/.exec(teks);

  const tahunTeks = kunci?.[1] ?? triwulan?.[2] ?? tahunan?.[1];
  if (triwulan && !tahunTeks) return `Tahun periode tidak ditemukan dalam "${input.trim()}". ${CONTOH}`;
  if (!tahunTeks) return `Periode "${input.trim()}" tidak dikenali. ${CONTOH}`;
  const tahun = tahunSah(tahunTeks);
  if (typeof tahun === 'string') return tahun;

  const nomorTeks = kunci?.[2] ?? triwulan?.[1];
  if (nomorTeks === undefined) return { tahun, jenis: 'Tahunan' };
  const nomor = nomorTriwulan(nomorTeks);
  if (!nomor) return `Triwulan "${nomorTeks.toUpperCase()}" tidak ada; pilih I, II, III atau IV.`;
  return { tahun, jenis: 'Triwulan', triwulan: nomor };
}

/**
 * Reads a period typed by a user or stored as a key: "Triwulan II Tahun 2026", "triwulan 2 2026", "TW II/2026",
 * "2026-TW2", "Tahunan 2026", "2026", "2026-TH". `lokasi` (e.g. 'tab Pengaturan, sel B3') prefixes the error.
 */
export function parsePeriode(input: string, lokasi?: string): ParsePeriodeResult {
  const hasil = parse(input);
  if (typeof hasil !== 'string') return { ok: true, periode: hasil };
  return { ok: false, reason: lokasi ? `${lokasi}: ${hasil}` : hasil };
}
