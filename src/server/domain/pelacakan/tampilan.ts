import { TataLetakTab, parseTataLetak } from '../layout';

/**
 * The look of the Pelacakan sheet beyond its columns (sheets-templates/tab-pelacakan.json): background per status
 * label (the sheet's conditional format rules), the totals row colour, the Peringatan text colour and the chart title.
 */
export interface TampilanPelacakan {
  tataLetak: TataLetakTab;
  warnaStatus: Record<string, string>;
  warnaBarisJumlah: string;
  warnaPeringatan: string;
  judulGrafik: string;
}

/**
 * The SOP's Peringatan and the steps it concerns (sheets-templates/pelacakan-peringatan.json): shown on the Pelacakan
 * sheet while one of those steps runs over its target. Data, so another SOP names its own steps.
 */
export interface PeringatanPelacakan {
  langkah: number[];
  teks: string;
}

const WARNA = /^#[0-9a-f]{6}$/i;

function gagal(sumber: string, masalah: string[]): never {
  throw new Error(`${sumber} tidak sah: ${masalah.join('; ')}.`);
}

export function parseTampilanPelacakan(json: unknown, sumber: string): TampilanPelacakan {
  const tataLetak = parseTataLetak(json, sumber);
  const t = json as Partial<TampilanPelacakan>;
  const masalah: string[] = [];
  const warnaStatus = t.warnaStatus ?? {};
  if (typeof warnaStatus !== 'object' || Array.isArray(warnaStatus)) masalah.push('"warnaStatus" harus objek');
  for (const [label, warna] of Object.entries(warnaStatus)) {
    if (!WARNA.test(String(warna))) masalah.push(`"warnaStatus"."${label}" harus warna #rrggbb`);
  }
  for (const kunci of ['warnaBarisJumlah', 'warnaPeringatan'] as const) {
    if (!WARNA.test(String(t[kunci]))) masalah.push(`"${kunci}" harus warna #rrggbb`);
  }
  if (typeof t.judulGrafik !== 'string' || !t.judulGrafik.trim()) masalah.push('"judulGrafik" wajib diisi');
  if (masalah.length) gagal(sumber, masalah);
  return {
    tataLetak,
    warnaStatus,
    warnaBarisJumlah: t.warnaBarisJumlah as string,
    warnaPeringatan: t.warnaPeringatan as string,
    judulGrafik: t.judulGrafik as string,
  };
}

/** Checks the file against the SOP's steps and Peringatan texts, so a changed SOP cannot leave it pointing nowhere. */
export function parsePeringatanPelacakan(
  json: unknown,
  sumber: string,
  sop: { steps: readonly { no: number }[]; peringatan: readonly string[] },
): PeringatanPelacakan {
  const p = json as Partial<PeringatanPelacakan>;
  const masalah: string[] = [];
  const nomor = new Set(sop.steps.map((s) => s.no));
  if (!Array.isArray(p?.langkah) || p.langkah.length === 0) masalah.push('"langkah" harus daftar nomor langkah');
  for (const no of Array.isArray(p?.langkah) ? p.langkah : []) {
    if (!nomor.has(no)) masalah.push(`langkah ${no} tidak ada dalam SOP`);
  }
  if (typeof p?.teks !== 'string' || !p.teks.trim()) masalah.push('"teks" wajib diisi');
  else if (!sop.peringatan.includes(p.teks)) masalah.push('"teks" harus salah satu Peringatan SOP');
  if (masalah.length) gagal(sumber, masalah);
  return p as PeringatanPelacakan;
}
