/**
 * The fault sweep of one action: the world set up once and snapshot; the action run clean and its service round trips
 * (calls that are not local to the script engine) recorded with the end state; then for every round trip k (or an even
 * sample of `maks` of them when there are more): the world restored, the error real Apps Script gives there injected
 * at call k, the action run again without a fault (the user retries), and the end state compared with the clean run's
 * (proyeksi.ts). Two kinds of fault (JenisGangguan): the execution dies at call k ('berhenti': that call and every later
 * one fail, and the run ends with the error whatever the script does with it), or call k alone fails once ('sekali':
 * the script may catch it and go on, and the run ends however it ends, with an error or a result).
 */
import { isDeepStrictEqual } from 'node:util';
import { AWALAN_TEMPAT_LOG } from '../../src/server/gateways/script/tempat-log';
import type { CallRecord } from '../emulator/core/calls';
import { realFault, type FaultMessage } from '../emulator/core/faults';
import type { LoadedScript } from '../harness/script';
import { uiRecords } from '../emulator/spreadsheet/ui';
import logJson from '../../sheets-templates/tab-log.json';
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
   * After a run that returned `hasil` despite a fault that failed once: whether the user runs the action again. By
   * default always (an idempotent action run twice ends as run once); an action that is not (a resend) is retried only
   * when its result shows the user a failure. A run that ended with an error is always retried.
   */
  ulangBila?: (hasil: unknown) => boolean;
  /**
   * A retry that ends otherwise than the clean run but as the add-in means it to: the name of that outcome, or null.
   * For mail sent at most once, a run killed while a mail was going out leaves that mail uncertain for a person to
   * resend; the sweep counts such cases apart (diterima), they are not failures. A retry that ended with an error is
   * given as `{ galat: message }`; `samaKecuali` tells whether the end state equals the clean run's but for the Log
   * tabs and the mails.
   */
  terima?: (hasilUlang: unknown, samaKecuali: SamaKecuali) => string | null;
}

interface Kegagalan {
  /** 0-based index of the round trip the fault hit, and which call it was */
  k: number;
  panggilan: string;
  alasan: string;
}

/** Whether the end state equals the clean run's once the named parts are left out of both. */
export type SamaKecuali = (...bagian: ('log' | 'surel')[]) => boolean;

/** 'berhenti': the execution dies at the call; 'sekali': the one call fails and the script may go on. */
export type JenisGangguan = 'berhenti' | 'sekali';

