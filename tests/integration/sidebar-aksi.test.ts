/**
 * The cycle's action cards in the built sidebar (jsdom), its google.script.run calls relayed to the built Code.js in
 * the emulator: which cards each person sees as the cycle moves on, and what a card sends.
 */
import { JSDOM, type DomDocument, type DomElement } from 'jsdom';
import { AKSI_BERKAS } from '../../src/server/domain/penutup/berkas-siklus';
import { deriveStepStates } from '../../src/server/domain/pelacakan/status-langkah';
import { AKSI_FORMULIR, ID_FORMULIR } from '../../src/server/domain/formulir/status-distribusi';
import { AKSI_DOKUMEN, idBarisDokumen, rincianDokumen } from '../../src/server/domain/dokumen/catatan-dokumen';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';
import type { BarisLog } from '../../src/server/domain/pelacakan/log';
import { AKSI_UNIT } from '../../src/server/domain/data/validasi/pengesahan';
import { aksiSiklusYangBoleh } from '../../src/server/domain/panel/aksi-siklus';
import { wibKeEpochMs } from '../../src/client/waktu-wib';
import { parseTataLetak } from '../../src/server/domain/layout';
import { selBarisLog } from '../../src/server/domain/pelacakan/log';
import logJson from '../../sheets-templates/tab-log.json';
import { calendarEvents } from '../emulator/services/calendar';
import { answerUi, menusOf, uiRecords } from '../emulator/spreadsheet';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { SOP } from '../harness/kantor';
import { readBuiltFile } from '../harness/script';
import { ScriptRunRelay } from '../harness/script-run-relay';
import { agu, ORANG, siklusKantor, UNIT } from './siklus-kantor';

type Kantor = ReturnType<typeof siklusKantor>;

interface Halaman {
  dom: JSDOM;
  doc: DomDocument;
  relay: ScriptRunRelay;
}

