import fc from 'fast-check';
import {
  buildDokumenPengukuranKinerja,
  type DokumenInput,
} from '../../../src/server/domain/dokumen/pengukuran-kinerja';
import { PERINGATAN_ALAMAT_CONTOH } from '../../../src/server/domain/naskah/kop';
import {
  type Block,
  type DocumentModel,
  type SignaturesBlock,
  type TableBlock,
} from '../../../src/server/domain/naskah/model';
import { dokumenInput } from '../naskah/sample';

function build(input: DokumenInput = dokumenInput()) {
  const result = buildDokumenPengukuranKinerja(input);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result;
}

function tables(doc: DocumentModel): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

function texts(row: { text: string }[]): string[] {
  return row.map((c) => c.text);
}

function headings(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

describe('Dokumen Pengukuran Kinerja', () => {
  it('starts with the kop and the title with the period, landscape', () => {
    const { document, peringatan } = build();
    expect(document.page).toEqual({ size: 'A4', orientation: 'landscape' });
    expect(document.title).toBe('Pengukuran Kinerja TRIWULAN II TAHUN 2026');
    const [kop] = document.blocks;
    expect(kop.kind === 'kop' && kop.baris[0]).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: 'PEMERINTAH KABUPATEN BANYUMAS' }],
    });
    expect(headings(document.blocks)).toEqual([
      'PENGUKURAN KINERJA',
      'TRIWULAN II TAHUN 2026',
      'Sekretariat',
      'Bidang Pemberdayaan Masyarakat',
      'RINGKASAN',
      'ANALISIS CAPAIAN',
    ]);
    expect(peringatan).toEqual([PERINGATAN_ALAMAT_CONTOH]);
  });

  it('writes one table per unit, rows grouped by sasaran, numbers in Indonesian notation', () => {
    const [sekretariat, bidang] = tables(build().document);
    expect(sekretariat.header.map(texts)).toEqual([
      [
        'No',
        'Sasaran',
        'Indikator Kinerja',
        'Satuan',
        'Target tahunan',
        'Target s.d. TW II',
        'Realisasi s.d. TW II',
        'Capaian s.d. TW II (%)',
        'Predikat',
      ],
    ]);
    expect(sekretariat.body.map(texts)).toEqual([
      [
        '1',
        'Meningkatnya akuntabilitas kinerja perangkat daerah',
        'Persentase dokumen kinerja yang disampaikan tepat waktu',
        '%',
        // fixed decimals per satuan: two for %, none for what is counted (desa below)
        '100,00',
        '100,00',
        '87,50',
        '87,50',
        'Tinggi',
      ],
      ['', '', 'Nilai evaluasi SAKIP Perangkat Daerah', 'nilai (0-100)', '70,00', '70,00', '-', '-', '-'],
      [
        '2',
        'Meningkatnya kualitas pengelolaan keuangan',
        'Persentase realisasi anggaran',
        '%',
        '95,00',
        '95,00',
        '1.234,57',
        '1.299,54',
        'Sangat Tinggi',
      ],
    ]);
    expect(sekretariat.body[1].slice(0, 2)).toEqual([
      { text: '', merge: 'up' },
      { text: '', merge: 'up' },
    ]);
    expect(bidang.body.map(texts)).toEqual([
      ['1', 'Meningkatnya kemandirian desa', 'Jumlah desa mandiri', 'desa', '24', '12', '-3', '0,00', 'Sangat Rendah'],
    ]);
    for (const table of [sekretariat, bidang]) {
      expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
    }
  });

  it('summarises predikat counts and average capaian as given, overall row last', () => {
    const summary = tables(build().document)[2];
    expect(summary.header.map(texts)).toEqual([
      ['No', 'Unit Kerja', 'Rata-rata Capaian (%)', 'Jumlah Indikator per Predikat', '', '', '', ''],
      ['', '', '', 'Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'],
    ]);
    expect(summary.header[0].slice(4).every((c) => c.merge === 'left')).toBe(true);
    expect(summary.header[1].slice(0, 3).every((c) => c.merge === 'up')).toBe(true);
    expect(summary.body.map(texts)).toEqual([
      ['1', 'Sekretariat', '693,52', '1', '1', '0', '0', '0'],
      ['2', 'Bidang Pemberdayaan Masyarakat', '0,00', '0', '0', '0', '0', '1'],
      ['', 'Keseluruhan', '462,35', '1', '1', '0', '0', '1'],
    ]);
    expect(summary.body[2].every((c) => c.bold)).toBe(true);
    expect(summary.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
  });

  it('ends with place, date and the signer, leaving the signature space empty', () => {
    const last = build().document.blocks.at(-1) as SignaturesBlock;
    expect(last).toEqual({
      kind: 'signatures',
      left: null,
      right: {
        above: ['Purwokerto, 21 Agustus 2026'],
        jabatan: 'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
        space: 4,
        nama: { text: 'Ir. WIDARSO, M.M', bold: true, underline: true },
        below: ['Pembina Utama Muda', 'NIP. 19620728 198901 1 001'],
      },
    });
  });

  it('dates the document in WIB even when the UTC instant is the previous day', () => {
    const last = build({ ...dokumenInput(), tanggal: new Date('2026-08-20T18:00:00Z') }).document.blocks.at(-1);
    expect((last as SignaturesBlock).right?.above).toEqual(['Purwokerto, 21 Agustus 2026']);
  });

  it('refuses an invalid NIP before building', () => {
    const input = dokumenInput();
    const result = buildDokumenPengukuranKinerja({
      ...input,
      penandatangan: { ...input.penandatangan, nip: '1962072819890110' },
    });
    expect(result).toEqual({
      ok: false,
      alasan: ['NIP penandatangan (Ir. WIDARSO, M.M): NIP harus 18 angka, tertulis 16 angka.'],
    });
  });

  it('names unit, row and column of bad numbers and empty indicators', () => {
    const input = dokumenInput();
    input.units[0].rows[1] = { ...input.units[0].rows[1], target: NaN, capaian: Infinity, indikator: ' ' };
    input.ringkasan.perUnit[0].jumlahPerPredikat = { Baik: 1, Tinggi: 1.5 };
    input.ringkasan.keseluruhan.rataRataCapaian = NaN;
    expect(buildDokumenPengukuranKinerja(input)).toEqual({
      ok: false,
      alasan: [
        'Unit Sekretariat, baris 2, kolom Indikator Kinerja: kosong.',
        'Unit Sekretariat, baris 2, kolom Target: bukan bilangan (NaN).',
        'Unit Sekretariat, baris 2, kolom Capaian (%): bukan bilangan (Infinity).',
        'Ringkasan unit Sekretariat: predikat "Baik" tidak ada dalam skala predikat.',
        'Ringkasan unit Sekretariat, kolom Tinggi: jumlah harus bilangan bulat 0 atau lebih (1.5).',
        'Ringkasan keseluruhan, kolom Rata-rata Capaian (%): bukan bilangan (NaN).',
      ],
    });
  });

  it('refuses a document without units, period, date or predikat scale', () => {
    const input = dokumenInput();
    const result = buildDokumenPengukuranKinerja({
      ...input,
      units: [],
      periode: ' ',
      tanggal: new Date('x'),
      ringkasan: {
        ...input.ringkasan,
        predikat: [],
        perUnit: [],
        keseluruhan: { rataRataCapaian: null, jumlahPerPredikat: {} },
      },
    });
    expect(result).toEqual({
      ok: false,
      alasan: [
        'Tidak ada unit kerja dalam dokumen pengukuran kinerja.',
        'Ringkasan: daftar predikat kosong.',
        'Periode pengukuran kosong.',
        'Tanggal dokumen tidak valid.',
      ],
    });
  });

  it('warns about a unit without indicators and names an unnamed unit by position', () => {
    const input = dokumenInput();
    input.units.push({ nama: 'Bidang Bina Pemerintahan Desa', rows: [] });
    const { document, peringatan } = build(input);
    expect(peringatan).toContain('Unit Bidang Bina Pemerintahan Desa belum memiliki indikator kinerja.');
    // the two units' tables and the summary (the analysis lists are borderless)
    expect(tables(document).filter((t) => t.borders)).toHaveLength(3);
    input.units.push({ nama: ' ', rows: [{ ...input.units[0].rows[0], indikator: '' }] });
    const refused = buildDokumenPengukuranKinerja(input);
    expect(!refused.ok && refused.alasan).toEqual([
      'Unit ke-4: nama unit kerja kosong.',
      'Unit ke-4, baris 1, kolom Indikator Kinerja: kosong.',
    ]);
  });

  it('keeps every input row exactly once, within its sasaran group (property)', () => {
    const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    const row = fc.record({
      sasaran: fc.constantFrom('S1', 'S2', 'S3'),
      indikator: fc
        .string({ minLength: 1, maxLength: 8 })
        .filter((s) => s.trim() !== '')
        .map((s) => s.trim()),
      satuan: fc.constantFrom('%', 'desa', 'dokumen'),
      target: cell,
      realisasi: cell,
      capaian: cell,
      predikat: fc.option(fc.constantFrom('Tinggi', 'Rendah'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const input = { ...dokumenInput(), units: [{ nama: 'Unit', rows }] };
        const body = tables(build(input).document)[0].body;
        expect(body).toHaveLength(rows.length);
        const order = [...new Set(rows.map((r) => r.sasaran))];
        const expected = order.flatMap((s) => rows.filter((r) => r.sasaran === s));
        expect(body.map((cells) => cells[2].text)).toEqual(expected.map((r) => r.indikator));
        const leaders = body.filter((cells) => cells[0].merge === undefined);
        expect(leaders.map((cells) => [cells[0].text, cells[1].text])).toEqual(order.map((s, i) => [String(i + 1), s]));
      }),
    );
  });
});