export interface HasilSapuan {
  aksi: string;
  jenis: JenisGangguan;
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

/** Runs of the action with the world as it was set up: each execution starts Code.js anew, as in Apps Script. */
function pelari(siapan: Siapan) {
  const { script, jalankan } = siapan;
  return () => {
    // answers a person had queued for dialogs the killed run never showed are not given to the retry
    uiRecords(script.world).answers.length = 0;
    // nothing cached in a global by an earlier execution survives
    script.reload();
    return jalankan();
  };
}

/** The run with the fault at `call`, then the user's retry: why the case failed, or the retry's result. */
function jalanTerganggu(
  siapan: Siapan,
  jenis: JenisGangguan,
  call: CallRecord,
  sekali: () => unknown,
): { alasan: string } | { ulang: unknown } {
  const { world } = siapan.script;
  const { ulangBila = () => true, sesudah = () => undefined } = siapan;
  const pesan: FaultMessage = (c) => realFault(c, siapan.dokumen);
  if (jenis === 'berhenti') world.faults.killAt(call.seq, pesan);
  else world.faults.failAt(call.seq, pesan, 'once');
  let galat = false;
  let hasil: unknown;
  try {
    hasil = sekali();
  } catch {
    galat = true;
  }
  world.faults.clear();
  if (jenis === 'berhenti' && !galat) return { alasan: 'gangguan tidak menghentikan eksekusi' };
  let ulang = hasil;
  try {
    if (galat || ulangBila(hasil)) ulang = sekali();
  } catch (e) {
    // a retry refused as the add-in means it (a mail it cannot tell was sent) is for Siapan.terima to name
    const galat = { galat: (e as Error).message };
    return siapan.terima?.(galat, () => false) ? { ulang: galat } : { alasan: `diulang: ${galat.galat}` };
  }
  try {
    sesudah();
  } catch (e) {
    return { alasan: `sesudahnya: ${(e as Error).message}` };
  }
  return { ulang };
}

export function sapu(aksi: Aksi, maks: number, jenis: JenisGangguan): HasilSapuan {
  const siapan = aksi.siapkan();
  const { sesudah = () => undefined, terima = () => null } = siapan;
  const { world } = siapan.script;
  const sekali = pelari(siapan);
  const awal = world.snapshot();
  const mark = world.calls.mark();
  sekali();
  const calls = world.calls.since(mark).filter((c) => c.costClass !== 'local');
  // what comes next in the office (the next cycle's letter number …) is part of the end state compared
  sesudah();
  const bersih = proyeksi(world);
  const gagal: Kegagalan[] = [];
  const diterima: Kegagalan[] = [];
  const indeks = sampel(calls.length, maks);
  for (const k of indeks) {
    world.restore(awal);
    const call = calls[k];
    const nama = `${call.type}.${call.method}`;
    const jalan = jalanTerganggu(siapan, jenis, call, sekali);
    if ('alasan' in jalan) {
      gagal.push({ k, panggilan: nama, alasan: jalan.alasan });
      continue;
    }
    const akhir = proyeksi(world);
    const beda = perbedaan(bersih, akhir);
    const samaKecuali: SamaKecuali = (...bagian) => isDeepStrictEqual(tanpa(bersih, bagian), tanpa(akhir, bagian));
    const dimaksud = beda ? terima(jalan.ulang, samaKecuali) : null;
    if (dimaksud) diterima.push({ k, panggilan: nama, alasan: dimaksud });
    else if (beda) gagal.push({ k, panggilan: nama, alasan: beda });
  }
  world.restore(awal);
  const konvergen = indeks.length - gagal.length - diterima.length;
  return { aksi: aksi.nama, jenis, panggilan: calls.length, kasus: indeks.length, konvergen, diterima, gagal };
}

/** A projection without its mails and (or) the Log tab of every spreadsheet. */
function tanpa(p: Proyeksi, bagian: readonly ('log' | 'surel')[]): Proyeksi {
  const salinan = structuredClone(p) as Proyeksi & { spreadsheet: { tab: Record<string, unknown> }[] };
  if (bagian.includes('surel')) delete salinan.surel;
  if (bagian.includes('log')) {
    for (const ss of salinan.spreadsheet) delete ss.tab[TAB_LOG];
    // the Log's last place, recorded beside it (gateways/script/tempat-log.ts), follows its rows
    const skrip = (salinan as { properti?: { script?: Record<string, unknown> } }).properti?.script ?? {};
    for (const kunci of Object.keys(skrip)) if (kunci.startsWith(AWALAN_TEMPAT_LOG)) delete skrip[kunci];
  }
  return salinan;
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

const TAB_LOG = logJson.nama;

const JENIS: Record<JenisGangguan, string> = { berhenti: 'eksekusi berhenti', sekali: 'sekali gagal, diulang' };

/** The figures as a Markdown table. */
export function tabel(hasil: readonly HasilSapuan[]): string {
  const baris = hasil.map((h) => {
    const kasus = `${h.kasus}${h.kasus < h.panggilan ? ' (sampel)' : ''}`;
    const lain = h.diterima.length ? `${h.diterima.length}: ${ringkas(h.diterima)}` : '0';
    const gagal = h.gagal.length ? `${h.gagal.length}: ${ringkas(h.gagal)}` : '0';
    return `| ${h.aksi} | ${JENIS[h.jenis]} | ${h.panggilan} | ${kasus} | ${h.konvergen} | ${lain} | ${gagal} |`;
  });
  const judul = '| aksi | gangguan | panggilan | kasus | konvergen | sesuai rancangan | tidak konvergen |';
  const jumlah = (f: (h: HasilSapuan) => number) => hasil.reduce((n, h) => n + f(h), 0);
  const total = `| jumlah | | ${jumlah((h) => h.panggilan)} | ${jumlah((h) => h.kasus)} | ${jumlah((h) => h.konvergen)} | ${jumlah((h) => h.diterima.length)} | ${jumlah((h) => h.gagal.length)} |`;
  return [judul, '|---|---|---|---|---|---|---|', ...baris, total].join('\n');
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
