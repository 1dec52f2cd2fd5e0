/**
 * The built sidebar (dist/Sidebar.html) in jsdom, its google.script.run calls relayed to the built Code.js in the
 * emulator as one person in one cycle spreadsheet.
 */
import { JSDOM, type DomDocument, type DomElement } from 'jsdom';
import { readBuiltFile } from './script';
import { ScriptRunRelay } from './script-run-relay';
import type { Siklus } from './siklus';

export interface Halaman {
  dom: JSDOM;
  doc: DomDocument;
  relay: ScriptRunRelay;
}

/** Polls until `cek` holds: the page's calls and handlers run on timers. */
export async function sampai(cek: () => boolean, ms = 5000): Promise<void> {
  const batas = Date.now() + ms;
  while (!cek()) {
    if (Date.now() > batas) throw new Error(`Kondisi tidak tercapai dalam ${ms} ms: ${cek.toString()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The panel has drawn what the server sent and waits for the person. */
export const siap = (doc: DomDocument) => doc.getElementById('isi')!.getAttribute('aria-busy') === 'false';

/** The panel as `user` opens it in the spreadsheet `di` (default: the cycle), once it has drawn the cycle. */
export async function bukaPanel(s: Siklus, user: string, di: string = s.id): Promise<Halaman> {
  const relay = new ScriptRunRelay(s.script, { user, activeSpreadsheetId: di });
  const dom = new JSDOM(readBuiltFile('Sidebar.html'), {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse: (window) => relay.installInto(window),
  });
  await sampai(() => siap(dom.window.document));
  return { dom, doc: dom.window.document, relay };
}

/** The texts of the elements `selector` finds, whitespace collapsed. */
export const teks = (doc: DomDocument, selector: string) =>
  [...doc.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** The labels of the cycle cards' buttons, in order. */
export const kartu = (doc: DomDocument) => teks(doc, '#aksi-siklus button');

/** The lines of the panel's message. */
export const pesan = (doc: DomDocument) => teks(doc, '#pesan p');

/** Members of an element the harness's jsdom typing leaves out. */
export const lebih = (e: DomElement | DomDocument | null) =>
  e as unknown as { tagName: string; open: boolean; type: string; activeElement: { id: string } };

/** Types `nilai` into the card input `id`. */
export function isi(doc: DomDocument, id: string, nilai: string): void {
  const m = doc.getElementById(id);
  if (!m) throw new Error(`Isian #${id} tidak ada di panel.`);
  m.value = nilai;
}

/** Clicks the button of the cycle card for `endpoint` (and unit `kode`). */
export function klik(doc: DomDocument, endpoint: string, kode?: string): void {
  const pilih = `#aksi-siklus button[data-endpoint="${endpoint}"]${kode ? `[data-kode="${kode}"]` : ''}`;
  const tombol = doc.querySelector(pilih);
  if (!tombol) throw new Error(`Tombol ${pilih} tidak ada di panel.`);
  tombol.click();
}

/** Clicks a cycle card and waits for the action's call and the panel's reload after it. */
export async function jalankanKartu(h: Halaman, endpoint: string, kode?: string): Promise<void> {
  const sebelum = h.relay.calls.length;
  klik(h.doc, endpoint, kode);
  await sampai(() => h.relay.calls.length === sebelum + 2 && siap(h.doc));
}
