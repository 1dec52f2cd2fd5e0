/**
 * The panel's pure rules for the cycle cards: a datetime-local value read as WIB, and the cycle actions offered at
 * each later stage (document, letter, archive) from Log rows as the actions write them.
 */
import { wibKeEpochMs } from '../../src/client/waktu-wib';
import { idBarisDokumen, rincianDokumen } from '../../src/server/domain/dokumen/catatan-dokumen';
import { ID_FORMULIR } from '../../src/server/domain/formulir/status-distribusi';
import { aksiSiklusYangBoleh } from '../../src/server/domain/panel/aksi-siklus';
import { AKSI_BERKAS, AKSI_DOKUMEN, AKSI_FORMULIR, AKSI_UNIT } from '../../src/server/domain/pelacakan/aksi-log';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';
import { deriveStepStates } from '../../src/server/domain/pelacakan/status-langkah';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { agu, ORANG, SOP } from '../harness/kantor';
import type { BarisLog } from '../harness/log';

describe('wibKeEpochMs: a datetime-local value read as WIB', () => {
  it('is 7 hours ahead of UTC, and refuses empty or impossible dates', () => {
    expect(wibKeEpochMs('2026-08-18T09:00')).toBe(Date.UTC(2026, 7, 18, 2, 0));
    expect(wibKeEpochMs('2026-08-18T00:30:15')).toBe(Date.UTC(2026, 7, 17, 17, 30, 15));
    expect(wibKeEpochMs('')).toBeNull();
    expect(wibKeEpochMs('2026-02-31T09:00')).toBeNull();
    expect(wibKeEpochMs('2026-08-18T24:00')).toBeNull();
  });
});

/**
 * The later stages (document, letter, archive) from Log rows as the actions write them, on the pure function the panel
 * calls: reaching them through every action would repeat the document tests.
 */
