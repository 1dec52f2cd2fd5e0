import logJson from '../../../sheets-templates/tab-log.json';
import peringatanJson from '../../../sheets-templates/pelacakan-peringatan.json';
import pelacakanJson from '../../../sheets-templates/tab-pelacakan.json';
import { penyuntingPelacakan } from '../../../src/server/domain/pelacakan/penyunting';
import { parsePeringatanPelacakan, parseTampilanPelacakan } from '../../../src/server/domain/pelacakan/tampilan';
import { muatTemplatPelacakan } from '../../../src/server/domain/pelacakan/templat-pelacakan';
import { LANGKAH, ORANG, SOP, canAct } from './fixture';

describe('the tracking templates in sheets-templates/', () => {
  it('load and agree with the SOP: the Peringatan concerns the data collection steps and is the SOP text', () => {
    const t = muatTemplatPelacakan({ log: logJson, pelacakan: pelacakanJson, peringatan: peringatanJson }, SOP);
    expect(t.peringatan).toEqual({ langkah: [6, 7], teks: SOP.peringatan[0] });
    expect(t.pelacakan.tataLetak.kolom.map((k) => k.judul)).toEqual([
      'No',
      'Uraian',
      'Pelaksana',
      'Kelengkapan',
      'Output',
      'Target (menit)',
      'Mulai',
      'Selesai',
      'Durasi kerja (menit)',
      'Selisih',
      'Status',
      'Oleh',
      'Tautan output',
      'Catatan',
    ]);
    expect(Object.keys(t.pelacakan.warnaStatus)).toEqual(
      expect.arrayContaining(['Terlambat', 'Selesai terlambat', 'Selesai tepat waktu']),
    );
  });

  it('refuses a Peringatan pointing at a step the SOP lacks or at a text the SOP does not have', () => {
    expect(() => parsePeringatanPelacakan({ langkah: [6, 42], teks: 'lain' }, 'uji.json', SOP)).toThrow(
      'uji.json tidak sah: langkah 42 tidak ada dalam SOP; "teks" harus salah satu Peringatan SOP.',
    );
  });

  it('refuses status colours that are not #rrggbb and a missing chart title', () => {
    const rusak = { ...pelacakanJson, warnaStatus: { Terlambat: 'merah' }, judulGrafik: '' };
    expect(() => parseTampilanPelacakan(rusak, 'uji.json')).toThrow(
      'uji.json tidak sah: "warnaStatus"."Terlambat" harus warna #rrggbb; "judulGrafik" wajib diisi.',
    );
  });
});

describe('penyuntingPelacakan', () => {
  it('lists everyone the role function lets act on some step, once, in lower case', () => {
    const orang = [
      { email: ' Kepala@Contoh.go.id ' },
      { email: ORANG['Anggota Tim Sakip'] },
      { email: 'staf.pjrs@contoh.go.id' },
      { email: ORANG['Anggota Tim Sakip'] },
    ];
    const izin = (email: string, step: (typeof LANGKAH)[number]) => canAct(email.toLowerCase(), step);
    expect(penyuntingPelacakan(orang, LANGKAH, izin)).toEqual(['kepala@contoh.go.id', ORANG['Anggota Tim Sakip']]);
  });
});
