/**
 * "Selesai diisi" killed after it is recorded, before the Kabid's notification went out or its outcome was logged: the
 * notification goes at most once, so the retry does not mail again but tells who clicks that the Kabid may not have
 * been told (issue 16, the fault sweep).
 */
import { sentMails } from '../emulator/services/mail';
import { matikanSetelah } from '../harness/gangguan';
import { agu } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { KABID, siklus } from './validasi-siklus';

describe('tandaiSelesaiDiisi killed after its Log row', () => {
  it('the retry mails nothing and says the notification is uncertain; a clean mark says nothing of it', () => {
    const s = siklus({ pemicu: false });
    const tandai = () => s.panggil('tandaiSelesaiDiisi', oleh(KABID.PSPFM, agu(14, 9)), 'PSPFM');
    matikanSetelah(s.script, s.id, tandai, () => s.log().some((r) => r.id === 'formulir-selesai-diisi-PSPFM'));
    const surel = sentMails(s.world).length;

    expect(tandai()).toEqual({
      berubah: false,
      pesan:
        'Formulir PSPFM sudah ditandai selesai diisi pada Jumat, 14 Agustus 2026 09.00 WIB. Pemberitahuan kepada ' +
        `Kabid (${KABID.PSPFM}) sebelumnya gagal atau tidak pasti terkirim (lihat Log): beri tahu Kabid langsung.`,
    });
    expect(sentMails(s.world)).toHaveLength(surel);
    expect(s.panggil('tandaiSelesaiDiisi', oleh(KABID.PJRS, agu(14, 9)), 'PJRS')).toMatchObject({ berubah: true });
    expect(s.panggil('tandaiSelesaiDiisi', oleh(KABID.PJRS, agu(14, 10)), 'PJRS').pesan).toBe(
      'Formulir PJRS sudah ditandai selesai diisi pada Jumat, 14 Agustus 2026 09.00 WIB.',
    );
  });
});
