import { type Blok, type BlokTerbaca, normalkan } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';
import type { AturanAtasan, Orang, Pengaturan } from './types';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { TEMPLAT } from '../templat';

/**
 * Who is above whom, for the escalation of a late step (block ATASAN (ESKALASI PENGINGAT) of the Pengaturan tab):
 * one row per jabatan pelaksana and the jabatan above it. A jabatan matches a person's Peran or Jabatan in ORANG DAN
 * PERAN. Settings older than the block take the rows of sheets-templates/pengaturan-bawaan.json.
 */

export const JUDUL_ATASAN = 'ATASAN (ESKALASI PENGINGAT)';
const KOLOM_ATASAN = ['Jabatan pelaksana', 'Jabatan atasan'] as const;
/** Enough for any office's chain; stops a loop typed by mistake (A → B, B → A). */
const TINGKAT_MAKS = 6;

export function aturanAtasanBawaan(): AturanAtasan[] {
  return TEMPLAT.pengaturanBawaan.atasan.map((a) => ({ ...a }));
}

export function blokAtasan(aturan: readonly AturanAtasan[]): Blok {
  return {
    judul: JUDUL_ATASAN,
    kolom: KOLOM_ATASAN,
    baris: aturan.map((a) => [neutralkanFormula(a.pelaksana), neutralkanFormula(a.atasan)]),
  };
}

/** The block's rules; undefined when the tab has no such block (older settings). */
export function bacaAtasan(p: PembacaSel, b: BlokTerbaca | undefined): AturanAtasan[] | undefined {
  if (!b) return undefined;
  const hasil: AturanAtasan[] = [];
  for (const r of b.isi) {
    const pelaksana = p.teks(r, KOLOM_ATASAN[0], false);
    const atasan = p.teks(r, KOLOM_ATASAN[1], false);
    if (!pelaksana && !atasan) continue;
    if (!pelaksana || !atasan) {
      p.tambah(r.nomor, pelaksana ? KOLOM_ATASAN[1] : KOLOM_ATASAN[0], 'wajib diisi bila kolom di sebelahnya diisi.');
    } else if (normalkan(pelaksana) === normalkan(atasan)) {
      p.tambah(r.nomor, KOLOM_ATASAN[1], `"${atasan}" tidak dapat menjadi atasan dirinya sendiri.`);
    } else hasil.push({ pelaksana, atasan });
  }
  return hasil;
}

function sebutan(o: Orang): string[] {
  return [...o.peran, o.jabatan].map(normalkan).filter(Boolean);
}

/**
 * The people above the late ones: for each late person, the holders of the jabatan above any of theirs; when the only
 * holder is a late person themself (the Sekretaris who is also the Kabid of the Sekretariat), one level higher.
 */
export function atasanDari(p: Pick<Pengaturan, 'orang' | 'atasan'>, telat: readonly Orang[]): Orang[] {
  const aturan = p.atasan ?? aturanAtasanBawaan();
  const dikecualikan = new Set(telat.map((o) => normalkan(o.email)));
  const naik = (jabatan: readonly string[]) => [
    ...new Set(aturan.filter((a) => jabatan.includes(normalkan(a.pelaksana))).map((a) => normalkan(a.atasan))),
  ];
  const hasil = new Map<string, Orang>();
  for (const o of telat) {
    let jabatan = sebutan(o);
    for (let tingkat = 0; tingkat < TINGKAT_MAKS && jabatan.length; tingkat += 1) {
      jabatan = naik(jabatan);
      const pemegang = p.orang.filter(
        (x) =>
          x.email.trim() !== '' && !dikecualikan.has(normalkan(x.email)) && sebutan(x).some((s) => jabatan.includes(s)),
      );
      if (!pemegang.length) continue;
      for (const x of pemegang) hasil.set(normalkan(x.email), x);
      break;
    }
  }
  return [...hasil.values()];
}