async function sampai(cek: () => boolean, ms = 5000): Promise<void> {
  const batas = Date.now() + ms;
  while (!cek()) {
    if (Date.now() > batas) throw new Error(`Kondisi tidak tercapai dalam ${ms} ms: ${cek.toString()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const siap = (doc: DomDocument) => doc.getElementById('isi')!.getAttribute('aria-busy') === 'false';

async function bukaPanel(k: Kantor, user: string): Promise<Halaman> {
  const relay = new ScriptRunRelay(k.script, { user, activeSpreadsheetId: k.id });
  const dom = new JSDOM(readBuiltFile('Sidebar.html'), {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse: (window) => relay.installInto(window),
  });
  await sampai(() => siap(dom.window.document));
  return { dom, doc: dom.window.document, relay };
}

/** The labels of the cycle cards' buttons, in order. */
const kartu = (doc: DomDocument) =>
  [...doc.querySelectorAll('#aksi-siklus button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const pesan = (doc: DomDocument) =>
  [...doc.querySelectorAll('#pesan p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

/** Members of an element the harness's jsdom typing leaves out. */
const lebih = (e: DomElement | null) =>
  e as unknown as { tagName: string; open: boolean; type: string; activeElement: { id: string } };

function isi(doc: DomDocument, id: string, nilai: string): void {
  const m = doc.getElementById(id);
  if (!m) throw new Error(`Isian #${id} tidak ada di panel.`);
  m.value = nilai;
}

function klik(doc: DomDocument, endpoint: string, kode?: string): void {
  const pilih = `#aksi-siklus button[data-endpoint="${endpoint}"]${kode ? `[data-kode="${kode}"]` : ''}`;
  const tombol = doc.querySelector(pilih);
  if (!tombol) throw new Error(`Tombol ${pilih} tidak ada di panel.`);
  tombol.click();
}

/** Clicks and waits for the action's call and the panel's reload after it. */
async function jalankan(h: Halaman, endpoint: string, kode?: string): Promise<void> {
  const sebelum = h.relay.calls.length;
  klik(h.doc, endpoint, kode);
  await sampai(() => h.relay.calls.length === sebelum + 2 && siap(h.doc));
}

describe('cycle action cards by role and cycle state', () => {
  it('a new cycle: the Tim SAKIP sends the forms and invites to the meeting; the Kepala, a Kabid and staff see none', async () => {
    const k = siklusKantor();
    expect(kartu((await bukaPanel(k, ORANG.sekTim)).doc)).toEqual(['Kirim formulir ke unit', 'Undang rapat']);
    for (const orang of [ORANG.kepala, ORANG.kabidPjrs, ORANG.stafPjrs]) {
      const { doc } = await bukaPanel(k, orang);
      expect([orang, kartu(doc)]).toEqual([orang, []]);
      expect(doc.getElementById('aksi-siklus')!.hidden).toBe(true);
    }
  });

  it('forms sent: the Tim SAKIP consolidates and checks; a Kabid marks and signs off their own form only', async () => {
    const k = siklusKantor();
    k.panggil('kirimFormulir', ORANG.sekTim);
    const sakip = await bukaPanel(k, ORANG.anggota);
    expect(kartu(sakip.doc)).toEqual(['Undang rapat', 'Susun Rekap', 'Periksa isian']);
    expect(sakip.doc.querySelector('#aksi-siklus h3')!.textContent).toBe('Tindakan siklus');

    const kabid = await bukaPanel(k, ORANG.kabidPjrs);
    expect(kartu(kabid.doc)).toEqual(['Tandai Form PJRS selesai diisi', 'Sahkan Form PJRS']);
    expect(kabid.doc.querySelector('[data-kunci="sahkanUnit-PJRS"] .uraian')!.textContent).toMatch(
      /^Validasi setiap baris dengan mengetik "Valid" atau "Perlu perbaikan" di kolom Validasi/,
    );
    await jalankan(kabid, 'tandaiSelesaiDiisi', 'PJRS');
    expect(kabid.relay.calls[1]).toMatchObject({
      name: 'tandaiSelesaiDiisi',
      args: [k.id, 'PJRS'],
      outcome: { ok: true },
    });
    expect(kartu(kabid.doc)).toEqual(['Sahkan Form PJRS']);

    expect(kartu((await bukaPanel(k, ORANG.stafPjrs)).doc)).toEqual([]);
  });

  it('meeting invited: the Kepala records it held; the invitation card is gone for the Tim SAKIP', async () => {
    const k = siklusKantor();
    k.panggil('kirimFormulir', ORANG.sekTim);
    k.panggil('undangRapat', ORANG.sekTim, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' });
    expect(kartu((await bukaPanel(k, ORANG.kepala)).doc)).toEqual(['Rapat selesai']);
    expect(kartu((await bukaPanel(k, ORANG.sekTim)).doc)).toEqual(['Rapat selesai', 'Susun Rekap', 'Periksa isian']);
  });
});

describe('running a cycle action from its card', () => {
  const zonaAsli = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zonaAsli;
  });

  it('"Undang rapat" sends the typed WIB times as epoch ms, whatever the browser zone, and the event exists', async () => {
    // a browser in another zone: the datetime-local value must still be read as WIB
    process.env.TZ = 'America/New_York';
    const k = siklusKantor();
    const h = await bukaPanel(k, ORANG.sekTim);
    const form = lebih(h.doc.querySelector('[data-kunci="undangRapat"]'));
    expect(form.tagName).toBe('DETAILS');
    expect(form.open).toBe(false);
    expect(lebih(h.doc.getElementById('isian-undangRapat-mulai')).type).toBe('datetime-local');
    isi(h.doc, 'isian-undangRapat-mulai', '2026-08-18T09:00');
    isi(h.doc, 'isian-undangRapat-selesai', '2026-08-18T11:30');
    isi(h.doc, 'isian-undangRapat-tempat', '  Ruang Rapat Dinsospermasdes ');
    await jalankan(h, 'undangRapat');

    expect(h.relay.calls[1]).toMatchObject({
      name: 'undangRapat',
      args: [k.id, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11, 30), tempat: 'Ruang Rapat Dinsospermasdes' }],
      outcome: { ok: true },
    });
    expect(h.relay.calls[2].name).toBe('panelSiklus');
    expect(calendarEvents(k.world)).toEqual([
      expect.objectContaining({ start: agu(18, 9), end: agu(18, 11, 30), location: 'Ruang Rapat Dinsospermasdes' }),
    ]);
    expect(h.doc.getElementById('pesan')!.className).toBe('pesan sukses');
    expect(pesan(h.doc)[0]).toMatch(/^Undangan rapat dikirim: Selasa, 18 Agustus 2026 09\.00 WIB/);
    expect(kartu(h.doc)).toEqual(['Kirim formulir ke unit', 'Rapat selesai']);
  });

  it('says in the card which input is missing or wrong, focuses it and calls no server', async () => {
    const k = siklusKantor();
    const h = await bukaPanel(k, ORANG.sekTim);
    const galat = () => h.doc.querySelector('[data-kunci="undangRapat"] .galat-isian')!;
    const fokus = () => lebih(h.doc as unknown as DomElement).activeElement.id;
    isi(h.doc, 'isian-undangRapat-mulai', '2026-08-18T09:00');
    isi(h.doc, 'isian-undangRapat-selesai', '2026-08-18T08:00');
    klik(h.doc, 'undangRapat');
    expect([galat().hidden, galat().textContent]).toEqual([false, 'Undang rapat: isian "Tempat" wajib diisi.']);
    expect(galat().getAttribute('role')).toBe('alert');
    expect(fokus()).toBe('isian-undangRapat-tempat');
    expect(h.doc.getElementById('isian-undangRapat-tempat')!.getAttribute('aria-invalid')).toBe('true');
    isi(h.doc, 'isian-undangRapat-tempat', 'Aula');
    klik(h.doc, 'undangRapat');
    expect(galat().textContent).toBe('Undang rapat: isian "Selesai (WIB)" harus setelah "Mulai (WIB)".');
    expect(fokus()).toBe('isian-undangRapat-selesai');
    expect(h.doc.getElementById('isian-undangRapat-tempat')!.getAttribute('aria-invalid')).toBe('false');
    expect(h.doc.getElementById('pesan')!.hidden).toBe(true);
    expect(h.relay.calls.map((c) => c.name)).toEqual(['panelSiklus']);
    expect(calendarEvents(k.world)).toEqual([]);
  });

  it("shows the server's refusal in plain Bahasa Indonesia and keeps the card", async () => {
    const k = siklusKantor();
    k.panggil('undangRapat', ORANG.sekTim, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' });
    const h = await bukaPanel(k, ORANG.kepala);
    lebih(h.doc.querySelector('[data-kunci="rapatSelesai"]')).open = true;
    isi(h.doc, 'isian-rapatSelesai-catatan', 'Target disepakati.');
    await jalankan(h, 'rapatSelesai');
    expect(h.relay.calls[1]).toMatchObject({ name: 'rapatSelesai', args: [k.id, 'Target disepakati.'] });
    expect(h.relay.calls[1].outcome).toMatchObject({ ok: false });
    expect(h.doc.getElementById('pesan')!.className).toBe('pesan galat');
    expect(pesan(h.doc)).toEqual(['Rapat baru dimulai Selasa, 18 Agustus 2026 09.00 WIB.']);
    expect(kartu(h.doc)).toEqual(['Rapat selesai']);
    // redrawn from the server, the card keeps what the person typed and stays open, to try again later
    expect(h.doc.getElementById('isian-rapatSelesai-catatan')!.value).toBe('Target disepakati.');
    expect(lebih(h.doc.querySelector('[data-kunci="rapatSelesai"]')).open).toBe(true);
  });

  it('disables every card while an action runs and shows progress on the clicked one', async () => {
    const k = siklusKantor();
    const h = await bukaPanel(k, ORANG.sekTim);
    const lepas = h.relay.hold();
    klik(h.doc, 'kirimFormulir');
    await sampai(() => h.relay.calls.length === 2);
    const tombol = h.doc.querySelector('#aksi-siklus button[data-endpoint="kirimFormulir"]')!;
    expect(tombol.textContent).toBe('Menyimpan…');
    expect([...h.doc.querySelectorAll('#aksi-siklus button, #aksi-siklus input')].every((b) => b.disabled)).toBe(true);
    expect(h.doc.getElementById('aksi-siklus')!.getAttribute('aria-busy')).toBe('true');
    lepas();
    await sampai(() => h.relay.calls.length === 3 && siap(h.doc));
    expect(h.relay.calls[1]).toMatchObject({ name: 'kirimFormulir', args: [k.id], outcome: { ok: true } });
    expect(h.doc.getElementById('pesan')!.className).toBe('pesan sukses');
    expect(kartu(h.doc)).toEqual(['Undang rapat', 'Susun Rekap', 'Periksa isian']);
  });
});

