import { validateNip } from '../format/nip';
import type { SignatureBlock } from './model';

/** Whoever signs: "Kepala Dinas …", "Ir. WIDARSO, M.M", "Pembina Utama Muda", "19620728 198901 1 001". */
export interface Penandatangan {
  jabatan: string;
  nama: string;
  pangkat?: string;
  nip: string;
}

/** Empty lines left for the signature (handwritten or TTE). */
const SIGNATURE_SPACE_LINES = 4;

export type SignatureResult = { ok: true; block: SignatureBlock } | { ok: false; alasan: string[] };

/**
 * The signer's block: JABATAN in capitals ending in a comma, empty space, name bold and underlined, pangkat,
 * "NIP. 19620728 198901 1 001". A missing or invalid NIP is refused, naming the signer.
 */
export function signerBlock(penandatangan: Penandatangan, above: string[] = []): SignatureResult {
  const nama = penandatangan.nama?.trim() ?? '';
  const jabatan = penandatangan.jabatan?.trim() ?? '';
  const who = nama || 'tanpa nama';
  const alasan: string[] = [];
  if (!jabatan) alasan.push(`Penandatangan (${who}): jabatan kosong.`);
  if (!nama) alasan.push('Penandatangan: nama kosong.');
  const nip = validateNip(penandatangan.nip ?? '');
  if (!nip.ok) alasan.push(...nip.alasan.map((a) => `NIP penandatangan (${who}): ${a}`));
  if (!nip.ok || alasan.length > 0) return { ok: false, alasan };

  const pangkat = penandatangan.pangkat?.trim();
  return {
    ok: true,
    block: {
      above,
      jabatan: jabatan.toUpperCase().replace(/,?$/, ','),
      space: SIGNATURE_SPACE_LINES,
      nama: { text: nama, bold: true, underline: true },
      below: [...(pangkat ? [pangkat] : []), `NIP. ${nip.tertulis}`],
    },
  };
}

/** Dotted blanks sized to fit one line of half the text width (the receipt sits beside the signer). */
const BLANK = '……………………………';
const BLANK_TANGGAL = '……………………';

/** The receipt block filled in by hand by whoever receives the letter. */
export function receiptBlock(): SignatureBlock {
  return {
    above: [`Diterima tanggal ${BLANK_TANGGAL}`, 'Penerima,'],
    jabatan: null,
    space: SIGNATURE_SPACE_LINES,
    nama: { text: `(${BLANK})` },
    below: [`NIP. ${BLANK}`],
  };
}
