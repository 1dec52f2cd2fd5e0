import { validateNip } from '../format/nip';
import type { SopPengesah } from './types';
import { boldTexts, plainText } from './source-text';
import { TEMPLAT } from '../templat';

export type PengesahResult = { ok: true; pengesah: SopPengesah } | { ok: false; alasan: string[] };

/** The NIP written last, grouped 8 6 1 3 or not, optionally after "NIP". */
const NIP_AT_END = /(?:\bNIP\.?\s*:?\s*)?(\d{8}\s*\d{6}\s*\d\s*\d{3})$/i;

/** Pangkat names, longest first so "Pembina Utama Muda" wins over "Pembina". */
const PANGKAT_NAMES = TEMPLAT.pangkat.map((entry) => entry.nama).sort((a, b) => b.length - a.length);

function splitAtPangkat(text: string): { nama: string; pangkat: string } {
  const lower = text.toLowerCase();
  for (const name of PANGKAT_NAMES) {
    const at = lower.search(new RegExp(`(^|\\s)${name.toLowerCase()}\\b`));
    if (at !== -1) return { nama: text.slice(0, at).trim().replace(/,$/, ''), pangkat: text.slice(at).trim() };
  }
  return { nama: text, pangkat: '' };
}

/**
 * Reads the "Disahkan oleh" cell: "<b>Ir. WIDARSO, M.M</b> Pembina Utama Muda 19620728 198901 1 001". The name is
 * the bold text; when the bold was lost (a copy from PDF) the name is what precedes a known pangkat.
 */
export function parsePengesah(cell: string): PengesahResult {
  const text = plainText(cell);
  const nipMatch = NIP_AT_END.exec(text);
  const rest = (nipMatch ? text.slice(0, nipMatch.index) : text).trim();
  const bold = boldTexts(cell)[0];
  const { nama, pangkat } =
    bold && rest.startsWith(bold) ? { nama: bold, pangkat: rest.slice(bold.length).trim() } : splitAtPangkat(rest);
  const alasan: string[] = [];
  if (nama === '') alasan.push('nama pejabat tidak ditemukan');
  if (pangkat === '') alasan.push('pangkat tidak ditemukan (tulis nama tebal atau sebelum pangkat)');
  if (!nipMatch) alasan.push('NIP (18 angka) tidak ditemukan di akhir');
  const nipCheck = nipMatch ? validateNip(nipMatch[1]) : undefined;
  if (nipCheck && !nipCheck.ok) alasan.push(...nipCheck.alasan.map((reason) => reason.replace(/\.$/, '')));
  if (!nipMatch || alasan.length > 0) return { ok: false, alasan };
  return { ok: true, pengesah: { nama, pangkat, nip: nipMatch[1] } };
}
