import { escapeHtml } from '../pelacakan/pengingat/surel-pengingat';
import { formatWaktuLokal } from '../format/tanggal';

/** A mail in Bahasa Indonesia: plain text and an HTML twin in which every value is escaped. */
export interface IsiSurel {
  subject: string;
  body: string;
  htmlBody: string;
}

interface BahanSurel {
  subject: string;
  salam: string;
  paragraf: string[];
  rincian: [label: string, isi: string][];
  tautan: { teks: string; url: string };
  langkah: string[];
}

const PENUTUP = 'Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja.';

function susun(b: BahanSurel): IsiSurel {
  const body = [
    b.salam,
    '',
    ...b.paragraf.flatMap((p) => [p, '']),
    ...b.rincian.map(([label, isi]) => `${label}: ${isi}`),
    `${b.tautan.teks}: ${b.tautan.url}`,
    ...(b.langkah.length ? ['', ...b.langkah.map((l, i) => `${i + 1}. ${l}`)] : []),
    '',
    PENUTUP,
  ].join('\n');
  const htmlBody = [
    `<p>${escapeHtml(b.salam)}</p>`,
    ...b.paragraf.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<table>',
    ...b.rincian.map(
      ([label, isi]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(isi)}</td></tr>`,
    ),
    '</table>',
    `<p><a href="${escapeHtml(b.tautan.url)}">${escapeHtml(b.tautan.teks)}</a></p>`,
    ...(b.langkah.length ? ['<ol>', ...b.langkah.map((l) => `<li>${escapeHtml(l)}</li>`), '</ol>'] : []),
    `<p><small>${escapeHtml(PENUTUP)}</small></p>`,
  ].join('\n');
  return { subject: b.subject, body, htmlBody };
}

export interface UnitSurel {
  kode: string;
  nama: string;
}

export interface SiklusSurel {
  /** the cycle spreadsheet's name */
  namaSiklus: string;
}

/** The direct link to one tab: the spreadsheet's URL and the tab's sheet id. */
export function tautanTab(urlSpreadsheet: string, sheetId: number): string {
  return `${urlSpreadsheet.replace(/#.*$/, '')}#gid=${sheetId}`;
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
  return susun({
    subject: `[Pengukuran Kinerja] Formulir ${unit.kode} – ${siklus.namaSiklus}`,
    salam: `Yth. Kepala dan staf ${unit.nama},`,
    paragraf: [
      `Bersama ini kami sampaikan format pengumpulan data dan informasi pengukuran kinerja untuk ${unit.nama} pada "${siklus.namaSiklus}".`,
      `Mohon formulir diisi paling lambat ${formatWaktuLokal(batas)}.`,
    ],
    rincian: [
      ['Unit kerja', `${unit.nama} (${unit.kode})`],
      ['Batas pengisian', formatWaktuLokal(batas)],
    ],
    tautan: { teks: `Formulir ${unit.kode}`, url: tautan },
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
  return susun({
    subject: `[Pengukuran Kinerja] Formulir ${unit.kode} selesai diisi – ${siklus.namaSiklus}`,
    salam: `Yth. Kepala ${unit.nama},`,
    paragraf: [
      `Formulir pengukuran kinerja ${unit.nama} pada "${siklus.namaSiklus}" telah ditandai selesai diisi.`,
      'Mohon data unit Anda dihimpun dan divalidasi (langkah 7 SOP) pada tab formulir berikut.',
    ],
    rincian: [
      ['Ditandai oleh', oleh],
      ['Waktu', formatWaktuLokal(waktu)],
    ],
    tautan: { teks: `Formulir ${unit.kode}`, url: tautan },
    langkah: [],
  });
}

/** The one reminder to a unit that has not submitted its form by the deadline. */
export function surelPengingatBatas(siklus: SiklusSurel, unit: UnitSurel, tautan: string, batas: number): IsiSurel {
  return susun({
    subject: `[Pengukuran Kinerja] Batas pengisian formulir ${unit.kode} telah lewat – ${siklus.namaSiklus}`,
    salam: `Yth. Kepala dan staf ${unit.nama},`,
    paragraf: [
      `Batas pengisian formulir pengukuran kinerja "${siklus.namaSiklus}" adalah ${formatWaktuLokal(batas)}, dan formulir ${unit.nama} belum ditandai selesai diisi.`,
      'Mohon formulir segera dilengkapi lalu ditandai "Selesai diisi". Pengingat ini hanya dikirim satu kali.',
    ],
    rincian: [['Batas pengisian', formatWaktuLokal(batas)]],
    tautan: { teks: `Formulir ${unit.kode}`, url: tautan },
    langkah: [],
  });
}

/** Step 8: the consolidated data to the data officer. */
export function surelSerahTerima(
  siklus: SiklusSurel,
  penerima: string,
  tautanRekap: string,
  unit: readonly UnitSurel[],
): IsiSurel {
  return susun({
    subject: `[Pengukuran Kinerja] Data kinerja ${siklus.namaSiklus}`,
    salam: `Yth. ${penerima},`,
    paragraf: [
      `Bersama ini kami sampaikan data kinerja "${siklus.namaSiklus}" yang telah divalidasi oleh setiap unit kerja, untuk diolah lebih lanjut.`,
    ],
    rincian: [['Unit kerja tervalidasi', unit.map((u) => u.kode).join(', ')]],
    tautan: { teks: 'Tab Rekap', url: tautanRekap },
    langkah: [],
  });
}
