/**
 * The edit trigger killed once the Temuan tab is rewritten, before the highlights of the findings that went away are
 * taken off: the staff member types the value again, and the form ends highlighted as after a clean run (issue 16,
 * the fault sweep).
 */
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { matikanSetelah } from '../harness/gangguan';
import { agu } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { KABID, KOL, SEK_TIM, siklus, STAF } from './validasi-siklus';

function siapkan() {
  const s = siklus();
  s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
  s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PSPFM', 2, 'Valid');
  s.world.clock.set(agu(18, 14));
  const ketik = () => userEdit(s.world, s.id, 'Form PSPFM', `${KOL.realisasi}2`, '95', STAF.PSPFM);
  const latar = () => s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form PSPFM')!.getDataRange().getBackgrounds());
  return { s, ketik, latar };
}

describe('pemicuSaatDiedit killed after the Temuan tab is written', () => {
  it('typing again leaves the highlights of a clean run', () => {
    const bersih = siapkan();
    bersih.ketik();
    const { s, ketik, latar } = siapkan();
    const temuan = JSON.stringify(s.nilai(temuanJson.nama));
    matikanSetelah(s.script, s.id, ketik, () => JSON.stringify(s.nilai(temuanJson.nama)) !== temuan);
    ketik();
    expect(latar()).toEqual(bersih.latar());
  });
});
