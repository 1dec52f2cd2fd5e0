import { formatWaktuLokal } from '../../format/tanggal';
import type { Pengingat } from './jatuh-tempo';

export interface EmailPengingat {
  subject: string;
  body: string;
  htmlBody: string;
}

export interface KonteksSiklus {
  /** the cycle spreadsheet's name, e.g. "Pengukuran Kinerja Triwulan II Tahun 2026" */
  namaSiklus: string;
  url: string;
}

/** "75 menit (1 jam 15 menit)"; under an hour just "45 menit". */
export function formatMenitKerja(menit: number): string {
  const jam = Math.floor(menit / 60);
  if (jam === 0) return `${menit} menit`;
  const sisa = menit % 60;
  return `${menit} menit (${jam} jam${sisa ? ` ${sisa} menit` : ''})`;
}

export function escapeHtml(teks: string): string {
  return teks.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function rincian(p: Pengingat): [label: string, isi: string][] {
  return [
    ['Uraian', p.step.uraian],
    ['Pelaksana', p.step.pelaksana],
    ['Target waktu', `${formatMenitKerja(p.targetMenit)} kerja`],
    ['Waktu kerja sejauh ini', `${formatMenitKerja(p.aktualMenit)} kerja`],
    [p.putaran > 1 ? `Dibuka kembali (ke-${p.putaran - 1})` : 'Dimulai', formatWaktuLokal(p.berjalanSejak)],
    ['Melewati target sejak', formatWaktuLokal(p.lewatTargetSejak)],
  ];
}

const PENUTUP =
  'Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja, satu kali untuk setiap langkah yang melewati ' +
  'target waktunya. Bila langkah sudah selesai, mohon tandai selesai di panel Pengukuran Kinerja.';

/** The reminder mail in Bahasa Indonesia: plain text and an HTML twin in which every value is escaped. */
export function susunEmailPengingat(p: Pengingat, siklus: KonteksSiklus): EmailPengingat {
  // the cycle in the subject: with two cycles open a reader tells them apart before opening the mail
  const subject = `[Pengukuran Kinerja] Langkah ${p.langkah} melewati target waktu – ${siklus.namaSiklus}`;
  const pembuka = `Langkah ${p.langkah} SOP Pengukuran Kinerja pada siklus "${siklus.namaSiklus}" masih berjalan dan telah melewati target waktunya.`;
  const ajakan = 'Mohon langkah ini segera diselesaikan, atau catat kendalanya di spreadsheet siklus:';
  const baris = rincian(p);
  const body = [
    `Yth. ${p.step.pelaksana},`,
    '',
    pembuka,
    '',
    ...baris.map(([label, isi]) => `${label}: ${isi}`),
    '',
    ajakan,
    siklus.url,
    '',
    PENUTUP,
  ].join('\n');
  const htmlBody = [
    `<p>Yth. ${escapeHtml(p.step.pelaksana)},</p>`,
    `<p>${escapeHtml(pembuka)}</p>`,
    '<table>',
    ...baris.map(([label, isi]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(isi)}</td></tr>`),
    '</table>',
    `<p>${escapeHtml(ajakan)} <a href="${escapeHtml(siklus.url)}">${escapeHtml(siklus.namaSiklus)}</a></p>`,
    `<p><small>${escapeHtml(PENUTUP)}</small></p>`,
  ].join('\n');
  return { subject, body, htmlBody };
}
