/**
 * The built sidebar (dist/Sidebar.html) in jsdom, its google.script.run calls relayed to the built Code.js in the
 * emulator: what a person sees and can do from the panel, end to end.
 */
import type { DomDocument } from 'jsdom';
import { METADATA_SIAP } from '../../src/server/gateways/sheets/cycle-spreadsheet';
import { uiRecords } from '../emulator/spreadsheet';
import { ORANG } from '../harness/kantor';
import { bukaPanel, sampai, teks } from '../harness/panel-jsdom';
import { readBuiltFile } from '../harness/script';
import { ScriptRunRelay } from '../harness/script-run-relay';
import { CATATAN_JAHAT, siklusBerjalan, wib } from '../harness/sidebar-fixture';

/** The panel as `user` opens it in the running cycle (or in spreadsheet `di` of that cycle's world). */
async function buka(user: string, siklus = siklusBerjalan(), di?: string) {
  return { ...(await bukaPanel(siklus, user, di)), siklus };
}

const tombolAksi = (doc: DomDocument) => teks(doc, '#aksi button');
const statusLangkah = (doc: DomDocument) =>
  [...doc.querySelectorAll('#langkah > li')].map((li) => [
    Number(li.dataset.no),
    li.querySelector('.lencana')!.textContent,
  ]);

afterEach(() => jest.useRealTimers());

describe('sidebar: the cycle at a glance', () => {
  it('shows every step with its status in words, working time against target and who is next', async () => {
    const { doc } = await buka(ORANG.sekTim);
    expect(doc.getElementById('periode')!.textContent).toBe('Triwulan II Tahun 2026');
    // name and jabatan from Pengaturan; the address only on hover
    expect(doc.getElementById('pengguna')!.textContent).toBe(
      'Bambang Priyono, S.E (Sekretaris Tim SAKIP) · Sek. Tim Sakip',
    );
    expect(doc.querySelector('#pengguna .orang')!.getAttribute('title')).toBe(ORANG.sekTim);
    expect(statusLangkah(doc).slice(0, 5)).toEqual([
      [1, 'Selesai tepat waktu'],
      [2, 'Selesai terlambat'],
      [3, 'Selesai tepat waktu'],
      [4, 'Berjalan, terlambat'],
      [5, 'Belum dimulai'],
    ]);
    expect(doc.querySelectorAll('#langkah > li')).toHaveLength(14);
    const l4 = doc.querySelector('#langkah > li[data-no="4"]')!;
    expect(l4.querySelector('.waktu')!.textContent).toBe('45 menit dari 30 menit (lewat 15 menit)');
    expect(l4.getAttribute('aria-current')).toBe('step');
    expect(l4.querySelector('.bar > span')!.style.width).toBe('100%');
    expect(doc.querySelector('#langkah > li[data-no="3"] .bar > span')!.style.width).toBe('80%');
    expect(doc.getElementById('ringkas')!.textContent).toBe('3 dari 14 langkah selesai');
    expect(teks(doc, '#berikutnya > span')).toEqual([
      'Berikutnya · Berjalan',
      'Langkah 4: Mengundang Kepala Dinsospermasdes dan pejabat terkait untuk rapat pembahasan pengukuran kinerja',
      'Pelaksana: Sek. Tim Sakip',
    ]);
  });

  it('renders text people typed as text: a note holding an <img onerror> tag creates no element', async () => {
    const { dom, doc } = await buka(ORANG.sekTim);
    expect(doc.querySelector('#langkah > li[data-no="2"] .catatan')!.textContent).toBe(CATATAN_JAHAT);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(dom.window.__disusupi).toBeUndefined();
  });

  it('says when the active spreadsheet is not a cycle and points to "Mulai siklus baru"', async () => {
    const siklus = siklusBerjalan();
    const lain = siklus.world.run({ user: ORANG.sekTim }, () =>
      siklus.g.SpreadsheetApp.create('Catatan rapat').getId(),
    );
    const { doc } = await buka(ORANG.sekTim, siklus, lain);
    expect(teks(doc, '#pesan p')).toEqual([
      'Spreadsheet ini bukan spreadsheet siklus Pengukuran Kinerja.',
      'Buka spreadsheet siklusnya, atau buat siklus baru lewat menu Ekstensi › Pengukuran Kinerja › Mulai siklus baru.',
    ]);
    expect(doc.getElementById('bagian-langkah')!.hidden).toBe(true);
    expect(doc.getElementById('bagian-aksi')!.hidden).toBe(true);
  });
  it('says when a cycle spreadsheet was not fully prepared, and how to finish it', async () => {
    const siklus = siklusBerjalan();
    siklus.sebagai(ORANG.sekTim, (ss) => {
      for (const m of ss.getDeveloperMetadata()) if (m.getKey() === METADATA_SIAP) m.remove();
    });
    const { doc } = await buka(ORANG.sekTim, siklus);
    expect(teks(doc, '#pesan p')[0]).toBe('Siklus Triwulan II Tahun 2026 belum selesai disiapkan.');
    expect(teks(doc, '#pesan p')[1]).toMatch(/^Jalankan lagi Mulai siklus baru untuk periode yang sama/);
    expect(doc.getElementById('bagian-langkah')!.hidden).toBe(true);
  });
});

