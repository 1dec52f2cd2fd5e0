import { formatAngka, formatAngkaAtauStrip } from '../format/bilangan';
import { desimalSatuan } from '../indikator/satuan';
import { type NilaiTarget, tulisTarget } from '../indikator/target';
import type { TableBlock, TableCell } from '../naskah/model';

/** One indicator of a unit as the document prints it. */
export interface BarisKinerja {
  sasaran: string;
  indikator: string;
  satuan: string;
  /** the target the capaian is computed against (to date in a Triwulan cycle) */
  target: NilaiTarget | null;
  /** the Perjanjian Kinerja's target for the year, printed beside the period's in a Triwulan cycle */
  targetTahunan?: NilaiTarget | null;
  realisasi: number | null;
  capaian: number | null;
  /** the capaian s.d. the triwulan before, printed beside this period's */
  capaianLalu?: number | null;
  /** why there is no capaian */
  alasan?: string;
  predikat: string | null;
  /** the target was changed by an accepted request: marked with an asterisk and a note */
  direvisi?: boolean;
  penjelasan?: string;
  tindakLanjut?: string;
  buktiDukung?: string;
}

export const TANDA_REVISI = '*';
export const CAPAIAN = { minimumDesimal: 2, maksimumDesimal: 2 };

/** Target and realisasi with the fixed decimals of their satuan, as the Rekap shows them. */
function angkaSatuan(satuan: string) {
  const desimal = desimalSatuan(satuan);
  return { minimumDesimal: desimal, maksimumDesimal: desimal };
}

/**
 * A unit's table, rows grouped by sasaran in order of first appearance (No counts the sasaran, whose cells span their
 * group). In a Triwulan cycle (`sampai`, e.g. "TW II") target and realisasi are to date, and the year's target stands
 * beside them, as the Formulir Pengukuran Kinerja of PermenPANRB 53/2014 shows the annual target
 * (docs/regulasi/target-dan-kumulasi.md).
 */
export function tabelUnit(rows: readonly BarisKinerja[], sampai: string | null, sebelumnya: string | null): TableBlock {
  const groups = new Map<string, BarisKinerja[]>();
  for (const row of rows) {
    const key = row.sasaran.trim();
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const body: TableCell[][] = [];
  [...groups.entries()].forEach(([sasaran, members], g) => {
    members.forEach((row, i) => {
      const lead: TableCell[] =
        i === 0
          ? [{ text: String(g + 1) }, { text: sasaran || '-' }]
          : [
              { text: '', merge: 'up' },
              { text: '', merge: 'up' },
            ];
      body.push([
        ...lead,
        { text: row.indikator.trim() },
        { text: row.satuan.trim() || '-' },
        ...(sampai ? [{ text: teksTarget(row.targetTahunan ?? null, row.satuan) }] : []),
        { text: teksTarget(row.target, row.satuan) + (row.direvisi ? TANDA_REVISI : '') },
        { text: formatAngkaAtauStrip(row.realisasi, angkaSatuan(row.satuan)) },
        ...(sebelumnya ? [{ text: formatAngkaAtauStrip(row.capaianLalu ?? null, CAPAIAN) }] : []),
        { text: formatAngkaAtauStrip(row.capaian, CAPAIAN) },
        { text: row.predikat?.trim() || '-' },
      ]);
    });
  });
  return {
    kind: 'table',
    columns: kolom(sampai !== null, sebelumnya !== null),
    header: [judul(sampai, sebelumnya).map((text) => ({ text, bold: true, align: 'center' }))],
    body,
    borders: true,
  };
}

function judul(sampai: string | null, sebelumnya: string | null): string[] {
  const sd = sampai ? ` s.d. ${sampai}` : '';
  return [
    'No',
    'Sasaran',
    'Indikator Kinerja',
    'Satuan',
    ...(sampai ? ['Target tahunan'] : []),
    `Target${sd}`,
    `Realisasi${sd}`,
    ...(sebelumnya ? [`Capaian s.d. ${sebelumnya} (%)`] : []),
    `Capaian${sd} (%)`,
    'Predikat',
  ];
}

/** Column widths (shares of the text width, adding up to 1) for the year's target and the previous capaian shown. */
function kolom(denganTahunan: boolean, denganLalu: boolean): TableBlock['columns'] {
  const angka = (width: number) => ({ width, align: 'right' as const });
  const sempit = denganTahunan && denganLalu;
  return [
    { width: sempit ? 0.04 : 0.05, align: 'center' },
    { width: sempit ? 0.15 : denganTahunan ? 0.18 : 0.2, align: 'left' },
    { width: sempit ? 0.22 : denganTahunan ? 0.24 : 0.27, align: 'left' },
    { width: sempit ? 0.07 : 0.08, align: 'center' },
    ...(sempit
      ? [angka(0.08), angka(0.08), angka(0.08), angka(0.08), angka(0.08)]
      : denganTahunan
        ? [angka(0.08), angka(0.08), angka(0.08), angka(0.09)]
        : [angka(0.09), angka(0.09), angka(0.1)]),
    { width: 0.12, align: 'center' },
  ];
}

function teksTarget(target: NilaiTarget | null, satuan: string): string {
  if (target === null) return '-';
  return typeof target === 'number' ? formatAngka(target, angkaSatuan(satuan)) : tulisTarget(target);
}
