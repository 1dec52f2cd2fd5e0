import { kutipPendek } from '../format/potong-teks';
import { rolesOf } from '../sop/template';
import type { SopTemplate } from '../sop/types';
import { JUDUL_BLOK } from './blok-pengaturan';
import { type BlokTerbaca, normalkan } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';
import type { Orang } from './types';

/** Roles the add-in itself gives meaning to beyond the SOP's: a unit's staff, and the data officer of step 8. */
const PERAN_ADDIN = ['Staf', 'Kasubbid Data', 'Petugas Data'];
const KABID = 'Kabid';

const dikenalSop = (sop: SopTemplate) => new Set([...rolesOf(sop), ...PERAN_ADDIN].map(normalkan));

/**
 * Each person's roles are the SOP's, the add-in's, or a step's pelaksana in the PELAKSANA LANGKAH block (a typo such
 * as "Sekertaris Tim Sakip" would leave a step nobody may record); a Kabid has exactly one unit, and a unit one Kabid.
 * `orang` is bacaOrang's result, one person per row of `blok`.
 */
export function periksaPeranOrang(
  p: PembacaSel,
  sop: SopTemplate,
  orang: readonly Orang[],
  blok: BlokTerbaca | undefined,
  pelaksana: Readonly<Record<number, string>>,
): void {
  const dikenal = new Set([...dikenalSop(sop), ...Object.values(pelaksana).map(normalkan)]);
  const kabidUnit = new Map<string, number>();
  orang.forEach((o, i) => {
    const r = blok!.isi[i];
    for (const peran of o.peran.filter((x) => !dikenal.has(normalkan(x)))) {
      p.tambah(
        r.nomor,
        'Peran',
        `peran ${kutipPendek(peran)} tidak dikenal; pakai peran langkah SOP, Kabid atau Staf.`,
      );
    }
    if (!o.peran.some((x) => normalkan(x) === normalkan(KABID))) return;
    const sebelumnya = kabidUnit.get(normalkan(o.unit));
    if (String(r.sel('Unit') ?? '').trim() === '') p.tambah(r.nomor, 'Unit', 'seorang Kabid wajib punya unit kerja.');
    else if (sebelumnya) {
      p.tambah(r.nomor, 'Unit', `unit "${o.unit}" sudah punya Kabid di baris ${sebelumnya}; satu unit satu Kabid.`);
    } else if (o.unit) kabidUnit.set(normalkan(o.unit), r.nomor);
  });
}

/** Each row of PELAKSANA LANGKAH names a step of the SOP, and a role of the SOP or one somebody holds. */
export function periksaPelaksana(
  p: PembacaSel,
  sop: SopTemplate,
  orang: readonly Orang[],
  blok: BlokTerbaca | undefined,
): void {
  const dikenal = new Set([...dikenalSop(sop), ...orang.flatMap((o) => o.peran.map(normalkan))]);
  const terakhir = Math.max(...sop.steps.map((s) => s.no));
  for (const r of blok?.isi ?? []) {
    const no = Number(r.sel('Langkah'));
    const peran = String(r.sel('Pelaksana') ?? '').trim();
    if (Number.isInteger(no) && no >= 1 && !sop.steps.some((s) => s.no === no)) {
      p.tambah(r.nomor, 'Langkah', `SOP tidak punya langkah ${no} (langkahnya 1–${terakhir}).`);
    }
    if (peran && !dikenal.has(normalkan(peran))) {
      p.tambah(
        r.nomor,
        'Pelaksana',
        `peran ${kutipPendek(peran)} bukan peran SOP dan tidak dipegang siapa pun di blok "${JUDUL_BLOK.orang}".`,
      );
    }
  }
}
