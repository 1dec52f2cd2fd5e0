/**
 * A sign-off killed after its Log row is written (the Log row and step 7's finish go in one write): the retry brings
 * the Pelacakan tab up to date, so step 7 shows as done there too (issue 16, the fault sweep).
 */
import pelacakanJson from '../../sheets-templates/tab-pelacakan.json';
import { REAL_ERRORS } from '../emulator/core/faults';
import { matikanSetelah } from '../harness/gangguan';
import { agu, UNIT } from '../harness/kantor';
import { pilihLog } from '../harness/log';
import { oleh } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { KABID, siklus, validasiUnit } from './validasi-siklus';

describe('sahkanUnit killed after the sign-off row', () => {
  it('the retry shows step 7 done in Pelacakan when it was the last unit, and changes nothing more after that', () => {
    const s = siklus();
    const [terakhir, ...lain] = [...UNIT].reverse();
    for (const kode of lain) validasiUnit(s, kode, agu(18, 10));
    for (let baris = 2; baris <= s.barisData(terakhir) + 1; baris++)
      s.panggil('tandaiBaris', oleh(KABID[terakhir], agu(18, 11)), terakhir, baris, 'Valid');
    const sahkan = () => s.panggil('sahkanUnit', oleh(KABID[terakhir], agu(18, 12)), terakhir);
    const disahkan = () => s.log().some((r) => r.aksi === 'unit-disahkan' && r.rincian.startsWith(`Unit ${terakhir} `));
    const mati = matikanSetelah(s.script, s.id, sahkan, disahkan);
    expect(mati.pesan).toBe(REAL_ERRORS.serviceSpreadsheets(s.id));
    expect(pilihLog(s.log(), 'aksi', 'langkah')).toContainEqual({ aksi: 'selesai', langkah: 7 });
    const langkah7 = () => barisBernama(s.nilai(pelacakanJson.nama)).find((r) => r.No === 7)!;
    expect(langkah7().Selesai).toBe('');

    expect(sahkan()).toEqual({ berubah: false, pesan: `Unit ${terakhir} sudah disahkan.` });
    expect(langkah7().Selesai).toBe(agu(18, 12));
    const jumlahLog = s.log().length;
    expect(sahkan()).toEqual({ berubah: false, pesan: `Unit ${terakhir} sudah disahkan.` });
    expect(s.log()).toHaveLength(jumlahLog);
  });
});
