import fc from 'fast-check';
import { splitNumberedItems } from '../../../src/server/domain/sop/numbered-items';
import { boldTexts, labelOf, plainText } from '../../../src/server/domain/sop/source-text';
import { parseWaktuMenit } from '../../../src/server/domain/sop/waktu';

describe('splitNumberedItems', () => {
  it('splits only at the next expected number', () => {
    expect(splitNumberedItems('1. Permendagri Nomor 52 Tahun 2011 2. Perbup No 94 tahun 2021')).toEqual([
      'Permendagri Nomor 52 Tahun 2011',
      'Perbup No 94 tahun 2021',
    ]);
  });

  it('keeps text that does not start with "1." as one item, and nothing as no item', () => {
    expect(splitNumberedItems('Komputer 2. Printer')).toEqual(['Komputer 2. Printer']);
    expect(splitNumberedItems('  ')).toEqual([]);
  });

  it('gives back the items it was given, numbered and joined by spaces', () => {
    const item = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '' && !/(^|\s)\d+\.(\s|$)/.test(text) && !/^\d+\.$/.test(text));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        const written = items.map((text, index) => `${index + 1}. ${text}`).join(' ');
        expect(splitNumberedItems(written)).toEqual(items);
      }),
    );
  });
});

describe('source text helpers', () => {
  it('plainText drops tags, decodes entities and collapses whitespace', () => {
    expect(plainText('<p style="x"><b>A&amp;B</b>&nbsp; &lt;c&gt; &#39;d&#39; &unknown;</p>')).toBe(
      "A&B <c> 'd' &unknown;",
    );
  });

  it('boldTexts reads <b> and <strong>, skipping empty ones', () => {
    expect(boldTexts('<b>SATU</b> <b> </b><strong>DUA</strong>')).toEqual(['SATU', 'DUA']);
  });

  it('labelOf drops the enumerator and the colon', () => {
    expect(labelOf('<b>Dasar Hukum :</b>')).toBe('dasar hukum');
    expect(labelOf('a. Produk')).toBe('produk');
    expect(labelOf('4. Scope (Ruang Lingkup)')).toBe('scope (ruang lingkup)');
  });
});

describe('parseWaktuMenit', () => {
  it('rounds away binary noise: "1,1 jam" is 66 minutes', () => {
    expect(parseWaktuMenit('1,1 jam')).toEqual({ ok: true, menit: 66 });
  });

  it('refuses words and units it does not know', () => {
    expect(parseWaktuMenit('2 hari').ok).toBe(false);
    expect(parseWaktuMenit('-5').ok).toBe(false);
  });
});
