/**
 * The fault sweep of one action: the world set up once and snapshot; the action run clean and its service round trips
 * (calls that are not local to the script engine) recorded with the end state; then for every round trip k (or an even
 * sample of `maks` of them when there are more): the world restored, the execution killed at call k with the error
 * real Apps Script gives there, the action run again without a fault (the user retries), and the end state compared
 * with the clean run's (proyeksi.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { realFault, type FaultMessage } from '../emulator/core/faults';
import type { LoadedScript } from '../harness/script';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { proyeksi, type Proyeksi } from './proyeksi';

export interface Aksi {
  nama: string;
  /** the world up to just before the action, the action as one or more executions, and the document it works on */
  siapkan: () => Siapan;
}

interface Siapan {
  script: LoadedScript;
  jalankan: () => unknown;
  /** the document the action works on: a Spreadsheets or Documents fault names it */
  dokumen: string;
  sesudah?: () => unknown;
  /**
   * A retry that ends otherwise than the clean run but as the add-in means it to: the name of that outcome, or null.
   * For mail sent at most once, a run killed while a mail was going out leaves that mail uncertain for a person to
   * resend; the sweep counts such cases apart (diterima), they are not failures.
   */
  terima?: (hasilUlang: unknown) => string | null;
}

interface Kegagalan {
  /** 0-based index of the round trip the fault hit, and which call it was */
  k: number;
  panggilan: string;
  alasan: string;
}

export interface HasilSapuan {
  aksi: string;
  /** round trips of the clean run */
  panggilan: number;
  kasus: number;
  konvergen: number;
  /** cases that did not converge in the way the add-in means to (Siapan.terima) */
  diterima: Kegagalan[];
  gagal: Kegagalan[];
}

/** `maks` indices spread evenly over 0 … n-1 (all of them when n ≤ maks). */
function sampel(n: number, maks: number): number[] {
  if (n <= maks) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: maks }, (_, i) => Math.floor((i * n) / maks));
}

export function sapu(aksi: Aksi, maks: number): HasilSapuan {
  const { script, jalankan, dokumen, sesudah = () => undefined, terima = () => null } = aksi.siapkan();
  const { world } = script;
  const sekali = () => {
    // answers a person had queued for dialogs the killed run never showed are not given to the retry
    uiRecords(world).answers.length = 0;
    // every execution starts Code.js anew, as in Apps Script: nothing cached by the killed run survives
    script.reload();
    return jalankan();
  };
  const awal = world.snapshot();
  const mark = world.calls.mark();
  sekali();
  const calls = world.calls.since(mark).filter((c) => c.costClass !== 'local');
  // what comes next in the office (the next cycle's letter number …) is part of the end state compared
  sesudah();
  const bersih = proyeksi(world);
  const pesan: FaultMessage = (c) => realFault(c, dokumen);
  const gagal: Kegagalan[] = [];
  const diterima: Kegagalan[] = [];
  const indeks = sampel(calls.length, maks);
  for (const k of indeks) {
    world.restore(awal);
    const call = calls[k];
    const nama = `${call.type}.${call.method}`;
    world.faults.killAt(call.seq, pesan);
    let terhenti = false;
    try {
      sekali();
    } catch {
      terhenti = true;
    }
    world.faults.clear();
    if (!terhenti) {
      gagal.push({ k, panggilan: nama, alasan: 'gangguan tidak menghentikan eksekusi' });
      continue;
    }
    let ulang: unknown;
    try {
      ulang = sekali();
    } catch (e) {
      gagal.push({ k, panggilan: nama, alasan: `diulang: ${(e as Error).message}` });
      continue;
    }
    try {
      sesudah();
    } catch (e) {
      gagal.push({ k, panggilan: nama, alasan: `sesudahnya: ${(e as Error).message}` });
      continue;
    }
    const beda = perbedaan(bersih, proyeksi(world));
    const dimaksud = beda ? terima(ulang) : null;
    if (dimaksud) diterima.push({ k, panggilan: nama, alasan: dimaksud });
    else if (beda) gagal.push({ k, panggilan: nama, alasan: beda });
  }
  world.restore(awal);
  const konvergen = indeks.length - gagal.length - diterima.length;
  return { aksi: aksi.nama, panggilan: calls.length, kasus: indeks.length, konvergen, diterima, gagal };
}

/** The first place two projections differ, as "path: clean → after retry"; null when they are equal. */
function perbedaan(a: unknown, b: unknown, jalur = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && a && typeof b === 'object' && b) {
    const kunci = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of kunci) {
      const d = perbedaan((a as Proyeksi)[k], (b as Proyeksi)[k], `${jalur}/${k}`);
      if (d) return d;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    let i = 0;
    while (a[i] === b[i]) i++;
    const potong = (v: string) => JSON.stringify(v.slice(Math.max(0, i - 40), i + 80));
    return `${jalur} @${i}: ${potong(a)} → ${potong(b)}`;
  }
  const pendek = (v: unknown) => JSON.stringify(v)?.slice(0, 160) ?? 'undefined';
  return `${jalur}: ${pendek(a)} → ${pendek(b)}`;
}

/** The figures as a Markdown table. */
export function tabel(hasil: readonly HasilSapuan[]): string {
  const baris = hasil.map((h) => {
    const kasus = `${h.kasus}${h.kasus < h.panggilan ? ' (sampel)' : ''}`;
    const lain = h.diterima.length ? ringkas(h.diterima) : '–';
    return `| ${h.aksi} | ${h.panggilan} | ${kasus} | ${h.konvergen} | ${lain} | ${h.gagal.length ? ringkas(h.gagal) : '–'} |`;
  });
  const judul = '| aksi | panggilan | kasus | konvergen | berakhir lain, sesuai rancangan | tidak konvergen |';
  return [judul, '|---|---|---|---|---|---|', ...baris].join('\n');
}

/** The failures grouped by reason, most frequent first, with the calls they happened at. */
function ringkas(gagal: readonly Kegagalan[]): string {
  const per = new Map<string, Kegagalan[]>();
  for (const g of gagal) {
    const kunci = g.alasan.replace(/\d+/g, '#').slice(0, 120);
    per.set(kunci, [...(per.get(kunci) ?? []), g]);
  }
  return [...per.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([alasan, gs]) =>
      `${gs.length}× ${alasan} (k=${gs
        .map((g) => g.k)
        .slice(0, 5)
        .join(',')})`.replace(/\|/g, '\\|'),
    )
    .join('; ');
}
