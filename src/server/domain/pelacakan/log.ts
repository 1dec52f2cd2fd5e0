import { JenisKejadian, StepEvent } from './kejadian-langkah';
import { TataLetakTab, petaJudul } from '../layout';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { JENIS_KEJADIAN } from './aksi-log';
import { uraianAksi } from './uraian-aksi';
import type { BarisLog } from './baris-log';
import { JUDUL_SEGEL } from './segel-log';
import { pemeriksaSegel, type LogTidakUtuh } from './periksa-segel';

export type { BarisLog };

/** The Log tab's header names, by field; the tab layout (sheets-templates/tab-log.json) must use exactly these. */
export const KOLOM_LOG = {
  waktu: 'Waktu',
  pengguna: 'Pengguna',
  aksi: 'Aksi',
  langkah: 'Langkah',
  rincian: 'Rincian',
  id: 'ID',
} as const satisfies Record<keyof BarisLog, string>;

/**
 * The column people read the action in ("Rekap disusun"); the code beside it (Aksi, hidden) is what the add-in reads.
 * A Log from before this column has none, and is read and appended to all the same.
 */
export const JUDUL_URAIAN_AKSI = 'Uraian aksi';

function adalahKejadianLangkah(aksi: string): aksi is JenisKejadian {
  return (JENIS_KEJADIAN as readonly string[]).includes(aksi);
}

export function eventKeBarisLog(event: StepEvent): BarisLog {
  return {
    waktu: event.at,
    pengguna: event.by,
    aksi: event.type,
    langkah: event.step,
    rincian: event.note?.trim() ?? '',
    id: event.id,
  };
}

/** The step event a Log row records, or null for a row of another action. */
export function barisLogKeEvent(baris: BarisLog): StepEvent | null {
  if (!adalahKejadianLangkah(baris.aksi) || baris.langkah === null) return null;
  const event: StepEvent = { id: baris.id, type: baris.aksi, step: baris.langkah, by: baris.pengguna, at: baris.waktu };
  if (baris.rincian) event.note = baris.rincian;
  return event;
}

/**
 * The cells of a Log row under the given headers (the layout's, or those of a Log tab written by an older layout);
 * a header the add-in does not know gets an empty cell. Waktu becomes a Date (Sheets shows it in the spreadsheet's
 * time zone); text a person typed is neutralised so it can never become a formula.
 */
export function selBarisLog(judul: readonly string[], baris: BarisLog, segel = ''): (string | number | Date)[] {
  return judul.map((j) => {
    switch (j) {
      case KOLOM_LOG.waktu:
        return new Date(baris.waktu);
      case KOLOM_LOG.langkah:
        return baris.langkah ?? '';
      case KOLOM_LOG.pengguna:
        return neutralkanFormula(baris.pengguna);
      case KOLOM_LOG.aksi:
        return baris.aksi;
      case JUDUL_URAIAN_AKSI:
        return uraianAksi(baris.aksi);
      case KOLOM_LOG.rincian:
        return neutralkanFormula(baris.rincian);
      case KOLOM_LOG.id:
        return baris.id;
      case JUDUL_SEGEL:
        return segel;
      default:
        return '';
    }
  });
}

export interface IsiLog {
  /** every row the add-in wrote, in sheet order */
  baris: BarisLog[];
  /** the step events among them, in sheet order */
  events: StepEvent[];
  /**
   * where the Log is not as the add-in wrote it, by sheet row: rows whose seal does not hold (typed or changed by
   * hand, left out of baris), rows emptied or deleted
   */
  tidakSah?: LogTidakUtuh[];
  /** with the seal key: the last place the add-in wrote, as this read knows it (periksa-segel.ts) */
  tempat?: number;
}