describe('sidebar: actions by role', () => {
  it('offers a Tim SAKIP member finishing the running step, starting the next and reopening the last', async () => {
    const { doc } = await buka(ORANG.sekTim);
    expect(tombolAksi(doc)).toEqual(['Selesai langkah 4', 'Mulai langkah 5', 'Buka kembali langkah 3']);
    expect(doc.querySelectorAll('#aksi textarea')).toHaveLength(3);
  });

  it("offers the Kepala only the step that is the Kepala's", async () => {
    const { doc } = await buka(ORANG.kepala);
    expect(tombolAksi(doc)).toEqual(['Mulai langkah 5']);
  });

  it('offers a staff member nothing and says whose turn it is', async () => {
    const { doc } = await buka(ORANG.staf.SEKRE);
    expect(tombolAksi(doc)).toEqual([]);
    expect(teks(doc, '#aksi .kosong')).toEqual([
      'Tidak ada tindakan untuk Anda saat ini. Langkah 4 dikerjakan oleh Sek. Tim Sakip.',
    ]);
  });
});

describe('sidebar: running an action', () => {
  it('calls the server with the note, shows progress while it runs, then redraws from the new state', async () => {
    const { doc, relay, siklus } = await buka(ORANG.sekTim);
    siklus.world.clock.set(wib(11, 30));
    doc.getElementById('catatan-selesai-4')!.value = '  Undangan terkirim.  ';
    const lepas = relay.hold();
    doc.querySelector('#aksi button[data-aksi="selesai"]')!.click();

    await sampai(() => relay.calls.length === 2);
    const tombol = doc.querySelector('#aksi button[data-aksi="selesai"]')!;
    expect(tombol.disabled).toBe(true);
    expect(tombol.textContent).toBe('Menyimpan…');
    expect(tombol.querySelector('.putar')).not.toBeNull();
    expect(doc.getElementById('aksi')!.getAttribute('aria-busy')).toBe('true');
    expect(doc.getElementById('isi')!.getAttribute('aria-busy')).toBe('true');
    expect([...doc.querySelectorAll('#aksi button')].every((b) => b.disabled)).toBe(true);

    lepas();
    await sampai(() => relay.calls.length === 3 && doc.getElementById('isi')!.getAttribute('aria-busy') === 'false');
    expect(relay.calls[1]).toMatchObject({
      name: 'selesaiLangkah',
      args: [siklus.id, 4, 'Undangan terkirim.'],
      outcome: { ok: true },
    });
    expect(relay.calls[2].name).toBe('panelSiklus');
    expect(teks(doc, '#pesan p')).toEqual(['Langkah 4 ditandai selesai.']);
    expect(statusLangkah(doc)[3]).toEqual([4, 'Selesai terlambat']);
    expect(teks(doc, '#langkah > li[data-no="4"] .catatan')).toEqual(['Undangan terkirim.']);
    expect(tombolAksi(doc)).toEqual(['Mulai langkah 5', 'Buka kembali langkah 4']);
  });

  it("shows the server's refusal in plain Bahasa Indonesia and redraws the buttons", async () => {
    const { doc, relay, siklus } = await buka(ORANG.kepala);
    // the SAKIP team takes the Kepala off the list while the sidebar is open
    siklus.tulisPengaturan((p) => {
      p.orang = p.orang.filter((o) => o.email !== ORANG.kepala);
    });
    doc.querySelector('#aksi button[data-aksi="mulai"]')!.click();
    await sampai(() => relay.calls.length === 3 && doc.getElementById('isi')!.getAttribute('aria-busy') === 'false');
    expect(relay.calls[1]).toMatchObject({ name: 'mulaiLangkah', args: [siklus.id, 5] });
    expect(relay.calls[1].outcome).toMatchObject({ ok: false });
    const pesan = doc.getElementById('pesan')!;
    expect(pesan.className).toBe('pesan galat');
    expect(pesan.getAttribute('role')).toBe('alert');
    expect(pesan.textContent).toContain('tidak berwenang');
    expect(pesan.textContent).not.toMatch(/^(Error|Exception)/);
    expect(tombolAksi(doc)).toEqual([]);
  });
});

