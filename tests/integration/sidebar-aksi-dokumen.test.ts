/**
 * The later cycle cards in the built sidebar (jsdom), relayed to the built Code.js: the document stage cards send what
 * was typed, and the add-on menu runs the Tim SAKIP actions that need no input.
 */
import { idBarisDokumen, rincianDokumen } from '../../src/server/domain/dokumen/catatan-dokumen';
import { AKSI_DOKUMEN } from '../../src/server/domain/pelacakan/aksi-log';
import { answerUi, menusOf, uiRecords } from '../emulator/spreadsheet';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { agu, ORANG, UNIT } from '../harness/kantor';
import type { BarisLog } from '../harness/log';
import { bukaPanel, isi, jalankanKartu, kartu, klik } from '../harness/panel-jsdom';
import { buatSiklus } from '../harness/siklus';

/** The Triwulan II 2026 cycle made from the menu, its form deadline in Pengaturan. */
const siklus = () => buatSiklus({ batas: '2026-08-21 16:00' });

const v1 = { versi: 1, nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1', docId: 'doc1', pdfId: 'pdf1' };
/** A Log row as the document actions write it. */
const dokumen = (aksi: string, rincian = ''): BarisLog => ({
  waktu: agu(20, 8),
  pengguna: ORANG.sekTim,
  aksi,
  langkah: null,
  rincian,
  id: idBarisDokumen(aksi, 1),
});

describe('the document stage cards send what was typed', () => {
  it('signing as TTE or on paper with an https link; the letter to Kepada / di; the archive only once confirmed', async () => {
    const k = siklus();
    k.tulisLog([
      dokumen(AKSI_DOKUMEN.dibuat, rincianDokumen(v1)),
      dokumen(AKSI_DOKUMEN.dikirimKoreksi),
      dokumen(AKSI_DOKUMEN.koreksiSelesai),
      dokumen(AKSI_DOKUMEN.dikirimPersetujuan),
    ]);
    const h = await bukaPanel(k, ORANG.sekTim);
    expect(kartu(h.doc)).toContain('Catat penandatanganan');
    const cara = h.doc.getElementById('isian-catatPenandatanganan-cara')!;
    expect([...cara.querySelectorAll('option')].map((o) => o.value)).toEqual(['', 'TTE', 'basah']);
    cara.value = 'basah';
    isi(h.doc, 'isian-catatPenandatanganan-tautanPdf', 'drive.google.com/file/d/ttd/view');
    klik(h.doc, 'catatPenandatanganan');
    expect(h.doc.querySelector('[data-kunci="catatPenandatanganan"] .galat-isian')!.textContent).toBe(
      'Catat penandatanganan: isian "Tautan PDF bertanda tangan" harus berupa alamat yang diawali https://.',
    );
    isi(h.doc, 'isian-catatPenandatanganan-tautanPdf', 'https://drive.google.com/file/d/ttd/view');
    await jalankanKartu(h, 'catatPenandatanganan');
    expect(h.relay.calls[1]).toMatchObject({
      name: 'catatPenandatanganan',
      args: [k.id, { cara: 'basah', tautanPdf: 'https://drive.google.com/file/d/ttd/view' }],
    });

    k.tulisLog([dokumen(AKSI_DOKUMEN.ditandatangani)]);
    const s = await bukaPanel(k, ORANG.sekTim);
    expect(kartu(s.doc)).toEqual(expect.arrayContaining(['Buat surat pengantar', 'Buat salinan', 'Arsipkan siklus']));
    expect(kartu(s.doc)).not.toContain('Catat penandatanganan');
    isi(s.doc, 'isian-buatSuratPengantar-kepada', ' Bupati Banyumas ');
    isi(s.doc, 'isian-buatSuratPengantar-di', 'Purwokerto');
    await jalankanKartu(s, 'buatSuratPengantar');
    expect(s.relay.calls[1]).toMatchObject({
      name: 'buatSuratPengantar',
      args: [k.id, { kepada: 'Bupati Banyumas', di: 'Purwokerto' }],
    });

    const sebelum = s.relay.calls.length;
    klik(s.doc, 'arsipkanSiklus');
    expect(s.doc.querySelector('[data-kunci="arsipkanSiklus"] .galat-isian')!.textContent).toMatch(
      /^Arsipkan siklus: centang pernyataan "Semua berkas sudah lengkap\./,
    );
    expect(s.relay.calls).toHaveLength(sebelum);
    s.doc.getElementById('isian-arsipkanSiklus-yakin')!.click();
    await jalankanKartu(s, 'arsipkanSiklus');
    expect(s.relay.calls[sebelum]).toMatchObject({ name: 'arsipkanSiklus', args: [k.id] });
  });
});

describe('add-on menu: the Tim SAKIP cycle actions that need no input', () => {
  it('lists them under the add-on menu, after a separator', () => {
    const k = siklus();
    k.jalankan('onOpen', { user: ORANG.sekTim, activeSpreadsheetId: k.id, authMode: 'LIMITED' });
    const [menu] = menusOf(k.world, k.id, ORANG.sekTim);
    expect(menu.entries.slice(3)).toEqual([
      { separator: true },
      { caption: 'Kirim formulir ke unit', functionName: 'menuKirimFormulir' },
      { caption: 'Susun Rekap', functionName: 'menuSusunRekap' },
      { caption: 'Periksa isian', functionName: 'menuPeriksaIsian' },
    ]);
  });

  it('runs the action on the active spreadsheet and shows its message as a toast', () => {
    const k = siklus();
    k.jalankan('menuKirimFormulir', { user: ORANG.sekTim, activeSpreadsheetId: k.id });
    const toast = spreadsheetStore(k.world).toasts.at(-1)!;
    expect(toast).toMatchObject({
      spreadsheetId: k.id,
      user: ORANG.sekTim,
      title: 'Pengukuran Kinerja · Kirim formulir',
    });
    expect(toast.message).toBe(
      'Formulir dikirim ke SEKRE, PSPFM, PJRS, PERMAS, PEMDES. Semua unit sudah menerima formulirnya: langkah 3 selesai.',
    );
    expect(k.idLog()).toEqual(expect.arrayContaining(UNIT.map((u) => `formulir-dikirim-${u}`)));
  });

  it('shows a refusal in an alert that names who may run it', () => {
    const k = siklus();
    answerUi(k.world, 'OK');
    k.jalankan('menuSusunRekap', { user: ORANG.kepala, activeSpreadsheetId: k.id });
    const alert = uiRecords(k.world).dialogs.at(-1)!;
    expect(alert).toMatchObject({ kind: 'alert', title: 'Susun Rekap: tidak dapat dijalankan' });
    expect(alert.content).toMatch(/tidak berwenang.*Tim SAKIP/);
  });
});
