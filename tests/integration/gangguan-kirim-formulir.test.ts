/**
 * Sending the forms (step 3) killed right after the second unit's mail went out: only that unit is left uncertain
 * ("belum pasti"), the units never mailed are mailed by the retry, and nobody gets a mail twice (issue 16).
 */
import pelacakanJson from '../../sheets-templates/tab-pelacakan.json';
import { sentMails } from '../emulator/services/mail';
import { matikanSetelah } from '../harness/gangguan';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';

const formulir = (m: { subject: string }) => m.subject.startsWith('[Pengukuran Kinerja] Formulir ');

describe('kirimFormulir killed after the second mail', () => {
  it('the retry mails the units after it, reports only the second as uncertain, and sends nothing twice', () => {
    const s = buatSiklus({ batas: '2026-08-21 16:00' });
    s.world.clock.set(agu(12, 10));
    const kirim = () => s.panggil('kirimFormulir', ORANG.anggota);
    matikanSetelah(s.script, s.id, kirim, () => sentMails(s.world).filter(formulir).length === 2);

    const lagi = kirim();
    expect(lagi).toMatchObject({ dikirim: UNIT.slice(2), belumPasti: [UNIT[1]], gagal: [] });
    const perPenerima = new Map<string, number>();
    for (const m of sentMails(s.world).filter(formulir))
      for (const to of m.to) perPenerima.set(to, (perPenerima.get(to) ?? 0) + 1);
    expect([...perPenerima.values()].every((n) => n === 1)).toBe(true);
    expect(perPenerima.size).toBe(UNIT.length * 2);
    expect(
      s
        .log()
        .filter((r) => r.aksi === 'formulir-dikirim')
        .map((r) => r.id),
    ).toEqual([UNIT[0], ...UNIT.slice(2)].map((kode) => `formulir-dikirim-${kode}`));
  });
});

describe('kirimFormulir killed after step 3 is recorded in the Log', () => {
  it('the retry sends nothing and shows step 3 done in Pelacakan', () => {
    const s = buatSiklus({ batas: '2026-08-21 16:00' });
    s.world.clock.set(agu(12, 10));
    const kirim = () => s.panggil('kirimFormulir', ORANG.anggota);
    const selesai = () => s.log().some((r) => r.aksi === 'selesai' && r.langkah === 3);
    matikanSetelah(s.script, s.id, kirim, selesai);
    const langkah3 = () => barisBernama(s.nilai(pelacakanJson.nama)).find((r) => r.No === 3)!;
    expect(langkah3().Selesai).toBe('');
    const surel = sentMails(s.world).length;

    expect(kirim()).toMatchObject({ berubah: false, dikirim: [], belumPasti: [] });
    expect(langkah3().Selesai).toBe(agu(12, 10));
    expect(sentMails(s.world)).toHaveLength(surel);
  });
});
