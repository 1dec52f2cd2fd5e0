type Range = GoogleAppsScript.Spreadsheet.Range;

/** Ranges of one tab protected for the same editors, under one description. */
export interface KelompokRentang {
  rentang: Range[];
  editors: readonly string[];
  keterangan: string;
}

/** A protection's description: what it is for, and a fingerprint of its editors and ranges (its "already right" mark). */
export function deskripsiProteksi(keterangan: string, daftar: readonly string[], rentang: readonly Range[]): string {
  return `${keterangan} [${sidikJari([...daftar, ...rentang.map((r) => r.getA1Notation())])}]`;
}

/** Editors as protections keep them: trimmed, lower-case, each once, sorted. */
export function daftarEditor(editors: readonly string[]): string[] {
  return [...new Set(editors.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
}

/** A short, stable fingerprint of a list of strings (FNV-1a, 32 bit). */
function sidikJari(daftar: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of daftar.join('\n')) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
