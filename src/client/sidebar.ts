import type { AksiPanel, JenisAksi, PanelSiklus, PanelSiklusAktif, Pengguna } from '../shared/api';
import { tampilkanAksi, tandaiSibuk, type Jalankan } from './aksi-view';
import { byId, el } from './dom';
import { tampilkanKelengkapan } from './kelengkapan-view';
import { tampilkanLangkah } from './langkah-view';
import { panggil } from './server';

const ENDPOINT: Record<JenisAksi, 'mulaiLangkah' | 'selesaiLangkah' | 'bukaKembaliLangkah'> = {
  mulai: 'mulaiLangkah',
  selesai: 'selesaiLangkah',
  'buka-kembali': 'bukaKembaliLangkah',
};

const BERHASIL: Record<JenisAksi, string> = {
  mulai: 'dimulai',
  selesai: 'ditandai selesai',
  'buka-kembali': 'dibuka kembali',
};

let sibuk = false;

/** The server's message without the runtime's "Error: " / "Exception: " prefix. */
function pesanGalat(error: unknown): string {
  const teks = error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error);
  return teks.replace(/^(Error|Exception|ScriptError):\s*/, '') || 'Terjadi kesalahan yang tidak diketahui.';
}

function tampilkanPesan(jenis: 'info' | 'galat' | 'sukses', teks: string, saran = ''): void {
  const pesan = byId('pesan');
  pesan.className = jenis === 'info' ? 'pesan' : `pesan ${jenis}`;
  pesan.setAttribute('role', jenis === 'galat' ? 'alert' : 'status');
  pesan.replaceChildren(el('p', '', teks));
  if (saran) pesan.append(el('p', 'saran', saran));
  pesan.hidden = false;
}

function sembunyikanPesan(): void {
  byId('pesan').hidden = true;
}

function tampilkanPengguna(p: Pengguna): void {
  const siapa = p.nama || p.email || 'pengguna tanpa email yang terlihat';
  const peran = p.peran.length ? p.peran.join(', ') : 'belum terdaftar di Pengaturan';
  byId('pengguna').textContent = `${siapa} · ${peran}`;
}

function tampilkanSiklus(panel: PanelSiklusAktif): void {
  byId('judul').textContent = panel.judul;
  byId('periode').textContent = panel.periode;
  const total = panel.langkah.length;
  byId('ringkas').textContent = `${panel.jumlahSelesai} dari ${total} langkah selesai`;
  byId('bar-ringkas').style.width = `${total ? Math.round((panel.jumlahSelesai / total) * 100) : 0}%`;

  const b = panel.berikutnya;
  byId('berikutnya').replaceChildren(
    ...(panel.ditutup
      ? [el('span', 'label', 'Siklus ditutup'), el('span', 'uraian', panel.ditutup)]
      : b
        ? [
            el('span', 'label', `Berikutnya · ${b.keadaan}`),
            el('span', 'uraian', `Langkah ${b.no}: ${b.uraian}`),
            el('span', 'siapa', `Pelaksana: ${b.pelaksana}`),
          ]
        : [el('span', 'label', 'Siklus selesai'), el('span', 'uraian', 'Semua langkah SOP sudah selesai.')]),
  );
  tampilkanAksi(byId('aksi'), panel.aksi, b, jalankan(panel));
  tampilkanLangkah(byId('langkah'), panel.langkah, b?.no ?? null);
  const kelengkapan = panel.kelengkapan ?? [];
  tampilkanKelengkapan(byId('kelengkapan'), kelengkapan);
  byId('bagian-kelengkapan').hidden = kelengkapan.length === 0;
  byId('diperbarui').textContent = panel.diperbaruiTeks;
  for (const id of ['bagian-ringkas', 'bagian-aksi', 'bagian-langkah']) byId(id).hidden = false;
}

function tampilkan(panel: PanelSiklus): void {
  byId('memuat').hidden = true;
  tampilkanPengguna(panel.pengguna);
  if (panel.jenis === 'bukan-siklus') {
    byId('periode').textContent = 'Bukan spreadsheet siklus';
    for (const id of ['bagian-ringkas', 'bagian-aksi', 'bagian-langkah', 'bagian-kelengkapan']) byId(id).hidden = true;
    tampilkanPesan('info', panel.pesan, panel.saran);
    return;
  }
  tampilkanSiklus(panel);
}

function aturSibuk(nilai: boolean): void {
  sibuk = nilai;
  byId('isi').setAttribute('aria-busy', String(nilai));
  (byId('muat-ulang') as HTMLButtonElement).disabled = nilai;
}

/** Fetches the panel and draws it; a message shown before (the result of an action) stays. */
function muat(): Promise<void> {
  aturSibuk(true);
  return panggil('panelSiklus')
    .then(tampilkan, (e: unknown) => {
      byId('memuat').hidden = true;
      tampilkanPesan('galat', pesanGalat(e));
    })
    .finally(() => aturSibuk(false));
}

/** Records one step event on the server, then redraws from the server's new state. */
function jalankan(panel: PanelSiklusAktif): Jalankan {
  return (aksi: AksiPanel, catatan: string, tombol: HTMLButtonElement) => {
    if (sibuk) return;
    aturSibuk(true);
    sembunyikanPesan();
    tandaiSibuk(byId('aksi'), tombol);
    const args = catatan
      ? ([panel.spreadsheetId, aksi.no, catatan] as const)
      : ([panel.spreadsheetId, aksi.no] as const);
    panggil(ENDPOINT[aksi.jenis], ...args).then(
      () => {
        tampilkanPesan('sukses', `Langkah ${aksi.no} ${BERHASIL[aksi.jenis]}.`);
        return muat();
      },
      (e: unknown) => {
        tampilkanPesan('galat', pesanGalat(e));
        // the state may have moved on (someone else acted first): redraw the buttons from the server
        return muat();
      },
    );
  };
}

byId('muat-ulang').addEventListener('click', () => {
  if (sibuk) return;
  sembunyikanPesan();
  void muat();
});
void muat();
