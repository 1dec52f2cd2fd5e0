import { formatHariTanggal, formatJam } from '../../src/server/domain/format/tanggal';
import type { Siklus } from '../../tests/harness/siklus';

const TAB = 'Pelacakan SOP';

function adalahTanggal(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** "Rabu, 12 Agustus 2026 08.00–08.10 WIB", or across days "… 14.00 WIB – Selasa, 18 Agustus 2026 09.00 WIB". */
function rentang(mulai: unknown, selesai: unknown): string {
  if (!adalahTanggal(mulai)) return 'belum dimulai';
  const awal = `${formatHariTanggal(mulai)} ${formatJam(mulai)}`;
  if (!adalahTanggal(selesai)) return `${awal} – belum selesai`;
  return formatHariTanggal(mulai) === formatHariTanggal(selesai)
    ? `${awal.replace(/ WIB$/, '')}–${formatJam(selesai)}`
    : `${awal} – ${formatHariTanggal(selesai)} ${formatJam(selesai)}`;
}

/**
 * Each step as the cycle's Pelacakan SOP tab records it, read from the tab by its headers: who (its Oleh column, the
 * step's pelaksana, not whoever's action wrote the Log row), start–end, working minutes and status.
 */
export function langkahMenurutPelacakan(s: Siklus): string[] {
  const [judul = [], ...baris] = s.nilai(TAB);
  const kolom = (nama: string) => judul.indexOf(nama);
  const [no, uraian, oleh, mulai, selesai, durasi, status] = [
    'No',
    'Uraian',
    'Oleh',
    'Mulai',
    'Selesai',
    'Durasi kerja (menit)',
    'Status',
  ].map(kolom);
  if ([no, oleh, mulai, selesai].some((i) => i < 0)) return [`- tab "${TAB}" tidak berisi kolom yang dikenal.`];
  return baris
    .filter((r) => typeof r[no] === 'number')
    .map((r) => {
      const menit = typeof r[durasi] === 'number' ? `, ${r[durasi]} menit kerja` : '';
      const siapa = String(r[oleh] ?? '').trim() || 'belum dicatat';
      return `- Langkah ${String(r[no])} (${String(r[uraian])}): ${siapa}, ${rentang(r[mulai], r[selesai])}${menit}, ${String(r[status])}.`;
    });
}
