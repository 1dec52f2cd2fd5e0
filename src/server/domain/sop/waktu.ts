export type WaktuResult = { ok: true; menit: number } | { ok: false; alasan: string };

const WAKTU = /^(\d+(?:[.,]\d+)?)\s*(menit|jam)?$/i;
const MINUTES_PER = { menit: 1, jam: 60 };

/** Reads a Mutu Baku "Waktu" cell: "15", "15 menit", "2 jam", "1,5 jam" (decimal comma or point) into whole minutes. */
export function parseWaktuMenit(text: string): WaktuResult {
  const written = text.trim();
  if (written === '') return { ok: false, alasan: 'waktu kosong' };
  const match = WAKTU.exec(written);
  if (!match)
    return { ok: false, alasan: `waktu "${written}" bukan angka menit atau jam (contoh: 15, 15 menit, 1,5 jam)` };
  const unit = (match[2]?.toLowerCase() ?? 'menit') as keyof typeof MINUTES_PER;
  // rounded so that "1,1 jam" is 66, not 66.00000000000001
  const menit = Math.round(Number(match[1].replace(',', '.')) * MINUTES_PER[unit] * 1e6) / 1e6;
  if (!Number.isInteger(menit) || menit <= 0) {
    return { ok: false, alasan: `waktu "${written}" harus bilangan bulat menit lebih dari 0` };
  }
  return { ok: true, menit };
}
