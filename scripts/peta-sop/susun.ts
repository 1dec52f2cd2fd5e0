/**
 * The README's map from each step of the SOP to the code that carries it, made from the data: the steps of
 * sheets-templates/sop-pengukuran-kinerja.json, the actions of sheets-templates/aksi-langkah.json that finish them,
 * and the file under src/server/actions that exports each action.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLAT } from '../../src/server/domain/templat';

export const AKAR = join(__dirname, '../..');
const PENANDA = { mulai: '<!-- peta-sop: mulai -->', akhir: '<!-- peta-sop: akhir -->' } as const;

const AKSI = join(AKAR, 'src/server/actions');
/** Every cycle starts with the SOP's first two steps: the Kepala's disposisi, then the cycle spreadsheet itself. */
const AWAL_SIKLUS = 'mulaiSiklus';
const CATAT_LANGKAH = 'langkahDariPanel';

function berkasTs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? berkasTs(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : [],
  );
}

/** The file of src/server/actions that exports the function `nama`; throws when none or several do. */
function berkasAksi(nama: string): string {
  const ada = berkasTs(AKSI).filter((f) =>
    new RegExp(`^export function ${nama}\\(`, 'm').test(readFileSync(f, 'utf8')),
  );
  if (ada.length !== 1) throw new Error(`aksi "${nama}": ${ada.length} berkas di src/server/actions mengekspornya.`);
  return relative(AKAR, ada[0]);
}

/** The Markdown table, one row per step of the SOP. */
export function susunPetaSop(): string {
  const sop = TEMPLAT.sop;
  const aksiPerLangkah = new Map<number, string[]>();
  for (const [aksi, no] of Object.entries(TEMPLAT.aksiLangkah)) {
    if (typeof no === 'number') aksiPerLangkah.set(no, [...(aksiPerLangkah.get(no) ?? []), aksi]);
  }
  const [pertama, kedua] = sop.steps;
  for (const s of [pertama, kedua]) if (s) aksiPerLangkah.set(s.no, [AWAL_SIKLUS, ...(aksiPerLangkah.get(s.no) ?? [])]);
  const baris = sop.steps.map((s) => {
    const aksi = aksiPerLangkah.get(s.no) ?? [];
    const kode = aksi.length
      ? [...new Set(aksi.map((a) => `\`${berkasAksi(a)}\``))].join(', ')
      : `dicatat di panel (\`${berkasAksi(CATAT_LANGKAH)}\`)`;
    const nama = aksi.length ? aksi.map((a) => `\`${a}\``).join(', ') : '–';
    return `| ${s.no} | ${s.uraian.replace(/\|/g, '/')} | ${s.pelaksana} | ${s.waktuMenit} | ${nama} | ${kode} |`;
  });
  return ['| langkah | uraian | pelaksana | menit | aksi add-in | kode |', '|---|---|---|---|---|---|', ...baris].join(
    '\n',
  );
}

/** The README with the table between its markers replaced. */
export function readmeDenganPeta(readme: string): string {
  const a = readme.indexOf(PENANDA.mulai);
  const b = readme.indexOf(PENANDA.akhir);
  if (a < 0 || b < a) throw new Error(`README.md tidak memuat penanda ${PENANDA.mulai} … ${PENANDA.akhir}.`);
  return `${readme.slice(0, a + PENANDA.mulai.length)}\n${susunPetaSop()}\n${readme.slice(b)}`;
}
