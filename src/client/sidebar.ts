import type { AksiPanel, AksiSiklus, JenisAksi, PanelSiklus, PanelSiklusAktif, Pengguna } from '../shared/api';
import { tampilkanAksiSiklus, type JalankanSiklus } from './aksi-siklus-view';
import { tampilkanAksi, tandaiSibuk, type Jalankan } from './aksi-view';
import { byId, el, pesanGalat } from './dom';
import { tampilkanKelengkapan } from './kelengkapan-view';
import { tampilkanLangkah } from './langkah-view';
import { jalankanAksiSiklus, type HasilTampil, type NilaiIsian } from './isian-aksi';
import { panggil } from './server';
import { tampilkanBerkas, tampilkanRiwayat } from './berkas-view';
import { tampilkanUnitKabid, type JalankanTanda } from './unit-kabid-view';

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

function tampilkanPesan(jenis: 'info' | 'galat' | 'sukses', teks: string, ...saran: string[]): void {
  const pesan = byId('pesan');
  pesan.className = jenis === 'info' ? 'pesan' : `pesan ${jenis}`;
  pesan.setAttribute('role', jenis === 'galat' ? 'alert' : 'status');
  pesan.replaceChildren(el('p', '', teks), ...saran.filter(Boolean).map((s) => el('p', 'saran', s)));
  pesan.hidden = false;
  // the panel is long: the result of what the person just did must not stay above the fold
  if (jenis !== 'info') pesan.scrollIntoView?.({ block: 'nearest' });
}

function sembunyikanPesan(): void {
  byId('pesan').hidden = true;
}

function tampilkanPengguna(p: Pengguna): void {
  const siapa = p.nama || p.email || 'pengguna tanpa email yang terlihat';
  const peran = p.peran.length ? p.peran.join(', ') : 'belum terdaftar di Pengaturan';
  const nama = el('span', 'orang', p.jabatan ? `${siapa} (${p.jabatan})` : siapa);
  if (p.nama && p.email) nama.title = p.email;
  byId('pengguna').replaceChildren(nama, ` · ${peran}`);
}

/** Shows a section with its content, or hides it when there is nothing to show. */
function bagian(id: string, ada: boolean): void {
  byId(id).hidden = !ada;
}

const BAGIAN_SIKLUS = [
  'bagian-ringkas',
  'bagian-aksi',
  'bagian-unit',
  'bagian-berkas',
  'bagian-langkah',
  'bagian-kelengkapan',
  'bagian-riwayat',
];

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
  tampilkanAksi(byId('aksi'), panel.aksi, b, jalankan(panel), panel.aksiSiklus.length > 0);
  tampilkanAksiSiklus(byId('aksi-siklus'), panel.aksiSiklus, jalankanSiklus(panel));
  const unit = panel.unitKabid ?? [];
  const muatTren = (kode: string) => panggil('trenUnit', panel.spreadsheetId, kode);
  tampilkanUnitKabid(byId('unit-kabid'), unit, !panel.ditutup, jalankanTanda(panel), muatTren);
  bagian('bagian-unit', unit.length > 0);
  tampilkanBerkas(byId('berkas'), panel.berkas ?? []);
  bagian('bagian-berkas', (panel.berkas ?? []).length > 0);
  tampilkanLangkah(byId('langkah'), panel.langkah, b?.no ?? null);
  const kelengkapan = panel.kelengkapan ?? [];
  tampilkanKelengkapan(byId('kelengkapan'), kelengkapan, panel.trenSemuaUnit ? muatTren : null);
  bagian('bagian-kelengkapan', kelengkapan.length > 0);
  tampilkanRiwayat(byId('riwayat'), panel.riwayat ?? []);
  bagian('bagian-riwayat', (panel.riwayat ?? []).length > 0);
  byId('rekap-usang').textContent = panel.rekapUsang ?? '';
  byId('rekap-usang').hidden = !panel.rekapUsang;
  const peringatan = panel.peringatan ?? [];
  byId('peringatan').replaceChildren(...peringatan.map((t) => el('li', '', t)));
  byId('peringatan').hidden = peringatan.length === 0;
  byId('diperbarui').textContent = panel.diperbaruiTeks;
  for (const id of ['bagian-ringkas', 'bagian-aksi', 'bagian-langkah']) byId(id).hidden = false;
}

function tampilkan(panel: PanelSiklus): void {
  byId('memuat').hidden = true;
  tampilkanPengguna(panel.pengguna);
  if (panel.jenis === 'bukan-siklus') {
    byId('periode').textContent = 'Bukan spreadsheet siklus';
    for (const id of BAGIAN_SIKLUS) byId(id).hidden = true;
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

/**
 * Runs one call for an action button: every card waits, the clicked button shows progress, then the result or the
 * refusal is shown and the panel redrawn from the server's new state (someone else may have acted first).
 */
function jalankanPanggilan(tombol: HTMLButtonElement, panggilan: () => Promise<HasilTampil>): void {
  aturSibuk(true);
  sembunyikanPesan();
  for (const id of ['aksi', 'aksi-siklus', 'unit-kabid'])
    tandaiSibuk(byId(id), byId(id).contains(tombol) ? tombol : null);
  panggilan().then(
    (hasil) => {
      tampilkanPesan('sukses', hasil.pesan, ...(hasil.peringatan ?? []));
      return muat();
    },
    (e: unknown) => {
      tampilkanPesan('galat', pesanGalat(e));
      return muat();
    },
  );
}

/** Records one step event on the server. */
function jalankan(panel: PanelSiklusAktif): Jalankan {
  return (aksi: AksiPanel, catatan: string, tombol: HTMLButtonElement) => {
    if (sibuk) return;
    const args = catatan
      ? ([panel.spreadsheetId, aksi.no, catatan] as const)
      : ([panel.spreadsheetId, aksi.no] as const);
    jalankanPanggilan(tombol, () =>
      panggil(ENDPOINT[aksi.jenis], ...args).then(() => ({ pesan: `Langkah ${aksi.no} ${BERHASIL[aksi.jenis]}.` })),
    );
  };
}

/** Runs a cycle action card whose inputs passed the card's checks. */
function jalankanSiklus(panel: PanelSiklusAktif): JalankanSiklus {
  return (aksi: AksiSiklus, nilai: NilaiIsian, tombol: HTMLButtonElement) => {
    if (sibuk) return;
    jalankanPanggilan(tombol, () => jalankanAksiSiklus(panel.spreadsheetId, aksi, nilai));
  };
}

/** Marks the ticked rows of the Kabid's unit in one call. */
function jalankanTanda(panel: PanelSiklusAktif): JalankanTanda {
  return (t, tombol) => {
    if (sibuk) return;
    const catatan = t.catatan || undefined;
    jalankanPanggilan(tombol, () =>
      panggil('tandaiBanyakBaris', panel.spreadsheetId, t.kode, t.baris, t.status, catatan),
    );
  };
}

byId('muat-ulang').addEventListener('click', () => {
  if (sibuk) return;
  sembunyikanPesan();
  void muat();
});
void muat();
