/**
 * The bench's results: bench/results.json (committed, so a change in cost shows in review), the console table, and
 * the README table between its markers, made from the results file alone so a test can check the two agree.
 */
import type { HasilAksi } from './skenario';

export const UKURAN = {
  kecil: { unit: 5, perUnit: 10 },
  sedang: { unit: 15, perUnit: 50 },
  besar: { unit: 40, perUnit: 200 },
} as const;
export type NamaUkuran = keyof typeof UKURAN;
export const NAMA_UKURAN = Object.keys(UKURAN) as NamaUkuran[];

/** One action at one size: what it cost, or why it failed. */
type Angka =
  | { panggilan: number; pulangPergi: number; detik: number; batasBawah: number; rasio: number }
  | { gagal: string; panggilan: number; detik: number };

export interface Hasil {
  _keterangan: string;
  ukuran: typeof UKURAN;
  /** per action (in the scenario's order), per size */
  aksi: Record<string, Partial<Record<NamaUkuran, Angka>>>;
}

const KETERANGAN =
  'Dibuat oleh npm run bench (scripts/bench.ts): per aksi dan ukuran siklus (unit x indikator per unit), panggilan ' +
  'layanan, pulang-pergi sesudah tulisan beruntun ke satu spreadsheet digabung, detik menurut model latensi ' +
  '(tests/emulator/core/latency.ts, sumber angkanya docs/latensi.md), batas bawah (tempat berbeda yang harus dibaca ' +
  'atau ditulis aksi itu, satu permintaan batch dihitung satu) dan rasio pulang-pergi terhadap batas bawah. Aksi ' +
  'yang gagal pada satu ukuran dicatat dengan pesannya.';

const bulat = (n: number, digit: number) => Math.round(n * 10 ** digit) / 10 ** digit;

function angkaDari(h: HasilAksi): Angka {
  if ('gagal' in h) return { gagal: h.gagal, panggilan: h.panggilan, detik: bulat(h.detik, 1) };
  return {
    panggilan: h.panggilan,
    pulangPergi: h.pulangPergi,
    detik: bulat(h.detik, 1),
    batasBawah: h.batasBawah,
    rasio: bulat(h.pulangPergi / h.batasBawah, 1),
  };
}

export function susunHasil(perUkuran: Partial<Record<NamaUkuran, HasilAksi[]>>): Hasil {
  const aksi: Hasil['aksi'] = {};
  for (const ukuran of NAMA_UKURAN) {
    for (const h of perUkuran[ukuran] ?? []) (aksi[h.aksi] ??= {})[ukuran] = angkaDari(h);
  }
  return { _keterangan: KETERANGAN, ukuran: UKURAN, aksi };
}

/** A failure's message in one line, short enough for a table cell. */
function ringkas(pesan: string): string {
  const satu = pesan.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
  return satu.length > 90 ? `${satu.slice(0, 87)}…` : satu;
}

const angka = (n: number) => n.toLocaleString('id-ID');
const desimal = (n: number) => n.toFixed(1).replace('.', ',');

const PENANDA = { mulai: '<!-- bench: mulai -->', akhir: '<!-- bench: akhir -->' } as const;

/**
 * The README table: one row per action; per size its service calls with the round trips in brackets and its modelled
 * seconds, then the lower bound and the ratio of round trips to it at each size. A failure is a numbered note under
 * the table.
 */
function tabelReadme(hasil: Hasil): string {
  const nama = NAMA_UKURAN.map((u) => `${hasil.ukuran[u].unit}×${hasil.ukuran[u].perUnit}`);
  const catatan: string[] = [];
  const baris = [
    `| aksi | ${nama.map((n) => `panggilan (pulang-pergi) ${n} | detik ${n}`).join(' | ')} | batas bawah | rasio |`,
    `|---|${nama.map(() => '---:|---:').join('|')}|---:|---:|`,
  ];
  for (const [aksi, perUkuran] of Object.entries(hasil.aksi)) {
    const sel: string[] = [];
    const bawah: string[] = [];
    const rasio: string[] = [];
    for (const ukuran of NAMA_UKURAN) {
      const a = perUkuran[ukuran];
      if (!a) {
        sel.push('–', '–');
        continue;
      }
      if ('gagal' in a) {
        catatan.push(`${catatan.length + 1}. \`${aksi}\` ${ukuran}: ${ringkas(a.gagal)}`);
        sel.push(`${angka(a.panggilan)} gagal (${catatan.length})`, `${desimal(a.detik)}`);
        bawah.push('–');
        rasio.push('–');
      } else {
        sel.push(`${angka(a.panggilan)} (${angka(a.pulangPergi)})`, desimal(a.detik));
        bawah.push(String(a.batasBawah));
        rasio.push(desimal(a.rasio));
      }
    }
    baris.push(`| \`${aksi}\` | ${sel.join(' | ')} | ${bawah.join(' / ')} | ${rasio.join(' / ')} |`);
  }
  return [...baris, ...(catatan.length ? ['', 'Gagal:', '', ...catatan] : [])].join('\n');
}

/** README with the table between its markers replaced by the one made from `hasil`. */
export function readmeDenganTabel(readme: string, hasil: Hasil): string {
  const a = readme.indexOf(PENANDA.mulai);
  const b = readme.indexOf(PENANDA.akhir);
  if (a < 0 || b < a) throw new Error(`README.md tidak memuat penanda ${PENANDA.mulai} … ${PENANDA.akhir}.`);
  return `${readme.slice(0, a + PENANDA.mulai.length)}\n${tabelReadme(hasil)}\n${readme.slice(b)}`;
}

/** The console line of one action. */
export function barisKonsol(ukuran: NamaUkuran, h: HasilAksi): string {
  const kepala = `${ukuran.padEnd(7)} ${h.aksi.padEnd(29)}`;
  if ('gagal' in h)
    return `${kepala} ${String(h.panggilan).padStart(9)} GAGAL sesudah ${h.detik.toFixed(1)} s: ${ringkas(h.gagal)}`;
  const rasio = h.pulangPergi / h.batasBawah;
  return (
    `${kepala} ${String(h.panggilan).padStart(9)} ${String(h.pulangPergi).padStart(12)}` +
    `  ${h.detik.toFixed(1).padStart(13)}  ${String(h.batasBawah).padStart(11)}  ${rasio.toFixed(1).padStart(5)}`
  );
}

export const JUDUL_KONSOL =
  'ukuran  aksi                          panggilan pulang-pergi  detik (model)  batas bawah  rasio';
