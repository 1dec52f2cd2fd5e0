/**
 * A unit's trend, folded under the unit and fetched only when it is opened: a small bar chart of the unit's mean
 * capaian per period (inline SVG built node by node, each bar in its predikat's colour from the cycle's scale, with a
 * title and a description that give the figures), and the figures of each indicator per period in a table.
 */
import type { NilaiTren, TrenUnitPanel } from '../shared/api';
import { el, pesanGalat } from './dom';

export type MuatTren = (kode: string) => Promise<TrenUnitPanel>;

const SVG = 'http://www.w3.org/2000/svg';
const LEBAR = 260;
const TINGGI = 150;
const KIRI = 30;
const BAWAH = 22;
const ATAS = 16;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  atribut: Record<string, string | number>,
  teks?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(atribut)) node.setAttribute(k, String(v));
  if (teks !== undefined) node.textContent = teks;
  return node;
}

const angka = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });
const teksNilai = (n: NilaiTren) => (n.nilai === null ? 'tanpa capaian' : `${angka(n.nilai)} % (${n.predikat})`);

/** The bars of the unit's mean capaian per period, on a scale from 0 to at least 120 %. */
function grafik(t: TrenUnitPanel, id: string): SVGSVGElement {
  const puncak = Math.max(120, ...t.rataRata.map((r) => r.nilai ?? 0));
  const tinggiPlot = TINGGI - ATAS - BAWAH;
  const y = (v: number) => ATAS + tinggiPlot - (v / puncak) * tinggiPlot;
  const lebarPeriode = (LEBAR - KIRI) / Math.max(1, t.periode.length);
  const gambar = svg('svg', {
    viewBox: `0 0 ${LEBAR} ${TINGGI}`,
    width: LEBAR,
    height: TINGGI,
    role: 'img',
    'aria-labelledby': `${id}-judul ${id}-uraian`,
    class: 'grafik-tren',
  });
  gambar.append(
    svg('title', { id: `${id}-judul` }, `Capaian rata-rata unit ${t.kode} per periode`),
    svg('desc', { id: `${id}-uraian` }, t.periode.map((p, i) => `${p}: ${teksNilai(t.rataRata[i])}`).join('; ')),
  );
  for (const garis of [0, 50, 100]) {
    gambar.append(
      svg('line', { x1: KIRI, x2: LEBAR, y1: y(garis), y2: y(garis), class: garis === 100 ? 'garis-100' : 'garis' }),
      svg('text', { x: KIRI - 4, y: y(garis) + 3, 'text-anchor': 'end', class: 'sumbu' }, String(garis)),
    );
  }
  t.periode.forEach((p, i) => {
    const r = t.rataRata[i];
    const tengah = KIRI + lebarPeriode * (i + 0.5);
    const lebarBatang = Math.min(36, lebarPeriode * 0.6);
    if (r.nilai !== null) {
      gambar.append(
        svg('rect', {
          x: tengah - lebarBatang / 2,
          y: y(r.nilai),
          width: lebarBatang,
          height: y(0) - y(r.nilai),
          fill: r.warna ?? '#c4c7c5',
          class: 'batang',
        }),
        svg('text', { x: tengah, y: y(r.nilai) - 3, 'text-anchor': 'middle', class: 'nilai' }, angka(r.nilai)),
      );
    }
    gambar.append(svg('text', { x: tengah, y: TINGGI - 6, 'text-anchor': 'middle', class: 'sumbu' }, p));
  });
  return gambar;
}

function selNilai(n: NilaiTren): HTMLTableCellElement {
  const sel = el('td', '', n.nilai === null ? '–' : angka(n.nilai));
  if (n.predikat) sel.append(el('span', 'predikat', n.predikat));
  return sel;
}

function tabel(t: TrenUnitPanel): HTMLElement {
  const kepala = el('tr', '', el('th', '', 'Indikator'), ...t.periode.map((p) => el('th', '', p)));
  for (const th of kepala.children) th.setAttribute('scope', 'col');
  const baris = t.indikator.map((i) => {
    const nama = el('th', '', i.nama);
    nama.setAttribute('scope', 'row');
    return el('tr', '', nama, ...i.capaian.map(selNilai));
  });
  const isi = el(
    'table',
    'tabel-tren',
    el('caption', '', 'Capaian (%) dan predikat per indikator'),
    el('thead', '', kepala),
    el('tbody', '', ...baris),
  );
  return el('details', 'lipat-kecil', el('summary', '', `Angka per indikator (${t.indikator.length})`), isi);
}

function isiTren(t: TrenUnitPanel): Element[] {
  const catatan = t.catatan.map((c) => el('p', 'redup kecil', c));
  if (t.tanpaPeriodeLalu) return [el('p', 'tren-kosong', t.tanpaPeriodeLalu), ...catatan];
  if (!t.periode.length) {
    return [el('p', 'tren-kosong', `Belum ada Rekap tahun ini yang memuat unit ${t.kode}.`), ...catatan];
  }
  return [grafik(t, `tren-${t.kode}`), tabel(t), ...catatan];
}

/** The folded trend of unit `kode`: fetched the first time it is opened, then kept. */
export function lipatanTren(kode: string, muat: MuatTren): HTMLDetailsElement {
  const wadah = el('div', 'isi-tren');
  const lipatan = el('details', 'tren-unit', el('summary', '', `Tren capaian ${kode}`), wadah);
  lipatan.dataset.unit = kode;
  let dimuat = false;
  lipatan.addEventListener('toggle', () => {
    if (!lipatan.open || dimuat) return;
    dimuat = true;
    wadah.setAttribute('aria-busy', 'true');
    const memuat = el('p', 'memuat', 'Memuat tren…');
    memuat.setAttribute('role', 'status');
    wadah.replaceChildren(memuat);
    muat(kode)
      .then(
        (t) => wadah.replaceChildren(...isiTren(t)),
        (e: unknown) => {
          dimuat = false;
          const galat = el('p', 'galat-isian', pesanGalat(e));
          galat.setAttribute('role', 'alert');
          wadah.replaceChildren(galat);
        },
      )
      .finally(() => wadah.setAttribute('aria-busy', 'false'));
  });
  return lipatan;
}
