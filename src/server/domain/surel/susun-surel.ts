/**
 * The one composer of every mail the add-in sends. Each mail names its cycle (period and office) in the subject, so a
 * reader with two cycles open tells them apart before opening it; its body opens with the action asked of the reader
 * and the link to the exact tab or document, which is what a phone shows in the inbox preview and on the first screen.
 */

/** A mail in Bahasa Indonesia: plain text and an HTML twin in which every value is escaped. */
export interface IsiSurel {
  subject: string;
  body: string;
  htmlBody: string;
}

export interface Tautan {
  teks: string;
  url: string;
}

export interface BahanSurel {
  /** the cycle spreadsheet's name, "Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes" */
  siklus: string;
  /** what the mail is about, without the cycle: "Langkah 2 melewati target waktu" */
  perihal: string;
  /** the action asked of the reader: the body's first line */
  ajakan: string;
  /** the exact tab or document first; further links go below the details */
  tautan: readonly [Tautan, ...Tautan[]];
  salam: string;
  paragraf?: readonly string[];
  rincian?: readonly (readonly [label: string, isi: string])[];
  /** numbered instructions */
  langkah?: readonly string[];
  /** a closing note in small print; the default says the mail was sent automatically */
  penutup?: string;
}

const MEREK = 'Pengukuran Kinerja';
const PENUTUP = `Pesan ini dikirim otomatis oleh add-in ${MEREK}.`;

/** The direct link to one tab: the spreadsheet's URL and the tab's sheet id. */
export function tautanTab(urlSpreadsheet: string, sheetId: number): string {
  return `${urlSpreadsheet.replace(/#.*$/, '')}#gid=${sheetId}`;
}

export function escapeHtml(teks: string): string {
  return teks.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "Triwulan II Tahun 2026 – Dinsospermasdes": the cycle's name without the add-in's own name in front. */
export function labelSiklus(namaSiklus: string): string {
  const tanpaMerek = namaSiklus.replace(new RegExp(`^\\s*${MEREK}\\s*[–-]?\\s*`), '').trim();
  return tanpaMerek || namaSiklus.trim();
}

export function susunSurel(b: BahanSurel): IsiSurel {
  const [utama, ...lain] = b.tautan;
  const paragraf = b.paragraf ?? [];
  const rincian = b.rincian ?? [];
  const langkah = b.langkah ?? [];
  const penutup = b.penutup ?? PENUTUP;
  const siklus = labelSiklus(b.siklus);
  const body = [
    b.ajakan,
    `${utama.teks}: ${utama.url}`,
    '',
    b.salam,
    '',
    ...paragraf.flatMap((p) => [p, '']),
    ...rincian.map(([label, isi]) => `${label}: ${isi}`),
    `Siklus: ${siklus}`,
    ...lain.map((t) => `${t.teks}: ${t.url}`),
    ...(langkah.length ? ['', ...langkah.map((l, i) => `${i + 1}. ${l}`)] : []),
    '',
    penutup,
  ].join('\n');
  const tautanHtml = (t: Tautan) => `<a href="${escapeHtml(t.url)}">${escapeHtml(t.teks)}</a>`;
  const htmlBody = [
    `<p><strong>${escapeHtml(b.ajakan)}</strong><br>${tautanHtml(utama)}</p>`,
    `<p>${escapeHtml(b.salam)}</p>`,
    ...paragraf.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<table>',
    ...[...rincian, ['Siklus', siklus] as const].map(
      ([label, isi]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(isi)}</td></tr>`,
    ),
    '</table>',
    ...(lain.length ? ['<ul>', ...lain.map((t) => `<li>${tautanHtml(t)}</li>`), '</ul>'] : []),
    ...(langkah.length ? ['<ol>', ...langkah.map((l) => `<li>${escapeHtml(l)}</li>`), '</ol>'] : []),
    `<p><small>${escapeHtml(penutup)}</small></p>`,
  ].join('\n');
  return { subject: `[${MEREK}] ${b.perihal} – ${siklus}`, body, htmlBody };
}
