/**
 * A small but valid PDF 1.4 of plain text pages (Helvetica, WinAnsi), standing in for Google's PDF conversion: a test
 * can check that a PDF came out, its page count and its text; a person can open it in any viewer.
 */
interface PdfPage {
  lines: string[];
}

export interface PdfOptions {
  /** page size in points (A4 595.276 × 841.89) */
  width?: number;
  height?: number;
  margin?: number;
  fontSize?: number;
}

const DEFAULTS = { width: 612, height: 792, margin: 72, fontSize: 11 };

/** Text split into pages: each '\f' starts a page, long lines wrap, full pages continue on the next. */
function paginate(text: string, options: PdfOptions = {}): PdfPage[] {
  const { width, height, margin, fontSize } = { ...DEFAULTS, ...options };
  const perLine = Math.max(20, Math.floor((width - 2 * margin) / (fontSize * 0.5)));
  const perPage = Math.max(1, Math.floor((height - 2 * margin) / (fontSize * 1.3)));
  const pages: PdfPage[] = [];
  for (const block of text.split('\f')) {
    const lines = block.split('\n').flatMap((line) => wrap(line, perLine));
    for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pages.push({ lines: lines.slice(i, i + perPage) });
  }
  return pages;
}

function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width) > 0 ? rest.lastIndexOf(' ', width) : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}

function escapeText(line: string): string {
  return line.replace(/[^\x20-\x7e\xa0-\xff]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}

export function textToPdf(text: string, options: PdfOptions = {}): Buffer {
  const { width, height, margin, fontSize } = { ...DEFAULTS, ...options };
  const pages = paginate(text, options);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, i) => {
    const leading = (fontSize * 1.3).toFixed(2);
    const body = page.lines.map((line) => `(${escapeText(line)}) Tj T*`).join('\n');
    const stream = `BT /F1 ${fontSize} Tf ${leading} TL ${margin} ${(height - margin).toFixed(2)} Td\n${body}\nET`;
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
