import { validateNip } from '../format/nip';
import { kutipPendek } from '../format/potong-teks';
import { parseAngka } from '../indikator/parse-angka';
import { localDayIndex, localIsoDate, localMs } from '../zona-waktu';
import type { BarisBlok, GalatTab } from './blok-tab';

/** Whether a cell value is a Date, from this realm or the script's (instanceof fails across realms). */
function adalahTanggal(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Reads typed values out of a settings tab's cells and collects every problem, each message naming the tab, row and
 * column in Bahasa Indonesia, so the SAKIP team can fix them all in one pass.
 */
export class PembacaSel {
  readonly galat: GalatTab[] = [];

  constructor(readonly tab: string) {}

  tambah(baris: number, kolom: string, isi: string): undefined {
    const lokasi = [`Tab "${this.tab}"`, baris > 0 ? `baris ${baris}` : '', kolom ? `kolom "${kolom}"` : '']
      .filter(Boolean)
      .join(', ');
    this.galat.push({ baris, kolom, pesan: `${lokasi}: ${isi}` });
    return undefined;
  }

  /** Trimmed text; the apostrophe that forced a formula-like text to stay text is dropped. */
  teks(b: BarisBlok, kolom: string, wajib = true): string {
    const v = b.sel(kolom);
    const teks = adalahTanggal(v) ? localIsoDate(localDayIndex(v.getTime())) : String(v ?? '').trim();
    const bersih = /^'[=+\-@\t\r]/.test(teks) ? teks.slice(1) : teks;
    if (wajib && !bersih) this.tambah(b.nomor, kolom, 'wajib diisi.');
    return bersih;
  }

  /** A whole number ≥ min, typed or held as a number. */
  bilanganBulat(b: BarisBlok, kolom: string, min: number): number | undefined {
    const v = b.sel(kolom);
    const hasil = typeof v === 'number' ? v : parseAngka(v).ok ? (parseAngka(v) as { value: number }).value : NaN;
    if (!Number.isInteger(hasil) || hasil < min) {
      return this.tambah(b.nomor, kolom, `${kutipPendek(String(v))} harus bilangan bulat ≥ ${min}.`);
    }
    return hasil;
  }

  /** A NIP (optional): 18 digits, written grouped or not, whose dates are real (format/nip.ts). */
  nip(b: BarisBlok, kolom: string): string {
    const teks = this.teks(b, kolom, false);
    const cek = teks ? validateNip(teks) : null;
    if (cek && !cek.ok) this.tambah(b.nomor, kolom, `NIP ${kutipPendek(teks)} tidak sah: ${cek.alasan.join(' ')}`);
    return teks;
  }

  /** A checkbox or "ya"/"tidak"; empty is false. */
  yaTidak(b: BarisBlok, kolom: string): boolean {
    const v = b.sel(kolom);
    if (typeof v === 'boolean') return v;
    const teks = String(v ?? '')
      .trim()
      .toLowerCase();
    if (['ya', 'true', 'benar', 'y', '1'].includes(teks)) return true;
    if (['', 'tidak', 'false', 'salah', 't', '0'].includes(teks)) return false;
    this.tambah(b.nomor, kolom, `${kutipPendek(String(v))} harus "ya" atau "tidak" (atau kotak centang).`);
    return false;
  }

  /** "JJ:MM" (also "JJ.MM", as Indonesians write it) -> "JJ:MM"; '' when empty and not required. */
  jam(b: BarisBlok, kolom: string, wajib: boolean): string | undefined {
    const teks = this.teks(b, kolom, false);
    if (!teks) return wajib ? this.tambah(b.nomor, kolom, 'wajib diisi (JJ:MM, mis. 07:30).') : '';
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(teks);
    if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) {
      return this.tambah(b.nomor, kolom, `"${teks}" bukan jam yang sah (tulis JJ:MM, mis. 07:30).`);
    }
    return `${m[1].padStart(2, '0')}:${m[2]}`;
  }

  /** A local date: a date cell, "YYYY-MM-DD" or "DD/MM/YYYY" -> "YYYY-MM-DD". */
  tanggal(b: BarisBlok, kolom: string): string | undefined {
    const v = b.sel(kolom);
    if (adalahTanggal(v)) return localIsoDate(localDayIndex(v.getTime()));
    const teks = this.teks(b, kolom);
    if (!teks) return undefined;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(teks);
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(teks);
    const bagian = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
    const hasil = bagian ? `${bagian[0]}-${bagian[1].padStart(2, '0')}-${bagian[2].padStart(2, '0')}` : '';
    // "2026-13-01" is no date: Date.parse gives NaN (toISOString would throw a RangeError)
    const ms = hasil ? Date.parse(`${hasil}T00:00:00Z`) : NaN;
    const cek = Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === hasil;
    if (!cek) return this.tambah(b.nomor, kolom, `"${teks}" bukan tanggal yang sah (tulis YYYY-MM-DD).`);
    return hasil;
  }

  /** A local date and time in WIB ("YYYY-MM-DD JJ:MM" or a date cell) -> epoch ms; null when empty. */
  waktu(b: BarisBlok, kolom: string): number | null | undefined {
    const v = b.sel(kolom);
    if (adalahTanggal(v)) return v.getTime();
    const teks = this.teks(b, kolom, false);
    if (!teks) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(teks);
    if (!m) return this.tambah(b.nomor, kolom, `"${teks}" bukan waktu yang sah (tulis YYYY-MM-DD JJ:MM, WIB).`);
    return localMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  }
}
