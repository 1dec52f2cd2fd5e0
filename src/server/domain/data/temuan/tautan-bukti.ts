/** An http(s) address with a host: what a reader can open from the Rekap or the printed lampiran. */
const TAUTAN_HTTP = /^https?:\/\/[^\s/?#]+\S*$/i;

/**
 * The links of a Bukti Dukung cell: one or more, separated by blanks or line breaks, each an http(s) address or not
 * ("terlampir", "drive/folder", "javascript:…" cannot be opened safely).
 */
export function tautanBuktiDukung(teks: string): { sah: string[]; salah: string[] } {
  const bagian = teks.trim().split(/\s+/).filter(Boolean);
  return { sah: bagian.filter((t) => TAUTAN_HTTP.test(t)), salah: bagian.filter((t) => !TAUTAN_HTTP.test(t)) };
}