describe('Dokumen Pengukuran Kinerja: period, revised targets and the budget', () => {
  const paragraf = (blocks: Block[]) =>
    blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

  it('heads the columns "s.d." the triwulan, and plainly in the Tahunan cycle, without a second annual target', () => {
    const [tahunan] = tables(build({ ...dokumenInput(), sampai: null, sebelumnya: null }).document);
    expect(texts(tahunan.header[0]).slice(3, 7)).toEqual(['Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
    expect(tahunan.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
  });

  it('dates the signature as Pengaturan says, or leaves the day for the signing', () => {
    const ttd = (tanggal: Date | null) =>
      (build({ ...dokumenInput(), tanggal }).document.blocks.find((b) => b.kind === 'signatures') as SignaturesBlock)
        .right!.above;
    expect(ttd(new Date('2026-08-21T02:00:00Z'))).toEqual(['Purwokerto, 21 Agustus 2026']);
    expect(ttd(null)).toEqual(['Purwokerto, …………………… 2026']);
  });

  it("prints under a unit's table what it wrote as Penjelasan / Kendala and Tindak Lanjut, and lists Bukti Dukung", () => {
    const input = dokumenInput();
    input.units[0].rows[0] = {
      ...input.units[0].rows[0],
      penjelasan: 'Dokumen LKjIP terlambat 2 hari.',
      tindakLanjut: 'Jadwal penyusunan dimajukan.',
      buktiDukung: 'https://drive.google.com/file/d/bukti1/view',
    };
    input.units[1].rows[0] = { ...input.units[1].rows[0], buktiDukung: 'folder arsip' };
    const { document } = build(input);
    const tabel = tables(document);
    const penjelasan = tabel.find((t) => t.header[0][2]?.text === 'Penjelasan / Kendala')!;
    expect(penjelasan.body.map(texts)).toEqual([
      [
        '1',
        'Persentase dokumen kinerja yang disampaikan tepat waktu',
        'Dokumen LKjIP terlambat 2 hari.',
        'Jadwal penyusunan dimajukan.',
      ],
    ]);
    expect(document.blocks.at(-3)).toEqual({ kind: 'pageBreak' });
    expect(tabel.at(-1)!.body.map(texts)).toEqual([
      [
        '1',
        'Sekretariat',
        'Persentase dokumen kinerja yang disampaikan tepat waktu',
        'https://drive.google.com/file/d/bukti1/view',
      ],
      ['2', 'Bidang Pemberdayaan Masyarakat', 'Jumlah desa mandiri', 'folder arsip (bukan tautan yang sah)'],
    ]);
    expect(headings(build().document.blocks)).not.toContain('LAMPIRAN: DAFTAR BUKTI DUKUNG');
    // several links in one cell, as the Temuan check accepts them: each on its line, what is not a link marked
    input.units[1].rows[0] = { ...input.units[1].rows[0], buktiDukung: 'https://a.id/1 https://b.id/2 terlampir' };
    expect(tables(build(input).document).at(-1)!.body[1][3].text).toBe(
      'https://a.id/1\nhttps://b.id/2\nterlampir (bukan tautan yang sah)',
    );
  });

  it('marks a revised target with an asterisk and says under the unit table what it means', () => {
    const input = dokumenInput();
    input.units[0].rows[0] = { ...input.units[0].rows[0], direvisi: true };
    const { document } = build(input);
    const [sekretariat, bidang] = tables(document);
    expect(sekretariat.body[0][5].text).toMatch(/\*$/);
    expect(bidang.body.every((r) => !r[5].text.endsWith('*'))).toBe(true);
    expect(paragraf(document.blocks).filter((t) => t.startsWith('* Target direvisi'))).toHaveLength(1);
  });

  it('prints the budget after the summary, with efisiensi only when it is judged', () => {
    const anggaran = {
      program: [
        {
          unit: 'Sekretariat',
          program: 'Kegiatan A',
          pagu: 200_000_000,
          realisasi: 190_000_000,
          serapan: 95,
          efisiensi: 'cukup efisien',
        },
        {
          unit: 'Sekretariat',
          program: 'Kegiatan B',
          pagu: 100_500_000.5,
          realisasi: null,
          serapan: null,
          efisiensi: null,
        },
      ],
      jumlah: { pagu: 300_500_000.5, realisasi: 190_000_000, serapan: null },
      efisiensiDinilai: true,
      catatan: [],
    };
    const { document } = build({ ...dokumenInput(), anggaran });
    const tabel = tables(document).at(-1)!;
    expect(headings(document.blocks).slice(-3)).toEqual(['RINGKASAN', 'ANALISIS CAPAIAN', 'REALISASI ANGGARAN']);
    expect(tabel.header.map(texts)).toEqual([
      ['No', 'Unit Kerja', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Efisiensi'],
    ]);
    expect(tabel.body.map(texts)).toEqual([
      ['1', 'Sekretariat', 'Kegiatan A', '200.000.000', '190.000.000', '95,00', 'cukup efisien'],
      ['2', 'Sekretariat', 'Kegiatan B', '100.500.000,5', '-', '-', '-'],
      ['', 'Jumlah', '', '300.500.000,5', '190.000.000', '-', '-'],
    ]);

    const triwulan = build({
      ...dokumenInput(),
      anggaran: { ...anggaran, efisiensiDinilai: false, catatan: ['Nanti.'] },
    });
    expect(texts(tables(triwulan.document).at(-1)!.header[0])).not.toContain('Efisiensi');
    expect(paragraf(triwulan.document.blocks)).toContain('Nanti.');
    expect(headings(build().document.blocks)).not.toContain('REALISASI ANGGARAN');
  });
});

describe('Dokumen Pengukuran Kinerja: the triwulan before', () => {
  it("prints the capaian s.d. the triwulan before beside this one's, and names in the analysis what fell", () => {
    const input = { ...dokumenInput(), sebelumnya: 'TW I' };
    input.units[0].rows[0] = { ...input.units[0].rows[0], capaianLalu: 95 };
    input.units[0].rows[1] = { ...input.units[0].rows[1], capaianLalu: 100 };
    const { document } = build(input);
    const [sekretariat] = tables(document);
    expect(texts(sekretariat.header[0]).slice(7, 9)).toEqual(['Capaian s.d. TW I (%)', 'Capaian s.d. TW II (%)']);
    expect(texts(sekretariat.body[0]).slice(7, 9)).toEqual(['95,00', '87,50']);
    expect(texts(sekretariat.body[1]).slice(7, 9)).toEqual(['-', '-']);
    expect(sekretariat.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 10);
    const teks = document.blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.runs.map((r) => r.text).join('')]
        : b.kind === 'table' && !b.borders
          ? b.body.map((r) => r[1].text)
          : [],
    );
    expect(teks).toContain('Dibanding capaian s.d. TW I: 1 indikator naik, 1 turun, 0 tetap.');
    expect(teks).toContain('Persentase dokumen kinerja yang disampaikan tepat waktu (Sekretariat): 95,00% → 87,50%.');
  });
});

describe('Dokumen Pengukuran Kinerja: the analysis', () => {
  const paragraf = (blocks: Block[]) =>
    blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

  it('counts what reached its target and names what did not, with the unit’s own words, and what could not be measured', () => {
    const input = dokumenInput();
    input.units[0].rows[0] = {
      ...input.units[0].rows[0],
      penjelasan: 'LKjIP terlambat 2 hari',
      tindakLanjut: 'Jadwal dimajukan',
    };
    input.units[0].rows[2] = {
      ...input.units[0].rows[2],
      alasan: 'Realisasi belum diisi, capaian belum dapat dihitung.',
    };
    const { document } = build(input);
    const awal = document.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'ANALISIS CAPAIAN');
    expect(awal).toBeGreaterThan(0);
    const blok = document.blocks.slice(awal);
    const teks = [
      ...paragraf(blok),
      ...blok.flatMap((b) => (b.kind === 'table' && !b.borders ? b.body.map((r) => `${r[0].text} ${r[1].text}`) : [])),
    ];
    expect(teks[0]).toBe(
      'Dari 4 indikator kinerja, 1 mencapai atau melampaui target, 2 belum mencapai target, dan 1 belum dapat diukur.',
    );
    expect(teks).toContain(
      '• Persentase dokumen kinerja yang disampaikan tepat waktu (Sekretariat): capaian 87,50%. Penjelasan unit: LKjIP terlambat 2 hari. Tindak lanjut: Jadwal dimajukan.',
    );
    expect(teks).toContain(
      '• Jumlah desa mandiri (Bidang Pemberdayaan Masyarakat): capaian 0,00%. Unit belum menuliskan penjelasan.',
    );
    expect(teks).toContain(
      '• Nilai evaluasi SAKIP Perangkat Daerah (Sekretariat): Realisasi belum diisi, capaian belum dapat dihitung.',
    );
  });
});
