import { formatWaktuLokal } from '../format/tanggal';
import { susunSurel, type IsiSurel } from '../surel/susun-surel';

export interface UnitSurel {
  kode: string;
  nama: string;
}

export interface SiklusSurel {
  /** the cycle spreadsheet's name */
  namaSiklus: string;
}

const PETUNJUK_PENGISIAN = [
  'Buka tautan di atas: tab formulir unit Anda langsung terbuka.',
  'Isi kolom Realisasi untuk setiap indikator dengan nilai periode ini saja (bukan kumulatif), lalu Penjelasan / Kendala, Tindak Lanjut dan tautan Bukti Dukung.',
  'Sasaran, indikator, satuan, polaritas, metode kumulasi dan target berasal dari Perjanjian Kinerja dan terkunci; perubahan target diusulkan ke Tim SAKIP dengan alasannya. Capaian dihitung di Rekap.',
  'Setelah selesai, tandai formulir "Selesai diisi" melalui menu Ekstensi > Pengukuran Kinerja > Buka panel.',
];

/**
 * Step 3: a unit's form, its link, the deadline and how to fill it in; with `tautanAnggaran`, the link to the
 * Anggaran tab where the unit types the realisasi of its programs.
 */
export function surelFormulir(
  siklus: SiklusSurel,
  unit: UnitSurel,
  tautan: string,
  batas: number,
  tautanAnggaran?: string,
): IsiSurel {
  const anggaran = tautanAnggaran
    ? [
        `Isi juga kolom "Realisasi anggaran s.d. periode ini (Rp)" (kumulatif sejak Januari) pada baris program/kegiatan ${unit.kode} di tab Anggaran: ${tautanAnggaran}`,
      ]
    : [];
  return susunSurel({
    siklus: siklus.namaSiklus,
    perihal: `Formulir ${unit.kode}`,
    ajakan: `Mohon isi formulir ${unit.kode} paling lambat ${formatWaktuLokal(batas)}.`,
    salam: `Yth. Kepala dan staf ${unit.nama},`,
    paragraf: [
      `Bersama ini kami sampaikan format pengumpulan data dan informasi pengukuran kinerja untuk ${unit.nama} pada "${siklus.namaSiklus}".`,
      `Mohon formulir diisi paling lambat ${formatWaktuLokal(batas)}.`,
    ],
    rincian: [
      ['Unit kerja', `${unit.nama} (${unit.kode})`],
      ['Batas pengisian', formatWaktuLokal(batas)],
    ],
    tautan: [{ teks: `Formulir ${unit.kode}`, url: tautan }],
    langkah: [...PETUNJUK_PENGISIAN.slice(0, -1), ...anggaran, ...PETUNJUK_PENGISIAN.slice(-1)],
  });
}

/** To the unit's Kabid: the unit marked its form as submitted. */
export function surelSelesaiDiisi(
  siklus: SiklusSurel,
  unit: UnitSurel,
  tautan: string,
  oleh: string,
  waktu: number,
): IsiSurel {
  return susunSurel({
    siklus: siklus.namaSiklus,
    perihal: `Formulir ${unit.kode} selesai diisi`,
    ajakan: `Mohon validasi data ${unit.kode} (langkah 7 SOP) pada tab formulirnya.`,
    salam: `Yth. Kepala ${unit.nama},`,
    paragraf: [
      `Formulir pengukuran kinerja ${unit.nama} pada "${siklus.namaSiklus}" telah ditandai selesai diisi.`,
      'Mohon data unit Anda dihimpun dan divalidasi (langkah 7 SOP) pada tab formulir berikut.',
    ],
    rincian: [
      ['Ditandai oleh', oleh],
      ['Waktu', formatWaktuLokal(waktu)],
    ],
    tautan: [{ teks: `Formulir ${unit.kode}`, url: tautan }],
  });
}

/** The one reminder to a unit that has not submitted its form by the deadline. */
export function surelPengingatBatas(siklus: SiklusSurel, unit: UnitSurel, tautan: string, batas: number): IsiSurel {
  return susunSurel({
    siklus: siklus.namaSiklus,
    perihal: `Batas pengisian formulir ${unit.kode} telah lewat`,
    ajakan: `Mohon lengkapi formulir ${unit.kode} lalu tandai "Selesai diisi".`,
    salam: `Yth. Kepala dan staf ${unit.nama},`,
    paragraf: [
      `Batas pengisian formulir pengukuran kinerja "${siklus.namaSiklus}" adalah ${formatWaktuLokal(batas)}, dan formulir ${unit.nama} belum ditandai selesai diisi.`,
      'Mohon formulir segera dilengkapi lalu ditandai "Selesai diisi". Pengingat ini hanya dikirim satu kali.',
    ],
    rincian: [['Batas pengisian', formatWaktuLokal(batas)]],
    tautan: [{ teks: `Formulir ${unit.kode}`, url: tautan }],
  });
}

/** Step 8: the consolidated data to the data officer. */
export function surelSerahTerima(
  siklus: SiklusSurel,
  penerima: string,
  tautanRekap: string,
  unit: readonly UnitSurel[],
): IsiSurel {
  return susunSurel({
    siklus: siklus.namaSiklus,
    perihal: 'Data kinerja tervalidasi',
    ajakan: 'Mohon olah data kinerja yang telah divalidasi pada tab Rekap.',
    salam: `Yth. ${penerima},`,
    paragraf: [
      `Bersama ini kami sampaikan data kinerja "${siklus.namaSiklus}" yang telah divalidasi oleh setiap unit kerja, untuk diolah lebih lanjut.`,
    ],
    rincian: [['Unit kerja tervalidasi', unit.map((u) => u.kode).join(', ')]],
    tautan: [{ teks: 'Tab Rekap', url: tautanRekap }],
  });
}
