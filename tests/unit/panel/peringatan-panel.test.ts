import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { peringatanDataContoh } from '../../../src/server/domain/panel/peringatan-panel';
import { PERINGATAN_ALAMAT_CONTOH } from '../../../src/server/domain/naskah/kop';
import { kopSurat } from '../../../src/server/domain/naskah/kantor';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';

const p = () => pengaturanBawaan(parseSopTemplate(sopJson));

describe('peringatanDataContoh: what is still the shipped example', () => {
  it('names the kop address and the people with example addresses', () => {
    const bawaan = p();
    expect(peringatanDataContoh(bawaan, kopSurat(bawaan))).toEqual([
      PERINGATAN_ALAMAT_CONTOH,
      `${bawaan.orang.length} dari ${bawaan.orang.length} orang di Pengaturan (blok ORANG DAN PERAN) masih beralamat contoh (@contoh.go.id); surel kepada mereka tidak akan sampai. Ganti dengan alamat sebenarnya.`,
    ]);
  });

  it('says nothing once the office has put in its own address and people', () => {
    const kantor = p();
    kantor.dokumen = { alamatKop: 'Jl. Pemuda No. 12, Purwokerto 53116' };
    kantor.orang = kantor.orang.map((o) => ({ ...o, email: o.email.replace('@contoh.go.id', '@banyumaskab.go.id') }));
    expect(peringatanDataContoh(kantor, kopSurat(kantor))).toEqual([]);
  });
});
