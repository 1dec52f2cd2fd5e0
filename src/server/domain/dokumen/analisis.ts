import { formatAngka } from '../format/bilangan';
import { paragraph, type Block } from '../naskah/model';
import type { BarisKinerja } from './tabel-unit';

interface UnitAnalisis {
  nama: string;
  rows: readonly BarisKinerja[];
}

const PERSEN = { minimumDesimal: 2, maksimumDesimal: 2 };

/**
 * ANALISIS CAPAIAN, drawn from the table and the units' own words (LKj Bab III A: capaian against target, the causes
 * of success or failure and the solutions, docs/regulasi/pengukuran-kinerja.md §8): how many indicators reached their
 * target, then each one that did not — its capaian with the unit's Penjelasan / Kendala and Tindak Lanjut — and each
 * one that could not be measured, with the reason.
 */
export function bagianAnalisis(units: readonly UnitAnalisis[]): Block[] {
  const semua = units.flatMap((u) => u.rows.map((r) => ({ unit: u.nama.trim(), r })));
  if (!semua.length) return [];
  const tercapai = semua.filter(({ r }) => r.capaian !== null && r.capaian >= 100);
  const belum = semua.filter(({ r }) => r.capaian !== null && r.capaian < 100);
  const takTerukur = semua.filter(({ r }) => r.capaian === null);
  const butir = (teks: string): Block => ({
    kind: 'paragraph',
    runs: [{ text: `• ${teks}` }],
    align: 'left',
    indent: 1,
  });
  return [
    { kind: 'heading', text: 'ANALISIS CAPAIAN', level: 2, align: 'left' },
    paragraph(
      `Dari ${semua.length} indikator kinerja, ${tercapai.length} mencapai atau melampaui target, ` +
        `${belum.length} belum mencapai target, dan ${takTerukur.length} belum dapat diukur.`,
      'justify',
    ),
    ...(belum.length ? [paragraph('Indikator yang belum mencapai target:', 'left', { bold: true })] : []),
    ...belum.map(({ unit, r }) => butir(uraianBelum(unit, r))),
    ...(takTerukur.length ? [paragraph('Indikator yang belum dapat diukur:', 'left', { bold: true })] : []),
    ...takTerukur.map(({ unit, r }) =>
      butir(`${r.indikator.trim()} (${unit}): ${r.alasan ?? 'capaian tidak dapat dihitung.'}`),
    ),
  ];
}

function uraianBelum(unit: string, r: BarisKinerja): string {
  const kata = [
    `${r.indikator.trim()} (${unit}): capaian ${formatAngka(r.capaian as number, PERSEN)}%.`,
    r.penjelasan?.trim()
      ? `Penjelasan unit: ${r.penjelasan.trim().replace(/\.?$/, '.')}`
      : 'Unit belum menuliskan penjelasan.',
    r.tindakLanjut?.trim() ? `Tindak lanjut: ${r.tindakLanjut.trim().replace(/\.?$/, '.')}` : '',
  ];
  return kata.filter(Boolean).join(' ');
}
