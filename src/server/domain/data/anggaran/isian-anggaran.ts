import { neutralkanFormula } from '../../format/neutralkan-formula';
import { barisMenurutTataLetak, petaJudul, type TataLetakTab } from '../../layout';
import { normalkan, type Sel } from '../../pengaturan/blok-tab';
import type { ProgramAnggaran } from '../../pengaturan/types';

/** The programs in the order the Anggaran tab lists them: units in their configured order, then Pengaturan's. */
export function urutkanAnggaran(
  anggaran: readonly ProgramAnggaran[],
  urutanUnit: readonly string[],
): ProgramAnggaran[] {
  return urutanUnit.flatMap((u) => anggaran.filter((a) => a.unit === u));
}

/** The Anggaran tab's body as Pengaturan writes it: unit, program and pagu, the unit's cells blank. */
export function barisIsianAnggaran(
  tataLetak: TataLetakTab,
  anggaran: readonly ProgramAnggaran[],
  urutanUnit: readonly string[],
): Sel[][] {
  const data = urutkanAnggaran(anggaran, urutanUnit).map((a) => ({
    unit: neutralkanFormula(a.unit),
    program: neutralkanFormula(a.program),
    pagu: a.pagu,
  }));
  return barisMenurutTataLetak(tataLetak, data) as Sel[][];
}

/** One body row of the Anggaran tab as typed: values, and the formula where a cell holds one. */
export interface BarisTabAnggaran {
  /** 1-based sheet row */
  rowNumber: number;
  unit: string;
  program: string;
  pagu: unknown;
  realisasiAnggaran: unknown;
  keterangan: string;
  /** field → formula, for the cells that hold one */
  rumus: Readonly<Record<string, string>>;
}

/** The tab's rows read by header name; blank rows (no unit and no program) are left out. */
export function bacaBarisAnggaran(
  tataLetak: TataLetakTab,
  nilai: readonly (readonly unknown[])[],
  rumus: readonly (readonly string[])[],
): BarisTabAnggaran[] {
  const [judul, ...badan] = nilai;
  if (!judul) return [];
  const posisi = petaJudul(tataLetak, judul);
  const kolom = (isi: string) => posisi.get(tataLetak.kolom.find((k) => k.isi === isi)!.judul) as number;
  const teks = (v: unknown) => String(v ?? '').trim();
  return badan.flatMap((baris, i) => {
    const [unit, program] = [teks(baris[kolom('unit')]), teks(baris[kolom('program')])];
    if (!unit && !program) return [];
    const r = i + 1;
    const rumusBaris = Object.fromEntries(
      tataLetak.kolom.flatMap((k) => {
        const f = rumus[r]?.[posisi.get(k.judul) as number] ?? '';
        return f ? [[k.isi, f] as const] : [];
      }),
    );
    return [
      {
        rowNumber: r + 1,
        unit,
        program,
        pagu: baris[kolom('pagu')],
        realisasiAnggaran: baris[kolom('realisasiAnggaran')],
        keterangan: teks(baris[kolom('keterangan')]),
        rumus: rumusBaris,
      },
    ];
  });
}

/** The tab row of a Pengaturan program (same unit, program named alike), if any. */
export function barisProgram(baris: readonly BarisTabAnggaran[], a: ProgramAnggaran): BarisTabAnggaran | undefined {
  return baris.find(
    (b) => b.unit.toUpperCase() === a.unit.toUpperCase() && normalkan(b.program) === normalkan(a.program),
  );
}
