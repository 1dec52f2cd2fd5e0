import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { peringatanDataContoh, peringatanPelaksana } from '../../../src/server/domain/panel/peringatan-panel';
import { PERINGATAN_ALAMAT_CONTOH, PERINGATAN_TANPA_LOGO } from '../../../src/server/domain/naskah/kop';
import { kopSurat } from '../../../src/server/domain/naskah/kantor';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';

const p = () => pengaturanBawaan(parseSopTemplate(sopJson));

describe('peringatanDataContoh: what is still the shipped example', () => {
  it('names the kop address and the people with example addresses', () => {
    const bawaan = p();
    expect(peringatanDataContoh(bawaan, kopSurat(bawaan))).toEqual([
      PERINGATAN_ALAMAT_CONTOH,
      PERINGATAN_TANPA_LOGO,
      `${bawaan.orang.length} dari ${bawaan.orang.length} orang di Pengaturan (blok ORANG DAN PERAN) masih beralamat contoh (@contoh.go.id); surel kepada mereka tidak akan sampai. Ganti dengan alamat sebenarnya.`,
    ]);
  });

  it('says nothing once the office has put in its own address and people', () => {
    const kantor = p();
    kantor.dokumen = { alamatKop: 'Jl. Pemuda No. 12, Purwokerto 53116', logoKop: 'doc-logo-kabupaten' };
    kantor.orang = kantor.orang.map((o) => ({ ...o, email: o.email.replace('@contoh.go.id', '@banyumaskab.go.id') }));
    expect(peringatanDataContoh(kantor, kopSurat(kantor))).toEqual([]);
  });

  it("does not ask for a logo when the office's template brings its own kop", () => {
    const kantor = p();
    kantor.dokumen = { alamatKop: 'Jl. Pemuda No. 12, Purwokerto 53116', templatId: 'doc-templat-kantor' };
    expect(peringatanDataContoh(kantor, kopSurat(kantor))).not.toContain(PERINGATAN_TANPA_LOGO);
    delete kantor.dokumen.templatId;
    expect(peringatanDataContoh(kantor, kopSurat(kantor))).toContain(PERINGATAN_TANPA_LOGO);
  });
});

describe('peringatanPelaksana: a step whose role nobody holds', () => {
  it('names the step and the role, and nothing while every role is held', () => {
    const bawaan = p();
    const langkah = Object.entries(bawaan.pelaksanaLangkah).map(([no, pelaksana]) => ({ no: Number(no), pelaksana }));
    expect(peringatanPelaksana(bawaan, langkah)).toEqual([]);
    const tanpaKepala = { ...bawaan, orang: bawaan.orang.filter((o) => !o.peran.includes('Kepala Dinsospermasdes')) };
    const pesan = peringatanPelaksana(tanpaKepala, langkah);
    expect(pesan.length).toBeGreaterThan(0);
    expect(pesan[0]).toMatch(
      /^Langkah \d+: peran "Kepala Dinsospermasdes" tidak dipegang siapa pun di Pengaturan \(blok ORANG DAN PERAN\)/,
    );
  });
});
