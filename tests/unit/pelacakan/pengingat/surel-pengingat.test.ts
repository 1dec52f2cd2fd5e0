import {
  formatMenitKerja,
  susunEmailPengingat,
} from '../../../../src/server/domain/pelacakan/pengingat/surel-pengingat';
import { escapeHtml } from '../../../../src/server/domain/surel/susun-surel';
import type { Pengingat } from '../../../../src/server/domain/pelacakan/pengingat/jatuh-tempo';
import { LANGKAH_SOP } from '../sop-fixture';
import { wib } from '../../jam-kerja/calendars';

const URL = 'https://docs.google.com/spreadsheets/d/ss-1/edit?a=1&b=2';
const SIKLUS = {
  namaSiklus: 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes',
  tautan: { teks: 'Tab Pelacakan SOP', url: URL },
};

function pengingat(ubah: Partial<Pengingat> = {}): Pengingat {
  return {
    jenis: 'pengingat',
    terbuka: [],
    kunci: 'pengingat-6-1',
    langkah: 6,
    putaran: 1,
    step: LANGKAH_SOP[5],
    berjalanSejak: wib(8, 12, 8, 0),
    lewatTargetSejak: wib(8, 12, 10, 0),
    targetMenit: LANGKAH_SOP[5].waktuMenit,
    aktualMenit: 135,
    penerima: ['a@contoh.go.id'],
    ...ubah,
  };
}

describe('susunEmailPengingat', () => {
  it('names the step and the cycle in the subject', () => {
    expect(susunEmailPengingat(pengingat(), SIKLUS).subject).toBe(
      '[Pengukuran Kinerja] Langkah 6 melewati target waktu – Triwulan II Tahun 2026 – Dinsospermasdes',
    );
  });

  it('opens with the action asked and the link, and names the open parts of a step carried unit by unit', () => {
    const { body } = susunEmailPengingat(pengingat({ terbuka: ['PJRS – Bidang PJRS'] }), SIKLUS);
    expect(body.split('\n').slice(0, 2)).toEqual([
      'Mohon selesaikan langkah 6 atau catat kendalanya: sudah melewati target waktunya (belum selesai: PJRS – Bidang PJRS).',
      `Tab Pelacakan SOP: ${URL}`,
    ]);
    expect(body).toContain('Belum selesai: PJRS – Bidang PJRS');
  });

  it('writes an escalation as one to the people above, from the moment the step ran over twice its target', () => {
    const { subject, body } = susunEmailPengingat(pengingat({ jenis: 'eskalasi', kunci: 'eskalasi-6-1' }), SIKLUS);
    expect(subject).toBe(
      '[Pengukuran Kinerja] Eskalasi: langkah 6 melewati dua kali target waktu – Triwulan II Tahun 2026 – Dinsospermasdes',
    );
    expect(body.split('\n')[0]).toBe('Mohon tindak lanjuti langkah 6: sudah melewati dua kali target waktunya.');
    expect(body).toContain('Melewati dua kali target sejak: Rabu, 12 Agustus 2026 10.00 WIB');
  });

  it('gives the uraian, target, working time so far, since when, and the link to the cycle spreadsheet', () => {
    const { body } = susunEmailPengingat(pengingat(), SIKLUS);
    expect(body).toContain(`Uraian: ${LANGKAH_SOP[5].uraian}`);
    expect(body).toContain(`Target waktu: ${formatMenitKerja(LANGKAH_SOP[5].waktuMenit)} kerja`);
    expect(body).toContain('Waktu kerja sejauh ini: 135 menit (2 jam 15 menit) kerja');
    expect(body).toContain('Dimulai: Rabu, 12 Agustus 2026 08.00 WIB');
    expect(body).toContain('Melewati target sejak: Rabu, 12 Agustus 2026 10.00 WIB');
    expect(body).toContain(URL);
    expect(body).toContain('Siklus: Triwulan II Tahun 2026 – Dinsospermasdes');
  });

  it('says the step was reopened for a later putaran', () => {
    expect(susunEmailPengingat(pengingat({ putaran: 3 }), SIKLUS).body).toContain('Dibuka kembali (ke-2): Rabu');
  });

  it('escapes every value in the HTML body', () => {
    const step = { ...LANGKAH_SOP[5], uraian: 'Rekap <script>alert("x")</script> & cek' };
    const { htmlBody, body } = susunEmailPengingat(pengingat({ step }), SIKLUS);
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).toContain('Rekap &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; cek');
    expect(htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/ss-1/edit?a=1&#38;b=2"');
    expect(body).toContain('Rekap <script>alert("x")</script> & cek');
  });
});

describe('formatMenitKerja and escapeHtml', () => {
  it('writes minutes with hours beside them from an hour on', () => {
    expect([45, 60, 75].map(formatMenitKerja)).toEqual(['45 menit', '60 menit (1 jam)', '75 menit (1 jam 15 menit)']);
  });

  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });
});
