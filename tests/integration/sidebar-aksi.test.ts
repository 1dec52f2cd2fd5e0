/**
 * The cycle's action cards in the built sidebar (jsdom), its google.script.run calls relayed to the built Code.js in
 * the emulator: which cards each person sees as the cycle moves on, and what a card sends.
 */
import { calendarEvents } from '../emulator/services/calendar';
import { agu, ORANG } from '../harness/kantor';
import { bukaPanel, isi, jalankanKartu, kartu, klik, lebih, pesan, sampai, siap } from '../harness/panel-jsdom';
import { buatSiklus } from '../harness/siklus';

/** The Triwulan II 2026 cycle made from the menu, its form deadline in Pengaturan. */
const siklus = () => buatSiklus({ batas: '2026-08-21 16:00' });

describe('cycle action cards by role and cycle state', () => {
  it('a new cycle: the Tim SAKIP sends the forms and invites to the meeting; the Kepala, a Kabid and staff see none', async () => {
    const k = siklus();
    expect(kartu((await bukaPanel(k, ORANG.sekTim)).doc)).toEqual(['Kirim formulir ke unit', 'Undang rapat']);
    for (const orang of [ORANG.kepala, ORANG.kabid.PJRS, ORANG.staf.PJRS]) {
      const { doc } = await bukaPanel(k, orang);
      expect([orang, kartu(doc)]).toEqual([orang, []]);
      expect(doc.getElementById('aksi-siklus')!.hidden).toBe(true);
    }
  });

  it('forms sent: the Tim SAKIP consolidates and checks; a Kabid marks and signs off their own form only', async () => {
    const k = siklus();
    k.panggil('kirimFormulir', ORANG.sekTim);
    const sakip = await bukaPanel(k, ORANG.anggota);
    expect(kartu(sakip.doc)).toEqual(['Undang rapat', 'Susun Rekap', 'Periksa isian']);
    expect(sakip.doc.querySelector('#aksi-siklus h3')!.textContent).toBe('Tindakan siklus');

    const kabid = await bukaPanel(k, ORANG.kabid.PJRS);
    expect(kartu(kabid.doc)).toEqual(['Tandai Form PJRS selesai diisi', 'Sahkan Form PJRS']);
    expect(kabid.doc.querySelector('[data-kunci="sahkanUnit-PJRS"] .uraian')!.textContent).toMatch(
      /^Validasi setiap baris dengan mengetik "Valid" atau "Perlu perbaikan" di kolom Validasi/,
    );
    await jalankanKartu(kabid, 'tandaiSelesaiDiisi', 'PJRS');
    expect(kabid.relay.calls[1]).toMatchObject({
      name: 'tandaiSelesaiDiisi',
      args: [k.id, 'PJRS'],
      outcome: { ok: true },
    });
    expect(kartu(kabid.doc)).toEqual(['Sahkan Form PJRS']);

    expect(kartu((await bukaPanel(k, ORANG.staf.PJRS)).doc)).toEqual([]);
  });

  it('meeting invited: the Kepala records it held; the invitation card is gone for the Tim SAKIP', async () => {
    const k = siklus();
    k.panggil('kirimFormulir', ORANG.sekTim);
    k.panggil('undangRapat', ORANG.sekTim, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' });
    expect(kartu((await bukaPanel(k, ORANG.kepala)).doc)).toEqual(['Rapat selesai']);
    expect(kartu((await bukaPanel(k, ORANG.sekTim)).doc)).toEqual(['Rapat selesai', 'Susun Rekap', 'Periksa isian']);
  });
});

const zonaAsli = process.env.TZ;
afterEach(() => {
  process.env.TZ = zonaAsli;
});

describe('running a cycle action from its card', () => {
  it('"Undang rapat" sends the typed WIB times as epoch ms, whatever the browser zone, and the event exists', async () => {
    // a browser in another zone: the datetime-local value must still be read as WIB
    process.env.TZ = 'America/New_York';
    const k = siklus();
    const h = await bukaPanel(k, ORANG.sekTim);
    const form = lebih(h.doc.querySelector('[data-kunci="undangRapat"]'));
    expect(form.tagName).toBe('DETAILS');
    expect(form.open).toBe(false);
    expect(lebih(h.doc.getElementById('isian-undangRapat-mulai')).type).toBe('datetime-local');
    isi(h.doc, 'isian-undangRapat-mulai', '2026-08-18T09:00');
    isi(h.doc, 'isian-undangRapat-selesai', '2026-08-18T11:30');
    isi(h.doc, 'isian-undangRapat-tempat', '  Ruang Rapat Dinsospermasdes ');
    await jalankanKartu(h, 'undangRapat');

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
    const k = siklus();
    const h = await bukaPanel(k, ORANG.sekTim);
    const galat = () => h.doc.querySelector('[data-kunci="undangRapat"] .galat-isian')!;
    const fokus = () => lebih(h.doc).activeElement.id;
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
});

describe('running a cycle action from its card', () => {
  it("shows the server's refusal in plain Bahasa Indonesia and keeps the card", async () => {
    const k = siklus();
    k.panggil('undangRapat', ORANG.sekTim, { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' });
    const h = await bukaPanel(k, ORANG.kepala);
    lebih(h.doc.querySelector('[data-kunci="rapatSelesai"]')).open = true;
    isi(h.doc, 'isian-rapatSelesai-catatan', 'Target disepakati.');
    await jalankanKartu(h, 'rapatSelesai');
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
    const k = siklus();
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
