import { buildDokumenPengukuranKinerja } from '../../../src/server/domain/dokumen/pengukuran-kinerja';
import { blokTabel, nilaiPenanda, penandaTakDikenal } from '../../../src/server/domain/dokumen/penanda';
import { dokumenInput } from '../naskah/sample';

describe('placeholders of an office template', () => {
  const hasil = buildDokumenPengukuranKinerja(dokumenInput());
  if (!hasil.ok) throw new Error(hasil.alasan.join('\n'));
  const model = hasil.document;

  it('take the signature block of the model: place and date, JABATAN, name, pangkat, grouped NIP', () => {
    const nilai = nilaiPenanda(model, {
      periode: 'Triwulan II Tahun 2026',
      instansi: 'Dinas Sosial',
      tempat: 'Purwokerto',
      tanggal: new Date('2026-08-21T02:00:00Z'),
      tahun: 2026,
    });
    expect(nilai).toEqual({
      periode: 'Triwulan II Tahun 2026',
      PERIODE: 'TRIWULAN II TAHUN 2026',
      instansi: 'Dinas Sosial',
      tempat: 'Purwokerto',
      tanggal: '21 Agustus 2026',
      tempat_tanggal: 'Purwokerto, 21 Agustus 2026',
      jabatan_penandatangan: 'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
      nama_penandatangan: 'Ir. WIDARSO, M.M',
      pangkat_penandatangan: 'Pembina Utama Muda',
      nip_penandatangan: '19620728 198901 1 001',
    });
  });

  it('put at {{tabel}} the unit sections and the summary, without kop, title or signatures', () => {
    const blok = blokTabel(model);
    expect(blok[0]).toMatchObject({ kind: 'heading', level: 2, text: 'Sekretariat' });
    expect(blok.some((b) => b.kind === 'signatures' || b.kind === 'rule')).toBe(false);
    expect(blok.filter((b) => b.kind === 'table')).toHaveLength(model.blocks.filter((b) => b.kind === 'table').length);
  });

  it('name the placeholders the add-in does not fill, once each', () => {
    expect(penandaTakDikenal('{{ periode }} {{nomor}} {{tabel}} {{nomor}} {x}', ['periode'])).toEqual(['nomor']);
  });
});
