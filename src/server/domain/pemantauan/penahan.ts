/** The steps that most often hold a cycle up, said in words for the top of the Monitoring SOP tab. */
import { formatAngka } from '../format/bilangan';
import type { StatistikLangkah } from './statistik';

export interface LangkahTerpantau {
  no: number;
  uraian: string;
  targetMenit: number;
  stat: StatistikLangkah;
}

/** at most this many steps are named: the point is where to look first */
const PALING_BANYAK = 3;

/** Steps over their target in at least one cycle, most often late first, then the furthest over by median. */
function langkahPenahan(langkah: readonly LangkahTerpantau[]): LangkahTerpantau[] {
  const lewat = (l: LangkahTerpantau) => (l.stat.median ?? l.targetMenit) - l.targetMenit;
  return langkah
    .filter((l) => l.stat.terlambat > 0)
    .sort((a, b) => b.stat.terlambat - a.stat.terlambat || lewat(b) - lewat(a) || a.no - b.no)
    .slice(0, PALING_BANYAK);
}

/** The sentence, one step per line (a row of the tab each, so that it stays within the tab's width). */
export function kalimatPenahan(langkah: readonly LangkahTerpantau[], jumlahSiklus: number): string[] {
  const penahan = langkahPenahan(langkah);
  if (!penahan.length)
    return [`Tidak ada langkah yang melewati target waktunya dalam ${jumlahSiklus} siklus yang dibaca.`];
  const uraian = penahan.map((l) => {
    const median = l.stat.median === null ? '' : `, median ${formatAngka(l.stat.median)} menit kerja`;
    return (
      `langkah ${l.no} "${l.uraian}" (terlambat di ${l.stat.terlambat} dari ${l.stat.siklus} siklus` +
      `${median}; target ${l.targetMenit} menit)`
    );
  });
  return uraian.map(
    (u, i) =>
      `${i === 0 ? 'Langkah yang paling sering menahan siklus: ' : ''}${u}${i === uraian.length - 1 ? '.' : ';'}`,
  );
}
