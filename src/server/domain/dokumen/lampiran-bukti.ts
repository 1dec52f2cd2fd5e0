import { tautanBuktiDukung } from '../data/temuan/tautan-bukti';
import { type Block, tabelBerbingkai } from '../naskah/model';

/** One Bukti Dukung link a unit gave for an indicator. */
export interface BuktiDukung {
  unit: string;
  indikator: string;
  tautan: string;
}

const JUDUL = ['No', 'Unit Kerja', 'Indikator Kinerja', 'Bukti Dukung'];

/**
 * The document's lampiran on a page of its own: every Bukti Dukung link by unit and indicator, one per line. What
 * is not a link (as the Temuan check judges it) is printed as written and said to be none, so an inspector is not
 * sent to a dead address. Nothing when no unit gave one.
 */
export function lampiranBukti(bukti: readonly BuktiDukung[]): Block[] {
  const berisi = bukti.filter((b) => b.tautan.trim());
  if (!berisi.length) return [];
  const tabel = tabelBerbingkai(
    JUDUL,
    [
      { width: 0.05, align: 'center' },
      { width: 0.2, align: 'left' },
      { width: 0.35, align: 'left' },
      { width: 0.4, align: 'left' },
    ],
    berisi.map((b, i) => [String(i + 1), b.unit.trim(), b.indikator.trim(), teksBukti(b.tautan)]),
  );
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: 'LAMPIRAN: DAFTAR BUKTI DUKUNG', level: 2, align: 'left' },
    tabel,
  ];
}

function teksBukti(teks: string): string {
  const { sah, salah } = tautanBuktiDukung(teks);
  return [...sah, ...(salah.length ? [`${salah.join(' ')} (bukan tautan yang sah)`] : [])].join('\n');
}