const p = pengaturanBawaan(SOP);
const unit = p.unitKerja.map((u) => u.kode);
let n = 0;
const baris = (aksi: string, id: string, pengguna = ORANG.sekTim, rincian = ''): BarisLog => ({
  waktu: agu(20, 8) + ++n * 60000,
  pengguna,
  aksi,
  langkah: null,
  rincian,
  id,
});
const v1 = { versi: 1, nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1', docId: 'doc1', pdfId: 'pdf1' };
const dokumen = (aksi: string, suffix = '') => baris(aksi, idBarisDokumen(aksi, 1) + suffix);
const TAHAP = {
  terkirim: unit.map((k) => baris(AKSI_FORMULIR.dikirim, ID_FORMULIR.dikirim(k))),
  disahkan: [
    baris('rekap-disusun', 'rekap-disusun-1-x'),
    ...unit.map((k) => baris(AKSI_UNIT.disahkan, `${AKSI_UNIT.disahkan}-${k}`)),
  ],
  diserahkan: [baris('data-diserahkan', 'data-diserahkan')],
  dokumen: [baris(AKSI_DOKUMEN.dibuat, idBarisDokumen(AKSI_DOKUMEN.dibuat, 1), ORANG.sekTim, rincianDokumen(v1))],
  koreksi: [dokumen(AKSI_DOKUMEN.dikirimKoreksi)],
  koreksiSelesai: [dokumen(AKSI_DOKUMEN.koreksiSelesai)],
  persetujuan: [dokumen(AKSI_DOKUMEN.dikirimPersetujuan)],
  ditandatangani: [dokumen(AKSI_DOKUMEN.ditandatangani)],
  surat: [baris('nomor-surat', 'nomor-surat-pengantar'), baris(AKSI_BERKAS.suratPengantar, 'surat-pengantar')],
  ditutup: [baris(AKSI_BERKAS.ditutup, AKSI_BERKAS.ditutup)],
};
type Tahap = keyof typeof TAHAP;
const urutan = Object.keys(TAHAP) as Tahap[];
const aksi = (sampaiTahap: Tahap, email: string, lain: BarisLog[] = [], events: StepEvent[] = []) => {
  const log = [...urutan.slice(0, urutan.indexOf(sampaiTahap) + 1).flatMap((t) => TAHAP[t]), ...lain];
  const states = deriveStepStates(SOP.steps, events);
  return aksiSiklusYangBoleh({ pengaturan: p, sop: SOP, email, log, states });
};
const label = (sampaiTahap: Tahap, email: string) => aksi(sampaiTahap, email).map((a) => a.label);

describe('aksiSiklusYangBoleh: the cycle actions from the Log, stage by stage', () => {
  it('every unit signed off: the Tim SAKIP hands the data over and makes the document; the data officer has nothing to do', () => {
    expect(label('disahkan', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Susun Rekap',
      'Periksa isian',
      'Serahkan data ke petugas data',
      'Buat Dokumen Pengukuran Kinerja',
    ]);
    expect(label('disahkan', ORANG.data)).toEqual([]);
    expect(label('terkirim', ORANG.kabid.PJRS)).toEqual(['Tandai Form PJRS selesai diisi', 'Sahkan Form PJRS']);
    expect(label('disahkan', ORANG.kabid.PJRS)).toEqual([]);
  });

  it('no meeting invitation once step 4 was finished by hand, the meeting arranged another way', () => {
    const events = [1, 2, 3, 4].flatMap((no): StepEvent[] => [
      { id: `m${no}`, type: 'mulai', step: no, by: ORANG.sekTim, at: agu(12, 8 + no) },
      { id: `s${no}`, type: 'selesai', step: no, by: ORANG.sekTim, at: agu(12, 8 + no, 30) },
    ]);
    expect(aksi('terkirim', ORANG.sekTim).map((a) => a.label)).toContain('Undang rapat');
    expect(aksi('terkirim', ORANG.sekTim, [], events).map((a) => a.label)).toEqual(['Susun Rekap', 'Periksa isian']);
  });

  it('a hand-over stopped half-way is offered as a resend, asked for explicitly; a recorded failure is sent as before', () => {
    const klaim = baris('data-diserahkan-dijadwalkan', 'data-diserahkan-klaim-1');
    const serah = (lain: BarisLog[]) =>
      aksi('disahkan', ORANG.anggota, lain).find((a) => a.endpoint === 'serahkanKePetugasData');
    expect(serah([klaim])).toMatchObject({ label: 'Kirim ulang data ke petugas data', kirimUlang: true });
    const gagal = baris('data-diserahkan-gagal', 'data-diserahkan-gagal-1');
    expect(serah([klaim, gagal])).toEqual(expect.objectContaining({ label: 'Serahkan data ke petugas data' }));
    expect(serah([klaim, gagal])).not.toHaveProperty('kirimUlang');
  });
});

describe('aksiSiklusYangBoleh: the cycle actions from the Log, stage by stage', () => {
  it('a version made: only the member who generated it sends it for correction; the Kepala then finishes the correction', () => {
    expect(label('dokumen', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Susun Rekap',
      'Buat Dokumen Pengukuran Kinerja versi 2',
      'Kirim untuk koreksi',
      'Minta nomor surat',
    ]);
    expect(label('dokumen', ORANG.anggota)).not.toContain('Kirim untuk koreksi');
    expect(label('dokumen', ORANG.kepala)).toEqual([]);
    expect(label('koreksi', ORANG.kepala)).toEqual(['Koreksi selesai']);
    expect(label('koreksi', ORANG.sekretaris)).toEqual([]);
    expect(label('koreksiSelesai', ORANG.sekretaris)).toEqual(['Kirim untuk persetujuan']);
    expect(label('koreksiSelesai', ORANG.kepala)).toEqual([]);
    expect(label('persetujuan', ORANG.sekTim)).toContain('Catat penandatanganan');
    expect(label('persetujuan', ORANG.anggota)).not.toContain('Catat penandatanganan');
  });

  it('signed: the letter, the copies and the archive, until each is done; nothing once the cycle is closed', () => {
    expect(label('ditandatangani', ORANG.sekTim)).toEqual([
      'Undang rapat',
      'Minta nomor surat',
      'Buat surat pengantar',
      'Buat salinan',
      'Arsipkan siklus',
    ]);
    expect(label('surat', ORANG.sekTim)).toEqual(['Undang rapat', 'Buat salinan', 'Arsipkan siklus']);
    expect(label('ditutup', ORANG.sekTim)).toEqual([]);
    expect(label('ditandatangani', ORANG.kepala)).toEqual([]);
  });
});