describe('google.script.run relay', () => {
  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...): "If you attempt to pass a
  // Date, Function, DOM element besides a form, or other prohibited type [...] the request fails."
  it('refuses a Date argument, as google.script.run does, without calling the server', async () => {
    const { dom, relay } = await buka(ORANG.staf.SEKRE);
    const run = (dom.window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
      .google.script.run;
    const tanggal = new (dom.window as unknown as { Date: DateConstructor }).Date();
    expect(() => run.panelSiklus({ kapan: tanggal })).toThrow('Failed due to illegal value in property: 0.kapan');
    expect(() => run.panelSiklus(() => 1)).toThrow('Failed due to illegal value in property: 0');
    expect(relay.calls.map((c) => c.name)).toEqual(['panelSiklus']);
  });

  // https://developers.google.com/apps-script/guides/html/communication: "The google.script.run API allows 10
  // concurrent calls to server functions. If you make an 11th call while 10 are still running, the server function
  // will be delayed until one of the 10 spots is freed."
  it('runs at most 10 calls at once; the 11th and 12th wait for a free spot', async () => {
    const { dom, relay } = await buka(ORANG.staf.SEKRE);
    const run = (dom.window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
      .google.script.run;
    const lepas = relay.hold();
    for (let i = 0; i < 12; i++) run.panelSiklus();
    await sampai(() => relay.calls.length === 11);
    await new Promise((selesai) => setTimeout(selesai, 20));
    expect(relay.calls.length).toBe(11);
    lepas();
    await sampai(() => relay.calls.length === 13);
    expect(relay.calls.map((c) => c.name)).toEqual(Array(13).fill('panelSiklus'));
  });

  // Same reference: return values obey the same restrictions as parameters.
  it('fails a call whose return value holds a Date instead of handing the page something else', async () => {
    const siklus = siklusBerjalan();
    siklus.script.evaluate('globalThis.kembalikanTanggal = function () { return { kapan: new Date(0) }; }');
    const relay = new ScriptRunRelay(siklus.script, { user: ORANG.staf.SEKRE });
    const balasan = JSON.parse(await relay.handle('kembalikanTanggal', '[]')) as { ok: boolean; message: string };
    expect(balasan).toEqual({
      ok: false,
      message: 'google.script.run cannot return return value.kapan (Date) from kembalikanTanggal',
    });
  });
});

describe('opening the sidebar and reading it', () => {
  it('menuBukaPanel shows the built Sidebar.html titled "Pengukuran Kinerja", 300 px wide', () => {
    const siklus = siklusBerjalan();
    const sebelum = uiRecords(siklus.world).dialogs.length;
    siklus.jalankan('menuBukaPanel', { user: ORANG.kepala, activeSpreadsheetId: siklus.id });
    const [sidebar] = uiRecords(siklus.world)
      .dialogs.slice(sebelum)
      .filter((d) => d.kind === 'sidebar');
    expect(sidebar).toMatchObject({ spreadsheetId: siklus.id, title: 'Pengukuran Kinerja', width: 300 });
    expect(sidebar.content).toBe(readBuiltFile('Sidebar.html'));
  });

  it('panelSiklus makes the same service calls however long the Log grows', () => {
    const siklus = siklusBerjalan();
    const panggilan = () => {
      const awal = siklus.world.calls.mark();
      siklus.jalankan('panelSiklus', { user: ORANG.kepala, activeSpreadsheetId: siklus.id });
      return siklus.world.calls.since(awal).map((c) => `${c.type}.${c.method}`);
    };
    const pendek = panggilan();
    for (let i = 0; i < 20; i++) {
      siklus.catat({ type: 'buka-kembali', step: 3, by: ORANG.sekTim, at: wib(11, 20) + i * 2000 });
      siklus.catat({ type: 'selesai', step: 3, by: ORANG.sekTim, at: wib(11, 20) + i * 2000 + 1000 });
    }
    expect(panggilan()).toEqual(pendek);
    // one read each of Pengaturan, Log and Rekap
    expect(pendek.filter((c) => /getValues$/.test(c))).toHaveLength(3);
  });
});

describe('a step an action stamps, in the panel', () => {
  it('offers a Kabid no hand finish of step 7, which closes it for every unit, and the Tim SAKIP still one', () => {
    const siklus = siklusBerjalan();
    siklus.catat({ type: 'mulai', step: 7, by: ORANG.sekTim, at: wib(11, 30) });
    const selesaiTujuh = (user: string) => {
      const panel = siklus.jalankan('panelSiklus', { user, activeSpreadsheetId: siklus.id });
      return panel.jenis === 'siklus' && panel.aksi.some((a) => a.jenis === 'selesai' && a.no === 7);
    };
    expect(selesaiTujuh(ORANG.kabid.PSPFM)).toBe(false);
    expect(selesaiTujuh(ORANG.sekTim)).toBe(true);
  });
});
