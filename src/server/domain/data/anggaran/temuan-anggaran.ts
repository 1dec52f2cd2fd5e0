import { formatAngka } from '../../format/bilangan';
import { parseAngka } from '../../indikator/parse-angka';
import type { TataLetakTab } from '../../layout';
import type { ProgramAnggaran } from '../../pengaturan/types';
import type { Keparahan, Temuan } from '../temuan/types';
import { type BarisTabAnggaran, barisProgram } from './isian-anggaran';
import { bacaRealisasi } from './rekap-anggaran';

const rupiah = (n: number) => `Rp ${formatAngka(n, { maksimumDesimal: 2 })}`;

/**
 * The findings about the Anggaran tab: a realisasi that is a formula, unreadable, negative or above the pagu (galat),
 * one not yet typed (peringatan); a pagu cell that is empty or differs from Pengaturan (galat: the Rekap uses
 * Pengaturan); a row that Pengaturan does not know, or a Pengaturan program without a row. Each names tab, row, column.
 */
export function temuanAnggaran(
  tataLetak: TataLetakTab,
  anggaran: readonly ProgramAnggaran[],
  tab: readonly BarisTabAnggaran[],
): Temuan[] {
  const judul = (isi: string) => tataLetak.kolom.find((k) => k.isi === isi)!.judul;
  const temuan = (unit: string, row: number, isi: string, severity: Keparahan, pesan: string): Temuan => ({
    severity,
    unit,
    tab: tataLetak.nama,
    row,
    column: judul(isi),
    message: `Tab "${tataLetak.nama}", baris ${row}, kolom "${judul(isi)}": ${pesan}`,
  });
  const dikenal = tab.flatMap((b) => {
    const a = anggaran.find((x) => barisProgram([b], x));
    if (!a) {
      const pesan = `program/kegiatan "${b.program}" unit ${b.unit} tidak ada di blok ANGGARAN PROGRAM / KEGIATAN tab Pengaturan; tidak dihitung.`;
      return [temuan(b.unit, b.rowNumber, 'program', 'peringatan', pesan)];
    }
    const hasil: Temuan[] = [];
    const catat = (isi: string, severity: Keparahan, pesan: string) =>
      hasil.push(temuan(a.unit, b.rowNumber, isi, severity, pesan));
    periksaPagu(b, a, catat);
    for (const isi of ['realisasiAnggaran', 'keterangan']) {
      const rumus = b.rumus[isi];
      if (rumus) catat(isi, 'galat', `berisi rumus ${rumus.slice(0, 60)}; ketik nilainya, bukan rumus.`);
    }
    if (!b.rumus.realisasiAnggaran) periksaRealisasi(b, a, catat);
    return hasil;
  });
  const tanpaBaris = anggaran
    .filter((a) => !barisProgram(tab, a))
    .map((a) =>
      temuan(
        a.unit,
        1,
        'program',
        'galat',
        `program/kegiatan "${a.program}" unit ${a.unit} (tab Pengaturan) tidak punya baris; Tim SAKIP menambahkannya di tab ini.`,
      ),
    );
  return [...dikenal, ...tanpaBaris];
}

type Catat = (isi: string, severity: Keparahan, pesan: string) => void;

function periksaPagu(b: BarisTabAnggaran, a: ProgramAnggaran, catat: Catat): void {
  const pagu = parseAngka(b.pagu);
  if (!pagu.ok) {
    catat(
      'pagu',
      'galat',
      `pagu ${pagu.kosong ? 'kosong' : 'tidak terbaca'}; Rekap memakai pagu Pengaturan ${rupiah(a.pagu)}.`,
    );
  } else if (pagu.value !== a.pagu) {
    catat(
      'pagu',
      'galat',
      `pagu ${rupiah(pagu.value)} berbeda dari Pengaturan ${rupiah(a.pagu)}; Rekap memakai Pengaturan.`,
    );
  }
}

function periksaRealisasi(b: BarisTabAnggaran, a: ProgramAnggaran, catat: Catat): void {
  const { nilai, alasan, kosong } = bacaRealisasi(b);
  if (nilai === null) {
    catat('realisasiAnggaran', kosong ? 'peringatan' : 'galat', alasan);
  } else if (nilai < 0) {
    catat('realisasiAnggaran', 'galat', 'realisasi anggaran tidak boleh negatif.');
  } else if (nilai > a.pagu) {
    catat(
      'realisasiAnggaran',
      'galat',
      `realisasi ${rupiah(nilai)} melebihi pagu ${rupiah(a.pagu)} (lebih ${rupiah(nilai - a.pagu)}); ` +
        'periksa kembali, atau bila pagu berubah (DPA perubahan) Tim SAKIP memperbarui tab Pengaturan.',
    );
  }
}