function adalahTanggal(v: unknown): v is Date {
  // getValues hands over Dates of the script's realm; instanceof would fail across realms in tests
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

const teks = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Reads the Log tab's values (header row first, as getDataRange().getValues() gives them) by header name. Empty rows
 * are skipped. Refuses the whole Log, naming tab, row and column of every bad cell, rather than rebuilding the
 * tracking sheet from a Log it misreads. With the seal key, only sealed rows are taken (periksa-segel.ts); `tercatat`
 * is the last place the add-in recorded writing to.
 */
export function bacaLog(
  values: readonly (readonly unknown[])[],
  tab: TataLetakTab,
  kunci?: string,
  tercatat = 0,
): IsiLog {
  const [judul, ...isi] = values;
  if (!judul) return { baris: [], events: [] };
  const kol = petaJudul(
    { ...tab, kolom: tab.kolom.filter((k) => k.judul !== JUDUL_URAIAN_AKSI && k.judul !== JUDUL_SEGEL) },
    judul,
  );
  // a Log tab written before seals has no Segel column: its rows are taken as they are
  const kolomSegel = kunci === undefined ? -1 : judul.findIndex((v) => teks(v) === JUDUL_SEGEL);
  const segel = kolomSegel >= 0 ? pemeriksaSegel(kunci as string, tercatat) : null;
  const sel = (row: readonly unknown[], nama: string): unknown => row[kol.get(nama) as number];
  const masalah: string[] = [];
  const baris: BarisLog[] = [];
  isi.forEach((row, i) => {
    if (row.every((v) => teks(v) === '')) {
      segel?.kosong(i + 2);
      return;
    }
    const lokasi = (kolom: string) => `Tab "${tab.nama}" baris ${i + 2}, kolom "${kolom}"`;
    const waktu = sel(row, KOLOM_LOG.waktu);
    const aksi = teks(sel(row, KOLOM_LOG.aksi));
    const langkahSel = sel(row, KOLOM_LOG.langkah);
    const langkah = teks(langkahSel) === '' ? null : Number(langkahSel);
    const id = teks(sel(row, KOLOM_LOG.id));
    const pengguna = teks(sel(row, KOLOM_LOG.pengguna));
    const awal = masalah.length;
    if (!adalahTanggal(waktu)) masalah.push(`${lokasi(KOLOM_LOG.waktu)}: "${teks(waktu)}" bukan tanggal dan jam.`);
    if (!aksi) masalah.push(`${lokasi(KOLOM_LOG.aksi)}: wajib diisi.`);
    if (!id) masalah.push(`${lokasi(KOLOM_LOG.id)}: wajib diisi.`);
    if (langkah !== null && !(Number.isInteger(langkah) && langkah > 0)) {
      masalah.push(`${lokasi(KOLOM_LOG.langkah)}: "${teks(langkahSel)}" bukan nomor langkah.`);
    }
    if (adalahKejadianLangkah(aksi)) {
      if (langkah === null) masalah.push(`${lokasi(KOLOM_LOG.langkah)}: wajib diisi untuk aksi "${aksi}".`);
      if (!pengguna) masalah.push(`${lokasi(KOLOM_LOG.pengguna)}: wajib diisi untuk aksi "${aksi}".`);
    }
    if (masalah.length > awal) return;
    const b = {
      waktu: (waktu as Date).getTime(),
      pengguna,
      aksi,
      langkah,
      rincian: teks(sel(row, KOLOM_LOG.rincian)),
      id,
    };
    if (!segel || segel.sah(i + 2, b, teks(row[kolomSegel]))) baris.push(b);
  });
  if (masalah.length) throw new Error(`Log tidak bisa dibaca:\n${masalah.join('\n')}`);
  const events = baris.map(barisLogKeEvent).filter((e): e is StepEvent => e !== null);
  const tidakSah = segel?.laporan(values.length) ?? [];
  const dibaca = { baris, events, ...(segel ? { tempat: segel.tempat() } : {}) };
  return tidakSah.length ? { ...dibaca, tidakSah } : dibaca;
}

/** Who records Log rows and when, and the SOP step they concern (none when absent). */
export interface PencatatLog {
  oleh: string;
  /** epoch ms */
  at: number;
  langkah?: number | null;
}

/** The one way the add-in makes the Log row of an action (step events come from eventKeBarisLog). */
export function barisLog(siapa: PencatatLog, aksi: string, id: string, rincian: string): BarisLog {
  return { waktu: siapa.at, pengguna: siapa.oleh, aksi, langkah: siapa.langkah ?? null, rincian, id };
}
