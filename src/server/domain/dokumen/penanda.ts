/**
 * An office's own Google Doc as the template of the Dokumen Pengukuran Kinerja: its text keeps the office's kop, title
 * and wording, with {{placeholders}} the add-in fills from the same content model as the built-in layout, and one
 * paragraph holding only {{tabel}} where the unit tables and the summary go.
 */
import { formatTanggalAtauKosong } from '../format/tanggal';
import type { Block, DocumentModel } from '../naskah/model';

export const PENANDA_TABEL = 'tabel';

export interface InfoTemplat {
  /** "Triwulan II Tahun 2026" */
  periode: string;
  instansi: string;
  tempat: string;
  /** null: the date is written at the signing */
  tanggal: Date | null;
  tahun: number;
}

/** Placeholder name -> text; the template writes them as {{name}}. */
export function nilaiPenanda(model: DocumentModel, info: InfoTemplat): Record<string, string> {
  const ttd = model.blocks.find((b) => b.kind === 'signatures')?.right;
  const nip = ttd?.below.find((l) => l.startsWith('NIP. '))?.slice('NIP. '.length) ?? '';
  return {
    periode: info.periode,
    PERIODE: info.periode.toUpperCase(),
    instansi: info.instansi,
    tempat: info.tempat,
    tanggal: formatTanggalAtauKosong(info.tanggal, info.tahun),
    tempat_tanggal: ttd?.above[0] ?? '',
    jabatan_penandatangan: ttd?.jabatan ?? '',
    nama_penandatangan: ttd?.nama.text ?? '',
    pangkat_penandatangan: ttd?.below.filter((l) => !l.startsWith('NIP. ')).join(' ') ?? '',
    nip_penandatangan: nip,
  };
}

/** The blocks that go at {{tabel}}: from the first section heading up to the signatures. */
export function blokTabel(model: DocumentModel): Block[] {
  const awal = model.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const akhir = model.blocks.findIndex((b) => b.kind === 'signatures');
  return awal < 0 ? [] : model.blocks.slice(awal, akhir < 0 ? undefined : akhir);
}

/** The {{names}} in a text that are not placeholders the add-in fills. */
export function penandaTakDikenal(teks: string, dikenal: readonly string[]): string[] {
  const semua = [...teks.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]);
  return [...new Set(semua)].filter((n) => n !== PENANDA_TABEL && !dikenal.includes(n));
}
