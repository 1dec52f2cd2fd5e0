import type { ImportProblem } from './import-problem';
import { findLabelled } from './labelled-fields';
import { plainText, type SourceLine } from './source-text';
import type { IdentifikasiKegiatan } from './types';

export interface IdentificationSheet {
  identifikasi: IdentifikasiKegiatan;
  warnings: ImportProblem[];
}

/** Reads the Lembar Kerja Identifikasi Kegiatan; a label that is missing leaves its field '' with a warning. */
export function readIdentificationSheet(lines: SourceLine[]): IdentificationSheet {
  const missing: string[] = [];
  const value = (nama: string, labels: string[]): string => {
    const found = findLabelled(lines, labels);
    if (!found) missing.push(nama);
    return plainText(found?.value ?? '');
  };
  const identifikasi: IdentifikasiKegiatan = {
    jenisKegiatan: value('Jenis Kegiatan', ['jenis kegiatan']),
    penanggungJawab: {
      produk: value('Penanggung Jawab Produk', ['produk']),
      kegiatan: value('Penanggung Jawab Kegiatan', ['kegiatan']),
    },
    ruangLingkup: value('Scope (Ruang Lingkup)', ['scope (ruang lingkup)', 'ruang lingkup', 'scope']),
    langkahAwal: value('Langkah Awal', ['langkah awal']),
    langkahUtama: value('Langkah Utama', ['langkah utama']),
    langkahAkhir: value('Langkah Akhir', ['langkah akhir']),
  };
  const warnings =
    missing.length === 0
      ? []
      : [
          {
            line: 0,
            message: `Lembar identifikasi kegiatan: ${missing.join(', ')} tidak ditemukan; dibiarkan kosong.`,
          },
        ];
  return { identifikasi, warnings };
}