describe('the document stage cards send what was typed', () => {
  const LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
  /** Log rows as the document actions write them, appended to the cycle's Log by its owner. */
  function tulisLog(k: Kantor, baris: BarisLog[]): void {
    k.sebagai(ORANG.sekTim, (ss) => {
      const tab = ss.getSheetByName(LOG.nama)!;
      tab
        .getRange(tab.getLastRow() + 1, 1, baris.length, LOG.kolom.length)
        .setValues(baris.map((b) => selBarisLog(LOG, b)));
    });
  }
  const v1 = {
    versi: 1,
    nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1',
    docId: 'doc1',
    pdfId: 'pdf1',
  };
  const dokumen = (aksi: string, rincian = ''): BarisLog => ({
    waktu: agu(20, 8),
    pengguna: ORANG.sekTim,
    aksi,
    langkah: null,
    rincian,
    id: idBarisDokumen(aksi, 1),
  });

  it('signing as TTE or on paper with an https link; the letter to Kepada / di; the archive only once confirmed', async () => {
    const k = siklusKantor();
    tulisLog(k, [
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
    await jalankan(h, 'catatPenandatanganan');
    expect(h.relay.calls[1]).toMatchObject({
      name: 'catatPenandatanganan',
      args: [k.id, { cara: 'basah', tautanPdf: 'https://drive.google.com/file/d/ttd/view' }],
    });

    tulisLog(k, [dokumen(AKSI_DOKUMEN.ditandatangani)]);
    const s = await bukaPanel(k, ORANG.sekTim);
    expect(kartu(s.doc)).toEqual(expect.arrayContaining(['Buat surat pengantar', 'Buat salinan', 'Arsipkan siklus']));
    expect(kartu(s.doc)).not.toContain('Catat penandatanganan');
    isi(s.doc, 'isian-buatSuratPengantar-kepada', ' Bupati Banyumas ');
    isi(s.doc, 'isian-buatSuratPengantar-di', 'Purwokerto');
    await jalankan(s, 'buatSuratPengantar');
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
    await jalankan(s, 'arsipkanSiklus');
    expect(s.relay.calls[sebelum]).toMatchObject({ name: 'arsipkanSiklus', args: [k.id] });
  });
});

describe('wibKeEpochMs: a datetime-local value read as WIB', () => {
  it('is 7 hours ahead of UTC, and refuses empty or impossible dates', () => {
    expect(wibKeEpochMs('2026-08-18T09:00')).toBe(Date.UTC(2026, 7, 18, 2, 0));
    expect(wibKeEpochMs('2026-08-18T00:30:15')).toBe(Date.UTC(2026, 7, 17, 17, 30, 15));
    expect(wibKeEpochMs('')).toBeNull();
    expect(wibKeEpochMs('2026-02-31T09:00')).toBeNull();
    expect(wibKeEpochMs('2026-08-18T24:00')).toBeNull();
  });
});

/**
 * The later stages (document, letter, archive) from Log rows as the actions write them, on the pure function the panel
 * calls: reaching them through every action would repeat the document tests.
 */
describe('aksiSiklusYangBoleh: the cycle actions from the Log, stage by stage', () => {
  const p = pengaturanBawaan(SOP);
  const unit = p.unitKerja.map((u) => u.kode);
  let n = 0;
  const baris = (aksi: string, id: string, pengguna = ORANG.sekTim, rincian = ''): BarisLog => ({
    waktu: agu(20, 8) + ++n * 60000,
    pengguna,
    aksi,
    langkah: null,
    rincian,
    id,
  });
  const v1 = {
    versi: 1,
    nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1',
    docId: 'doc1',
    pdfId: 'pdf1',
  };
  const dokumen = (aksi: string, suffix = '') => baris(aksi, idBarisDokumen(aksi, 1) + suffix);
  const TAHAP = {
    terkirim: unit.map((k) => baris(AKSI_FORMULIR.dikirim, ID_FORMULIR.dikirim(k))),
    disahkan: [
      baris('rekap-disusun', 'rekap-disusun-1-x'),
      ...unit.map((k) => baris(AKSI_UNIT.disahkan, `${AKSI_UNIT.disahkan}-${k}`)),
    ],
    diserahkan: [baris('data-diserahkan', 'data-diserahkan')],
    dokumen: [baris(AKSI_DOKUMEN.dibuat, idBarisDokumen(AKSI_DOKUMEN.dibuat, 1), ORANG.sekTim, rincianDokumen(v1))],
    koreksi: [dokumen(AKSI_DOKUMEN.dikirimKoreksi)],
    koreksiSelesai: [dokumen(AKSI_DOKUMEN.koreksiSelesai)],
    persetujuan: [dokumen(AKSI_DOKUMEN.dikirimPersetujuan)],
    ditandatangani: [dokumen(AKSI_DOKUMEN.ditandatangani)],
    surat: [baris('nomor-surat', 'nomor-surat-pengantar'), baris(AKSI_BERKAS.suratPengantar, 'surat-pengantar')],
    ditutup: [baris(AKSI_BERKAS.ditutup, AKSI_BERKAS.ditutup)],
  };
  type Tahap = keyof typeof TAHAP;
  const urutan = Object.keys(TAHAP) as Tahap[];
  const aksi = (sampaiTahap: Tahap, email: string, lain: BarisLog[] = [], events: StepEvent[] = []) => {
    const log = [...urutan.slice(0, urutan.indexOf(sampaiTahap) + 1).flatMap((t) => TAHAP[t]), ...lain];
    const states = deriveStepStates(SOP.steps, events);
    return aksiSiklusYangBoleh({ pengaturan: p, sop: SOP, email, log, states });
  };
  const label = (sampaiTahap: Tahap, email: string) => aksi(sampaiTahap, email).map((a) => a.label);

  it('every unit signed off: the Tim SAKIP hands the data over and makes the document; the data officer has nothing to do', () => {
    expect(label('disahkan', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Susun Rekap',
      'Periksa isian',
      'Serahkan data ke petugas data',
      'Buat Dokumen Pengukuran Kinerja',
    ]);
    expect(label('disahkan', ORANG.data)).toEqual([]);
    expect(label('terkirim', ORANG.kabidPjrs)).toEqual(['Tandai Form PJRS selesai diisi', 'Sahkan Form PJRS']);
    expect(label('disahkan', ORANG.kabidPjrs)).toEqual([]);
  });

  it('no meeting invitation once step 4 was finished by hand, the meeting arranged another way', () => {
    const events = [1, 2, 3, 4].flatMap((no): StepEvent[] => [
      { id: `m${no}`, type: 'mulai', step: no, by: ORANG.sekTim, at: agu(12, 8 + no) },
      { id: `s${no}`, type: 'selesai', step: no, by: ORANG.sekTim, at: agu(12, 8 + no, 30) },
    ]);
    expect(aksi('terkirim', ORANG.sekTim).map((a) => a.label)).toContain('Undang rapat');
    expect(aksi('terkirim', ORANG.sekTim, [], events).map((a) => a.label)).toEqual(['Susun Rekap', 'Periksa isian']);
  });

  it('a hand-over stopped half-way is offered as a resend, asked for explicitly; a recorded failure is sent as before', () => {
    const klaim = baris('data-diserahkan-dijadwalkan', 'data-diserahkan-klaim-1');
    const serah = (lain: BarisLog[]) =>
      aksi('disahkan', ORANG.anggota, lain).find((a) => a.endpoint === 'serahkanKePetugasData');
    expect(serah([klaim])).toMatchObject({ label: 'Kirim ulang data ke petugas data', kirimUlang: true });
    const gagal = baris('data-diserahkan-gagal', 'data-diserahkan-gagal-1');
    expect(serah([klaim, gagal])).toEqual(expect.objectContaining({ label: 'Serahkan data ke petugas data' }));
    expect(serah([klaim, gagal])).not.toHaveProperty('kirimUlang');
  });

  it('a version made: only the member who generated it sends it for correction; the Kepala then finishes the correction', () => {
    expect(label('dokumen', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Susun Rekap',
      'Buat Dokumen Pengukuran Kinerja versi 2',
      'Kirim untuk koreksi',
      'Minta nomor surat',
    ]);
    expect(label('dokumen', ORANG.anggota)).not.toContain('Kirim untuk koreksi');
    expect(label('dokumen', ORANG.kepala)).toEqual([]);
    expect(label('koreksi', ORANG.kepala)).toEqual(['Koreksi selesai']);
    expect(label('koreksi', ORANG.sekretaris)).toEqual([]);
    expect(label('koreksiSelesai', ORANG.sekretaris)).toEqual(['Kirim untuk persetujuan']);
    expect(label('koreksiSelesai', ORANG.kepala)).toEqual([]);
    expect(label('persetujuan', ORANG.sekTim)).toContain('Catat penandatanganan');
    expect(label('persetujuan', ORANG.anggota)).not.toContain('Catat penandatanganan');
  });

  it('signed: the letter, the copies and the archive, until each is done; nothing once the cycle is closed', () => {
    expect(label('ditandatangani', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Minta nomor surat',
      'Buat surat pengantar',
      'Buat salinan',
      'Arsipkan siklus',
    ]);
    expect(label('surat', ORANG.sekTim)).toEqual(['Undang rapat', 'Buat salinan', 'Arsipkan siklus']);
    expect(label('ditutup', ORANG.sekTim)).toEqual([]);
    expect(label('ditandatangani', ORANG.kepala)).toEqual([]);
  });
});

describe('add-on menu: the Tim SAKIP cycle actions that need no input', () => {
  it('lists them under the add-on menu, after a separator', () => {
    const k = siklusKantor();
    k.script.call('onOpen', [], { user: ORANG.sekTim, activeSpreadsheetId: k.id });
    const [menu] = menusOf(k.world, k.id, ORANG.sekTim);
    expect(menu.entries.slice(2)).toEqual([
      { separator: true },
      { caption: 'Kirim formulir ke unit', functionName: 'menuKirimFormulir' },
      { caption: 'Susun Rekap', functionName: 'menuSusunRekap' },
      { caption: 'Periksa isian', functionName: 'menuPeriksaIsian' },
    ]);
  });

  it('runs the action on the active spreadsheet and shows its message as a toast', () => {
    const k = siklusKantor();
    k.script.call('menuKirimFormulir', [], { user: ORANG.sekTim, activeSpreadsheetId: k.id });
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
    const k = siklusKantor();
    answerUi(k.world, 'OK');
    k.script.call('menuSusunRekap', [], { user: ORANG.kepala, activeSpreadsheetId: k.id });
    const alert = uiRecords(k.world).dialogs.at(-1)!;
    expect(alert).toMatchObject({ kind: 'alert', title: 'Susun Rekap: tidak dapat dijalankan' });
    expect(alert.content).toMatch(/tidak berwenang.*Tim SAKIP/);
  });
});
