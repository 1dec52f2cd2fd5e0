import {
  escapeHtml,
  formatMenitKerja,
  susunEmailPengingat,
} from '../../../../src/server/domain/pelacakan/pengingat/surel-pengingat';
import type { Pengingat } from '../../../../src/server/domain/pelacakan/pengingat/jatuh-tempo';
import { LANGKAH_SOP } from '../sop-fixture';
import { wib } from '../../jam-kerja/calendars';

const SIKLUS = {
  namaSiklus: 'Pengukuran Kinerja Triwulan II Tahun 2026',
  url: 'https://docs.google.com/spreadsheets/d/ss-1/edit?a=1&b=2',
};

function pengingat(ubah: Partial<Pengingat> = {}): Pengingat {
  return {
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
      '[Pengukuran Kinerja] Langkah 6 melewati target waktu – Pengukuran Kinerja Triwulan II Tahun 2026',
    );
  });

  it('gives the uraian, target, working time so far, since when, and the link to the cycle spreadsheet', () => {
    const { body } = susunEmailPengingat(pengingat(), SIKLUS);
    expect(body).toContain(`Uraian: ${LANGKAH_SOP[5].uraian}`);
    expect(body).toContain(`Target waktu: ${formatMenitKerja(LANGKAH_SOP[5].waktuMenit)} kerja`);
    expect(body).toContain('Waktu kerja sejauh ini: 135 menit (2 jam 15 menit) kerja');
    expect(body).toContain('Dimulai: Rabu, 12 Agustus 2026 08.00 WIB');
    expect(body).toContain('Melewati target sejak: Rabu, 12 Agustus 2026 10.00 WIB');
    expect(body).toContain(SIKLUS.url);
    expect(body).toContain(SIKLUS.namaSiklus);
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
