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
export function bagianAnalisis(units: readonly UnitAnalisis[], sebelumnya: string | null): Block[] {
  const semua = units.flatMap((u) => u.rows.map((r) => ({ unit: u.nama.trim(), r })));
  if (!semua.length) return [];
  const tercapai = semua.filter(({ r }) => r.capaian !== null && r.capaian >= 100);
  const belum = semua.filter(({ r }) => r.capaian !== null && r.capaian < 100);
  const takTerukur = semua.filter(({ r }) => r.capaian === null);
  return [
    { kind: 'heading', text: 'ANALISIS CAPAIAN', level: 2, align: 'left' },
    paragraph(
      `Dari ${semua.length} indikator kinerja, ${tercapai.length} mencapai atau melampaui target, ` +
        `${belum.length} belum mencapai target, dan ${takTerukur.length} belum dapat diukur.`,
      'justify',
    ),
    ...(belum.length ? [paragraph('Indikator yang belum mencapai target:', 'left', { bold: true })] : []),
    ...daftar(belum.map(({ unit, r }) => uraianBelum(unit, r))),
    ...perbandingan(semua, sebelumnya),
    ...(takTerukur.length ? [paragraph('Indikator yang belum dapat diukur:', 'left', { bold: true })] : []),
    ...daftar(
      takTerukur.map(
        ({ unit, r }) => `${r.indikator.trim()} (${unit}): ${r.alasan ?? 'capaian tidak dapat dihitung.'}`,
      ),
    ),
  ];
}

/** Against the triwulan before: how many rose and fell, and each one that fell. */
function perbandingan(semua: readonly { unit: string; r: BarisKinerja }[], sebelumnya: string | null): Block[] {
  const banding = semua.filter(({ r }) => r.capaian !== null && r.capaianLalu != null);
  if (!sebelumnya || !banding.length) return [];
  const selisih = ({ r }: { r: BarisKinerja }) => (r.capaian as number) - (r.capaianLalu as number);
  const naik = banding.filter((b) => selisih(b) > 0);
  const turun = banding.filter((b) => selisih(b) < 0);
  return [
    paragraph(
      `Dibanding capaian s.d. ${sebelumnya}: ${naik.length} indikator naik, ${turun.length} turun, ` +
        `${banding.length - naik.length - turun.length} tetap.`,
      'justify',
    ),
    ...(turun.length
      ? [paragraph(`Indikator yang capaiannya turun dibanding ${sebelumnya}:`, 'left', { bold: true })]
      : []),
    ...daftar(
      turun.map(
        ({ unit, r }) =>
          `${r.indikator.trim()} (${unit}): ${formatAngka(r.capaianLalu as number, PERSEN)}% → ${formatAngka(r.capaian as number, PERSEN)}%.`,
      ),
    ),
  ];
}

/** A bulleted list as one borderless table: the renderer writes a table in one call, whatever its length. */
function daftar(isi: readonly string[]): Block[] {
  if (!isi.length) return [];
  return [
    {
      kind: 'table',
      columns: [
        { width: 0.03, align: 'center' },
        { width: 0.97, align: 'justify' },
      ],
      header: [],
      body: isi.map((t) => [{ text: '•' }, { text: t }]),
      borders: false,
    },
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
