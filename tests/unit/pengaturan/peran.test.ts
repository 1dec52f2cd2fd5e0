import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import {
  bolehBertindak,
  izinLangkah,
  kabidUnit,
  orangUnit,
  peranOrang,
  timSakip,
} from '../../../src/server/domain/pengaturan/peran';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
const SOP = parseSopTemplate(sopJson);
const P = pengaturanBawaan(SOP);

describe('roles from the settings', () => {
  it('lists the roles of a person, whatever the case of the email', () => {
    expect(peranOrang(P, 'Sekretaris@Contoh.go.id ')).toEqual(['Sekretaris', 'Kabid']);
    expect(peranOrang(P, 'orang.lain@contoh.go.id')).toEqual([]);
    expect(peranOrang(P, '')).toEqual([]);
  });

  it('finds the head and the people of a unit, and the Tim SAKIP', () => {
    expect(kabidUnit(P, 'SEKRE')?.email).toBe('sekretaris@contoh.go.id');
    expect(kabidUnit(P, 'pspfm')?.email).toBe('kabid.pspfm@contoh.go.id');
    expect(kabidUnit(P, 'TIDAKADA')).toBeNull();
    expect(orangUnit(P, 'PJRS').map((o) => o.email)).toEqual(['kabid.pjrs@contoh.go.id', 'staf.pjrs@contoh.go.id']);
    expect(timSakip(P).map((o) => o.peran[0])).toEqual(['Sek. Tim Sakip', 'Anggota Tim Sakip']);
  });

  it('lets the step pelaksana act: any Kabid on step 7, the Sekretaris on step 10, the Kepala on step 1', () => {
    expect(bolehBertindak(P, SOP, 'kabid.pjrs@contoh.go.id', 7)).toBe(true);
    expect(bolehBertindak(P, SOP, 'sekretaris@contoh.go.id', 7)).toBe(true);
    expect(bolehBertindak(P, SOP, 'sekretaris@contoh.go.id', 10)).toBe(true);
    expect(bolehBertindak(P, SOP, 'kepala@contoh.go.id', 1)).toBe(true);
    expect(bolehBertindak(P, SOP, 'kepala@contoh.go.id', 2)).toBe(false);
  });

  it('refuses staff and strangers, and lets Tim SAKIP members act on every step', () => {
    expect(bolehBertindak(P, SOP, 'staf.pjrs@contoh.go.id', 7)).toBe(false);
    expect(bolehBertindak(P, SOP, 'orang.lain@contoh.go.id', 2)).toBe(false);
    for (const s of SOP.steps) expect(bolehBertindak(P, SOP, 'sakip.anggota@contoh.go.id', s.no)).toBe(true);
  });

  it('follows the office’s own pelaksana choice over the SOP default, comparing role names loosely', () => {
    const p = { ...P, pelaksanaLangkah: { ...P.pelaksanaLangkah, 8: 'kasubbid  DATA' } };
    expect(bolehBertindak(p, SOP, 'data@contoh.go.id', 8)).toBe(true);
    expect(bolehBertindak(P, SOP, 'data@contoh.go.id', 8)).toBe(false);
  });

  it('adapts to the CanAct of the cycle domain', () => {
    const canAct = izinLangkah(P, SOP);
    const langkah7 = SOP.steps[6];
    expect(canAct('kabid.pemdes@contoh.go.id', langkah7)).toBe(true);
    expect(canAct('staf.pemdes@contoh.go.id', langkah7)).toBe(false);
  });
});
