import { formatAngka, formatAngkaAtauStrip } from '../format/bilangan';
import { paragraph, type Block, type TableBlock, type TableCell } from '../naskah/model';

/** One program or kegiatan as the document prints it. */
interface ProgramDokumen {
  unit: string;
  program: string;
  pagu: number;
  realisasi: number | null;
  serapan: number | null;
  /** "efisien", "cukup efisien", "tidak efisien"; null when not judged */
  efisiensi: string | null;
}

export interface AnggaranDokumen {
  program: ProgramDokumen[];
  jumlah: { pagu: number; realisasi: number; serapan: number | null };
  /** false outside the Tahunan cycle: the Efisiensi column is left out and `catatan` says why */
  efisiensiDinilai: boolean;
  catatan: string[];
}

const RUPIAH = { maksimumDesimal: 2 };
const PERSEN = { minimumDesimal: 2, maksimumDesimal: 2 };

/**
 * The document's REALISASI ANGGARAN part (LKj Bab III B, docs/regulasi/anggaran.md): a row per program with its
 * pagu, realisasi to date and serapan, efisiensi in the Tahunan cycle, and the office's total. Nothing without a budget.
 */
export function bagianAnggaran(a: AnggaranDokumen | undefined): Block[] {
  if (!a?.program.length) return [];
  return [
    { kind: 'heading', text: 'REALISASI ANGGARAN', level: 2, align: 'left' },
    tabelAnggaran(a),
    ...a.catatan.map((c) => paragraph(c, 'left', { italic: true })),
  ];
}

function tabelAnggaran(a: AnggaranDokumen): TableBlock {
  const efisiensi = a.efisiensiDinilai;
  const head = (text: string): TableCell => ({ text, bold: true, align: 'center' });
  const sel = (p: Omit<ProgramDokumen, 'unit' | 'program'>, bold = false): TableCell[] =>
    [
      formatAngka(p.pagu, RUPIAH),
      formatAngkaAtauStrip(p.realisasi, RUPIAH),
      formatAngkaAtauStrip(p.serapan, PERSEN),
      ...(efisiensi ? [p.efisiensi ?? '-'] : []),
    ].map((text) => ({ text, bold }));
  return {
    kind: 'table',
    columns: [
      { width: 0.05, align: 'center' },
      { width: 0.2, align: 'left' },
      { width: efisiensi ? 0.27 : 0.39, align: 'left' },
      { width: 0.13, align: 'right' },
      { width: 0.13, align: 'right' },
      { width: 0.1, align: 'right' },
      ...(efisiensi ? [{ width: 0.12, align: 'center' as const }] : []),
    ],
    header: [
      [
        'No',
        'Unit Kerja',
        'Program / Kegiatan',
        'Pagu (Rp)',
        'Realisasi (Rp)',
        'Serapan (%)',
        ...(efisiensi ? ['Efisiensi'] : []),
      ].map(head),
    ],
    body: [
      ...a.program.map((p, i) => [{ text: String(i + 1) }, { text: p.unit }, { text: p.program }, ...sel(p)]),
      [
        { text: '' },
        { text: 'Jumlah', bold: true },
        { text: '', merge: 'left' },
        ...sel({ ...a.jumlah, efisiensi: null }, true),
      ],
    ],
    borders: true,
  };
}
