/**
 * The kop's logo and the page layout of the Dokumen Pengukuran Kinerja through the built Code.js: the logo taken from
 * the Google Doc the office names in Pengaturan ("Logo kop"), the unit tables' header rows pinned and their rows kept
 * whole, and the unit headings kept with their tables, by one Docs API batch after the document is saved; the same
 * kop and layout for the Surat Pengantar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERINGATAN_TANPA_LOGO } from '../../src/server/domain/naskah/kop';
import { KUNCI_UMUM } from '../../src/server/domain/pengaturan/blok-pengaturan';
import { isParagraph, type BlockData, type TableData } from '../emulator/document/model';
import { ORANG, SEMUA_ORANG, UNIT } from '../harness/kantor';
import { documents } from '../emulator/document/store';
import { buat, dokumen, idDari, siklus, teksBlok } from './dokumen-siklus';
import { ditandatangani, jumat, kantor, SEK_TIM, TUJUAN } from './surat-arsip-siklus';

const PNG = readFileSync(join(__dirname, '../../scripts/local-run/logo-kop.png'));
const tabel = (b: BlockData): b is TableData => !isParagraph(b);

describe('Dokumen Pengukuran Kinerja: the kop and the page layout', () => {
  it('puts the logo from the Doc named in Pengaturan at the left of the kop, with no warning about it', () => {
    const s = siklus();
    s.aturPengaturan(KUNCI_UMUM.logoKop, s.dokumenLogo(ORANG.kepala, PNG, SEMUA_ORANG));
    const hasil = buat(s);
    expect(hasil.peringatan).not.toContain(PERINGATAN_TANPA_LOGO);
    const [kop] = dokumen(s, hasil.urlDokumen).body.children;
    if (!tabel(kop)) throw new Error('the kop with a logo is a table');
    const [logo, teks, kanan] = kop.rows[0].cells;
    const [gambar] = (logo.children[0] as { images: { base64: string; width: number; height: number }[] }).images;
    expect(Buffer.from(gambar.base64, 'base64').equals(PNG)).toBe(true);
    // 83 px high, the width following the picture's 120 × 144
    expect([gambar.width, gambar.height]).toEqual([69, 83]);
    expect(teksBlok(teks.children).split('\n')[0]).toBe('PEMERINTAH KABUPATEN BANYUMAS');
    expect(teksBlok(kanan.children)).toBe('');
    expect(kop.borderWidth).toBe(0);
  });

  it('goes without a logo and says so when Pengaturan names none, or a Doc that cannot be read', () => {
    const s = siklus();
    const tanpa = buat(s);
    expect(tanpa.peringatan).toContain(PERINGATAN_TANPA_LOGO);
    const [pertama] = dokumen(s, tanpa.urlDokumen).body.children;
    expect(isParagraph(pertama) && pertama.text).toBe('PEMERINTAH KABUPATEN BANYUMAS');

    // a Doc of someone else's, never shared with the Tim SAKIP
    s.aturPengaturan(KUNCI_UMUM.logoKop, s.dokumenLogo(ORANG.kepala, PNG));
    const tertutup = buat(s);
    expect(tertutup.versi).toBe(2);
    expect(tertutup.peringatan.join('\n')).toMatch(
      /Logo kop tidak dapat dibuka \(tab "Pengaturan" blok UMUM, baris "Logo kop", kolom Nilai: "[\w-]+"\)/,
    );
  });

  it('pins each data table header row, keeps every row whole and each unit heading with its table', () => {
    const s = siklus();
    const awal = s.world.calls.mark();
    const hasil = buat(s);
    const docs = s.world.calls.since(awal).filter((c) => c.service === 'Docs');
    // one read for the indices and one batch for every request
    expect(docs.map((c) => c.method)).toEqual(['get', 'batchUpdate']);

    const blok = dokumen(s, hasil.urlDokumen).body.children;
    const berbingkai = blok.filter(tabel).filter((t) => t.borderWidth !== 0);
    expect(berbingkai.length).toBeGreaterThanOrEqual(UNIT.length);
    for (const t of berbingkai) {
      expect(t.pinnedHeaderRows).toBe(1);
      expect(t.rows.every((r) => r.preventOverflow)).toBe(true);
      expect(t.rows[0].cells.every((c) => c.children.every((p) => isParagraph(p) && p.keepWithNext))).toBe(true);
    }
    // the signature block is one row: never split
    expect(blok.filter(tabel).at(-1)!.rows[0].preventOverflow).toBe(true);
    // what stands right above a table (a unit's name, "Penjelasan / kendala …") stays on the table's page
    const diAtasTabel = blok.flatMap((b, i) => (tabel(b) && i > 0 && isParagraph(blok[i - 1]) ? [blok[i - 1]] : []));
    const tertinggal = diAtasTabel.filter((p) => isParagraph(p) && p.text && !p.keepWithNext);
    expect(tertinggal.map((p) => isParagraph(p) && p.text)).toEqual([]);
    const dijaga = blok.filter((b) => isParagraph(b) && b.keepWithNext).map((b) => (b as { text: string }).text);
    expect(dijaga).toEqual(expect.arrayContaining(['Sekretariat', 'RINGKASAN']));
  });
});

describe('Surat Pengantar: the kop and the page layout', () => {
  it('carries the logo of Pengaturan in its kop, and its table of naskah keeps its header row and rows whole', () => {
    const k = kantor();
    k.aturPengaturan(KUNCI_UMUM.logoKop, k.dokumenLogo(SEK_TIM, PNG, SEMUA_ORANG));
    ditandatangani(k);
    const surat = k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
    expect(surat.peringatan).not.toContain(PERINGATAN_TANPA_LOGO);
    const blok = documents(k.world).savedData(idDari(surat.urlDokumen)).body.children;
    const [kop] = blok;
    if (!tabel(kop)) throw new Error('the kop with a logo is a table');
    const [gambar] = (kop.rows[0].cells[0].children[0] as { images: { base64: string }[] }).images;
    expect(Buffer.from(gambar.base64, 'base64').equals(PNG)).toBe(true);
    const naskah = blok.filter(tabel).find((t) => t.borderWidth !== 0)!;
    expect(naskah.pinnedHeaderRows).toBe(1);
    expect(naskah.rows.every((r) => r.preventOverflow)).toBe(true);
  });
});
