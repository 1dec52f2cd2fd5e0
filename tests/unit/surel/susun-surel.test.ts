import { labelSiklus, susunSurel } from '../../../src/server/domain/surel/susun-surel';

const NAMA = 'Pengukuran Kinerja – Triwulan III Tahun 2026 – Dinsospermasdes';
const TAB = { teks: 'Formulir PJRS', url: 'https://docs.google.com/spreadsheets/d/ss/edit#gid=5' };

describe('susunSurel', () => {
  const surel = susunSurel({
    siklus: NAMA,
    perihal: 'Formulir PJRS',
    ajakan: 'Mohon isi formulir PJRS.',
    tautan: [TAB, { teks: 'Tab Anggaran', url: 'https://docs.google.com/spreadsheets/d/ss/edit#gid=9' }],
    salam: 'Yth. Kabid PJRS,',
    paragraf: ['Isi <data> & "bukti".'],
    rincian: [['Batas', 'Jumat']],
    langkah: ['Buka tautan.', 'Isi.'],
  });

  it('names the cycle, period and office, in the subject after what the mail is about', () => {
    expect(surel.subject).toBe('[Pengukuran Kinerja] Formulir PJRS – Triwulan III Tahun 2026 – Dinsospermasdes');
  });

  it('opens with the action asked of the reader, then the link to the exact tab, then the greeting', () => {
    expect(surel.body.split('\n').slice(0, 4)).toEqual([
      'Mohon isi formulir PJRS.',
      `Formulir PJRS: ${TAB.url}`,
      '',
      'Yth. Kabid PJRS,',
    ]);
    expect(surel.htmlBody.split('\n')[0]).toBe(
      `<p><strong>Mohon isi formulir PJRS.</strong><br><a href="${TAB.url}">Formulir PJRS</a></p>`,
    );
  });

  it('keeps the details, the cycle, further links and numbered steps below, and escapes the HTML twin', () => {
    expect(surel.body).toContain('Batas: Jumat\nSiklus: Triwulan III Tahun 2026 – Dinsospermasdes\nTab Anggaran: ');
    expect(surel.body).toContain('\n1. Buka tautan.\n2. Isi.\n');
    expect(surel.body).toContain('Isi <data> & "bukti".');
    expect(surel.htmlBody).toContain('<p>Isi &#60;data&#62; &#38; &#34;bukti&#34;.</p>');
    expect(surel.htmlBody).not.toContain('<data>');
    expect(surel.body.trimEnd().split('\n').pop()).toBe('Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja.');
  });
});

describe('labelSiklus', () => {
  it('drops the add-in name in front of the cycle name, and keeps any other name whole', () => {
    expect(labelSiklus(NAMA)).toBe('Triwulan III Tahun 2026 – Dinsospermasdes');
    expect(labelSiklus('Siklus TW3 kantor')).toBe('Siklus TW3 kantor');
    expect(labelSiklus('Pengukuran Kinerja')).toBe('Pengukuran Kinerja');
  });
});
