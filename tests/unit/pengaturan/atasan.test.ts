import { atasanDari, bacaAtasan, blokAtasan } from '../../../src/server/domain/pengaturan/atasan';
import { bacaBlok, susunBlok } from '../../../src/server/domain/pengaturan/blok-tab';
import { PembacaSel } from '../../../src/server/domain/pengaturan/pembaca-sel';
import type { Orang } from '../../../src/server/domain/pengaturan/types';

function orang(email: string, peran: string[], unit = '', jabatan = ''): Orang {
  return { nama: email, email, peran, unit, timSakip: false, jabatan, pangkat: '', nip: '' };
}

const KEPALA = orang('kepala@contoh.go.id', ['Kepala Dinsospermasdes']);
const SEKRETARIS = orang('sekretaris@contoh.go.id', ['Sekretaris', 'Kabid'], 'SEKRE');
const KABID_PJRS = orang('kabid.pjrs@contoh.go.id', ['Kabid'], 'PJRS');
const STAF_PJRS = orang('staf.pjrs@contoh.go.id', ['Staf'], 'PJRS');
const SEK_TIM = orang('sakip@contoh.go.id', ['Sek. Tim Sakip']);
const ORANG = [KEPALA, SEKRETARIS, KABID_PJRS, STAF_PJRS, SEK_TIM];

describe('atasanDari with the default rules (settings older than the ATASAN block)', () => {
  const p = { orang: ORANG };

  it('sends a Kabid, a staff member or the Sek. Tim SAKIP up to the Sekretaris, and the Sekretaris to the Kepala', () => {
    expect(atasanDari(p, [KABID_PJRS])).toEqual([SEKRETARIS]);
    expect(atasanDari(p, [STAF_PJRS, KABID_PJRS])).toEqual([SEKRETARIS]);
    expect(atasanDari(p, [SEK_TIM])).toEqual([SEKRETARIS]);
    expect(atasanDari(p, [orang('sekretaris@contoh.go.id', ['Sekretaris'])])).toEqual([KEPALA]);
  });

  it('goes one level higher when the person above is the late one (the Sekretaris as Kabid of the Sekretariat)', () => {
    expect(atasanDari(p, [SEKRETARIS])).toEqual([KEPALA]);
    expect(atasanDari(p, [SEKRETARIS, KABID_PJRS])).toEqual([KEPALA]);
  });

  it('finds nobody above the Kepala', () => {
    expect(atasanDari(p, [KEPALA])).toEqual([]);
  });
});

describe('atasanDari with the rules of the Pengaturan tab', () => {
  it('matches a jabatan as a Peran or a Jabatan, whatever the case, and stops at a loop', () => {
    const kasubbag = orang('kasubbag@contoh.go.id', ['Kasubbag'], '', 'Kepala Subbagian Umum');
    const p = {
      orang: [...ORANG, kasubbag],
      atasan: [
        { pelaksana: 'staf', atasan: 'kepala subbagian umum' },
        { pelaksana: 'A', atasan: 'B' },
        { pelaksana: 'B', atasan: 'A' },
      ],
    };
    expect(atasanDari(p, [STAF_PJRS])).toEqual([kasubbag]);
    expect(atasanDari(p, [orang('a@contoh.go.id', ['A'])])).toEqual([]);
  });
});

describe('the ATASAN (ESKALASI PENGINGAT) block', () => {
  it('reads back what it writes, and names the row and column of a half-filled or circular rule', () => {
    const aturan = [{ pelaksana: 'Kabid', atasan: 'Sekretaris' }];
    const rows = susunBlok([
      blokAtasan([...aturan, { pelaksana: 'Staf', atasan: '' }, { pelaksana: 'X', atasan: 'x' }]),
    ]);
    const blok = bacaBlok(rows, ['ATASAN (ESKALASI PENGINGAT)']).blok.get('ATASAN (ESKALASI PENGINGAT)');
    const pembaca = new PembacaSel('Pengaturan');
    expect(bacaAtasan(pembaca, blok)).toEqual(aturan);
    expect(pembaca.galat.map((g) => g.pesan)).toEqual([
      'Tab "Pengaturan", baris 4, kolom "Jabatan atasan": wajib diisi bila kolom di sebelahnya diisi.',
      'Tab "Pengaturan", baris 5, kolom "Jabatan atasan": "x" tidak dapat menjadi atasan dirinya sendiri.',
    ]);
    expect(bacaAtasan(pembaca, undefined)).toBeUndefined();
  });
});
