import type { KopBlock, ParagraphBlock } from '../../domain/naskah/model';
import { gayaParagraf, isiRun, tabelBaru, tulisParagraf, UKURAN, type Kursor, type Paragraph } from './kursor';

/** The logo's height in the kop, in pixels (about 2.2 cm at 96 px per inch); its width follows the image. */
const TINGGI_LOGO_PX = 83;
/** The kop's side columns: the logo's on the left, an empty one as wide on the right so the lines stay centred. */
const LEBAR_KOLOM_LOGO_PT = 66;

function gayaBarisKop(p: Paragraph, baris: ParagraphBlock): void {
  gayaParagraf(p, baris.align, UKURAN[baris.size ?? 'normal']);
}

/**
 * The kop's lines; with a logo, a borderless table of three columns: the logo at the left, the lines centred in the
 * middle, and an empty column as wide as the logo's so the lines stay centred on the page
 * (docs/regulasi/tata-naskah-dinas.md §4).
 */
export function tulisKop(kursor: Kursor, block: KopBlock, lebarTeks: number): void {
  if (!kursor.logo) {
    for (const baris of block.baris) tulisParagraf(kursor, baris);
    return;
  }
  const tabel = tabelBaru(kursor, [['', '', '']]);
  tabel.setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 0 });
  tabel.setBorderColor('#ffffff');
  [LEBAR_KOLOM_LOGO_PT, lebarTeks - 2 * LEBAR_KOLOM_LOGO_PT, LEBAR_KOLOM_LOGO_PT].forEach((w, i) =>
    tabel.setColumnWidth(i, Math.round(w)),
  );
  const selLogo = tabel.getCell(0, 0).setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
  const gambar = selLogo.getChild(0).asParagraph().appendInlineImage(kursor.logo);
  const lebar = Math.round((gambar.getWidth() * TINGGI_LOGO_PX) / gambar.getHeight());
  gambar.setWidth(lebar).setHeight(TINGGI_LOGO_PX);
  const selTeks = tabel.getCell(0, 1);
  block.baris.forEach((baris, i) => {
    const p = i === 0 ? selTeks.getChild(0).asParagraph() : selTeks.appendParagraph('');
    gayaBarisKop(isiRun(p, baris.runs), baris);
  });
  kursor.tabel.push({ tabel, kepala: 0 });
}
