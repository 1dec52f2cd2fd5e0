import type { SopTemplate } from '../sop/types';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { normalkan } from '../pengaturan/blok-tab';
import { pelaksanaLangkah } from '../pengaturan/peran';
import type { Pengaturan } from '../pengaturan/types';

/** One row of the Petunjuk tab. */
export interface BarisPetunjuk {
  bagian: string;
  isi: string;
}

function daftar(butir: readonly string[]): string {
  return butir.length ? butir.map((b, i) => `${i + 1}. ${b}`).join('\n') : '-';
}

/** Each role with the steps it carries, in the order the roles first appear in the SOP. */
function langkahPerPeran(sop: SopTemplate, p: Pengaturan): Map<string, string[]> {
  const hasil = new Map<string, string[]>();
  for (const s of sop.steps) {
    const peran = pelaksanaLangkah(p, sop, s.no) ?? s.pelaksana;
    hasil.set(peran, [
      ...(hasil.get(peran) ?? []),
      `Langkah ${s.no}: ${s.uraian} (target ${s.waktuMenit} menit kerja)`,
    ]);
  }
  return hasil;
}

function pemegang(p: Pengaturan, peran: string): string {
  const nama = p.orang.filter((o) => o.peran.some((r) => normalkan(r) === normalkan(peran))).map((o) => o.nama);
  return nama.length ? `Dipegang oleh: ${nama.join(', ')}.` : 'Belum ada orang dengan peran ini di tab Pengaturan.';
}

/**
 * The Petunjuk tab of a cycle: what the SOP says (from its template header) and what each role does, in short
 * Bahasa Indonesia. `tab` names the cycle's tabs as they are actually called.
 */
export function isiPetunjuk(
  sop: SopTemplate,
  p: Pengaturan,
  judulSiklus: string,
  tab: { pengaturan: string; pelacakan: string; formulir: string; rekap: string; temuan: string; log: string },
): BarisPetunjuk[] {
  const h = sop.header;
  const baris: BarisPetunjuk[] = [
    { bagian: 'Siklus', isi: `${judulSiklus} — ${p.namaInstansi}` },
    {
      bagian: 'SOP',
      isi: `${h.judul}, Nomor ${h.nomor}, dibuat ${h.tanggalPembuatan || '-'}, disahkan oleh ${h.disahkanOleh.nama}.`,
    },
    { bagian: 'Dasar hukum', isi: daftar(sop.dasarHukum) },
    { bagian: 'Kualifikasi pelaksana', isi: daftar(sop.kualifikasiPelaksana) },
    { bagian: 'Keterkaitan', isi: daftar(sop.keterkaitan) },
    { bagian: 'Peralatan', isi: daftar(sop.peralatan) },
    { bagian: 'Peringatan', isi: daftar(sop.peringatan) },
    { bagian: 'Pencatatan', isi: daftar(sop.pencatatan) },
    {
      bagian: 'Tab siklus ini',
      isi: [
        `${tab.pelacakan}: langkah SOP, pelaksana, target waktu dan waktu pelaksanaannya.`,
        `${tab.pengaturan}: unit kerja, orang dan peran, penandatangan, penomoran, kebijakan capaian, hari kerja, Perjanjian Kinerja.`,
        `${tab.formulir}: isian tiap unit kerja (satu tab per unit).`,
        `${tab.rekap}: rekap capaian seluruh unit; ${tab.temuan}: hasil pemeriksaan isian; ${tab.log}: catatan kejadian.`,
      ].join('\n'),
    },
    {
      bagian: 'Unit kerja (Staf)',
      isi: `Isi tab unit Anda: Realisasi, Penjelasan / Kendala, Tindak Lanjut dan Bukti Dukung (tautan). Realisasi adalah nilai periode ini saja; Rekap menjumlahkan atau merata-ratakannya s.d. triwulan ini menurut metode kumulasi. Sasaran, indikator, satuan, polaritas, metode kumulasi dan target berasal dari Perjanjian Kinerja dan terkunci; perubahan target diusulkan ke Tim SAKIP (tab Perubahan Target). Capaian dihitung di Rekap. Sel Realisasi yang masih kosong berwarna kuning.`,
    },
    {
      bagian: 'Tim SAKIP',
      isi: 'Anggota Tim SAKIP boleh mencatat setiap langkah dan menyunting tab Pengaturan, Pelacakan SOP, Rekap, Temuan dan Log; orang lain hanya dapat membacanya.',
    },
    ...[...langkahPerPeran(sop, p)].map(([peran, langkah]) => ({
      bagian: `Peran: ${peran}`,
      isi: `${langkah.join('\n')}\n${pemegang(p, peran)}`,
    })),
  ];
  return baris.map((b) => ({ bagian: neutralkanFormula(b.bagian), isi: neutralkanFormula(b.isi) }));
}
