/** One pangkat of the PNS ladder; the table itself is data (sheets-templates/pangkat.json). */
export interface Pangkat {
  /** "IV/c" */
  golongan: string;
  /** "Pembina Utama Muda" */
  nama: string;
}

export type PangkatTableResult = { ok: true; pangkat: Pangkat[] } | { ok: false; alasan: string[] };

const GOLONGAN_PATTERN = /^(I|II|III|IV)\/[a-e]$/;

/** Checks the shape of a pangkat table read from JSON ({ pangkat: [{ golongan, nama }] }). */
export function readPangkatTable(data: unknown): PangkatTableResult {
  const list = (data as { pangkat?: unknown } | null)?.pangkat;
  if (!Array.isArray(list)) return { ok: false, alasan: ['Tabel pangkat harus berisi daftar "pangkat".'] };
  const alasan: string[] = [];
  const pangkat: Pangkat[] = [];
  list.forEach((entry: unknown, i) => {
    const { golongan, nama } = (entry ?? {}) as Record<string, unknown>;
    if (typeof golongan !== 'string' || !GOLONGAN_PATTERN.test(golongan)) {
      alasan.push(`Tabel pangkat baris ${i + 1}: golongan harus seperti "IV/c", tertulis ${JSON.stringify(golongan)}.`);
    } else if (typeof nama !== 'string' || nama.trim() === '') {
      alasan.push(`Tabel pangkat baris ${i + 1}: nama pangkat kosong.`);
    } else if (pangkat.some((p) => p.golongan === golongan)) {
      alasan.push(`Tabel pangkat baris ${i + 1}: golongan ${golongan} tercantum lebih dari sekali.`);
    } else {
      pangkat.push({ golongan, nama: nama.trim() });
    }
  });
  return alasan.length > 0 ? { ok: false, alasan } : { ok: true, pangkat };
}

/** Lookup by golongan ("iv/C" and "IV / c" are accepted) or by name (case-insensitive). */
export function findPangkat(table: readonly Pangkat[], golonganOrNama: string): Pangkat | undefined {
  const asGolongan = normaliseGolongan(golonganOrNama);
  const asNama = golonganOrNama.trim().replace(/\s+/g, ' ').toLowerCase();
  return table.find((p) => p.golongan === asGolongan || p.nama.toLowerCase() === asNama);
}

/** "Pembina Utama Muda (IV/c)". */
export function formatPangkatGolongan(pangkat: Pangkat): string {
  return `${pangkat.nama} (${pangkat.golongan})`;
}

function normaliseGolongan(text: string): string {
  const match = text.replace(/\s+/g, '').match(/^(i{1,3}|iv)\/([a-e])$/i);
  return match ? `${match[1].toUpperCase()}/${match[2].toLowerCase()}` : '';
}
