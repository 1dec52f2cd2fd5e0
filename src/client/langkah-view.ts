import type { LangkahPanel, StatusLangkah } from '../shared/api';
import { el } from './dom';
import { namaOrang } from './orang-view';

/** CSS class of a status: "selesai tepat waktu" -> "st-selesai-tepat-waktu". */
function kelasStatus(status: StatusLangkah): string {
  return `st-${status.replace(/ /g, '-')}`;
}

/** A bar of working time against the target; full (in the status colour) once the target is reached. */
function barWaktu(l: LangkahPanel): HTMLElement {
  const isi = el('span');
  const porsi = l.targetMenit > 0 ? l.aktualMenit / l.targetMenit : l.aktualMenit > 0 ? 1 : 0;
  isi.style.width = `${Math.round(Math.min(1, porsi) * 100)}%`;
  const bar = el('div', 'bar', isi);
  bar.setAttribute('aria-hidden', 'true');
  return bar;
}

function itemLangkah(l: LangkahPanel, sekarang: boolean): HTMLLIElement {
  const badan = el(
    'div',
    'badan',
    el('span', 'uraian', l.uraian),
    el('span', 'pelaksana', l.pelaksana),
    el('div', 'baris-status', el('span', 'lencana', l.statusTeks), el('span', 'waktu', l.waktuTeks)),
  );
  if (l.status !== 'belum') badan.append(barWaktu(l));
  const waktu = [l.mulaiTeks, l.selesaiTeks].filter(Boolean);
  if (waktu.length) badan.append(el('p', 'rinci', waktu.join(' · ')));
  if (l.oleh) {
    const siapa = l.olehOrang ? namaOrang(l.olehOrang) : el('span', 'orang', l.oleh);
    badan.append(el('p', 'rinci oleh', 'Dicatat oleh ', siapa));
  }
  if (l.catatan) badan.append(el('p', 'catatan', l.catatan));

  const item = el(
    'li',
    `${kelasStatus(l.status)}${sekarang ? ' sekarang' : ''}`,
    el('span', 'no', String(l.no)),
    badan,
  );
  item.dataset.no = String(l.no);
  item.dataset.status = l.status;
  if (sekarang) item.setAttribute('aria-current', 'step');
  return item;
}

export function tampilkanLangkah(
  daftar: HTMLElement,
  langkah: readonly LangkahPanel[],
  noSekarang: number | null,
): void {
  daftar.replaceChildren(...langkah.map((l) => itemLangkah(l, l.no === noSekarang)));
}
