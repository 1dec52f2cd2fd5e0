import type { BarisLog } from '../pelacakan/log';
export const ID_FORMULIR = {
  klaim: (kode: string, percobaan: number) => `formulir-dijadwalkan-${kode}-${percobaan}`,
  dikirim: (kode: string) => `formulir-dikirim-${kode}`,
  dikirimUlang: (kode: string, percobaan: number) => `formulir-dikirim-ulang-${kode}-${percobaan}`,
  gagal: (kode: string, percobaan: number) => `formulir-gagal-${kode}-${percobaan}`,
  selesaiDiisi: (kode: string) => `formulir-selesai-diisi-${kode}`,
  /** the deadline reminder's key; its outcome rows carry it followed by "/dikirim" or "/gagal" */
  pengingatBatas: (kode: string) => `pengingat-batas-${kode}`,
} as const;

export interface StatusFormulirUnit {
  kode: string;
  /** when the form first reached the unit (epoch ms), or null */
  terkirim: number | null;
  /** a send was claimed and its outcome never recorded */
  belumPasti: boolean;
  /** claims so far (the next one is percobaan + 1) */
  percobaan: number;
  /** when the unit marked its form as submitted, or null */
  selesaiDiisi: number | null;
  /** the deadline reminder was claimed (sent, failed or lost: never again) */
  sudahDiingatkan: boolean;
}

/** One unit's distribution state from the Log rows, in sheet order. */
export function statusFormulirUnit(log: readonly BarisLog[], kode: string): StatusFormulirUnit {
  const klaim = awalanBernomor(ID_FORMULIR.klaim(kode, 0));
  const hasil = [awalanBernomor(ID_FORMULIR.dikirimUlang(kode, 0)), awalanBernomor(ID_FORMULIR.gagal(kode, 0))];
  const pertama = ID_FORMULIR.dikirim(kode);
  let percobaan = 0;
  let klaimTerakhir = -1;
  let hasilTerakhir = -1;
  log.forEach((b, i) => {
    if (bernomor(b.id, klaim)) {
      percobaan += 1;
      klaimTerakhir = i;
    } else if (b.id === pertama || hasil.some((a) => bernomor(b.id, a))) hasilTerakhir = i;
  });
  const waktu = (id: string) => log.find((b) => b.id === id)?.waktu ?? null;
  const pengingat = ID_FORMULIR.pengingatBatas(kode);
  return {
    kode,
    terkirim: waktu(pertama),
    belumPasti: klaimTerakhir > hasilTerakhir,
    percobaan,
    selesaiDiisi: waktu(ID_FORMULIR.selesaiDiisi(kode)),
    sudahDiingatkan: log.some((b) => b.id === pengingat || b.id.startsWith(`${pengingat}/`)),
  };
}

/** "formulir-gagal-PJRS-0" -> "formulir-gagal-PJRS-": the IDs of a numbered kind share it. */
function awalanBernomor(contohKe0: string): string {
  return contohKe0.slice(0, -1);
}

function bernomor(id: string, awalan: string): boolean {
  return id.startsWith(awalan) && /^\d+$/.test(id.slice(awalan.length));
}

/** Units whose deadline reminder is due: sent, not submitted, not reminded yet, and the deadline has passed. */
export function unitPerluDiingatkan(
  status: readonly StatusFormulirUnit[],
  batasPengisian: number | null,
  sekarang: number,
): StatusFormulirUnit[] {
  if (batasPengisian === null || sekarang < batasPengisian) return [];
  return status.filter((s) => s.terkirim !== null && s.selesaiDiisi === null && !s.sudahDiingatkan);
}
