/**
 * Letter-number format strings such as "{kode}/{urut}/{tahun}" or "{kode}/{urut}/{unit}/{bulan}/{tahun}".
 * {bulan} is written in Roman numerals, as in Indonesian letter numbers ("000.8/8/Sekre/VIII/2026").
 */
import { bulanRomawi } from '../../format/romawi';

const PLACEHOLDERS = ['kode', 'urut', 'unit', 'bulan', 'tahun'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

type FormatPart = { literal: string } | { placeholder: Placeholder };

export interface NumberFormat {
  source: string;
  parts: FormatPart[];
}

export type FormatResult = { ok: true; format: NumberFormat } | { ok: false; alasan: string[] };

export interface NumberValues {
  kode: string;
  urut: number;
  unit?: string;
  /** 1–12 */
  bulan: number;
  tahun: number;
}

export type RenderResult = { ok: true; nomor: string } | { ok: false; alasan: string[] };

export function parseNumberFormat(source: string): FormatResult {
  const where = `Format nomor surat "${source}"`;
  if (source.trim() === '') return { ok: false, alasan: ['Format nomor surat kosong.'] };

  const alasan: string[] = [];
  const parts: FormatPart[] = [];
  let literal = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '}') {
      alasan.push(`${where}: tanda "}" pada posisi ${i + 1} tidak didahului "{".`);
      i++;
    } else if (ch !== '{') {
      literal += ch;
      i++;
    } else {
      const close = source.indexOf('}', i);
      const nextOpen = source.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        alasan.push(`${where}: tanda "{" pada posisi ${i + 1} tidak ditutup dengan "}".`);
        i++;
        continue;
      }
      const name = source
        .slice(i + 1, close)
        .trim()
        .toLowerCase();
      if (isPlaceholder(name)) {
        if (literal) parts.push({ literal });
        literal = '';
        parts.push({ placeholder: name });
      } else {
        alasan.push(
          `${where}: bagian ${source.slice(i, close + 1)} tidak dikenal; yang dapat dipakai: ` +
            PLACEHOLDERS.map((p) => `{${p}}`).join(', ') +
            '.',
        );
      }
      i = close + 1;
    }
  }
  if (literal) parts.push({ literal });

  const urutCount = parts.filter((p) => 'placeholder' in p && p.placeholder === 'urut').length;
  if (urutCount === 0) alasan.push(`${where}: wajib memuat {urut} (nomor urut surat).`);
  if (urutCount > 1) alasan.push(`${where}: {urut} hanya boleh dipakai satu kali.`);

  return alasan.length > 0 ? { ok: false, alasan } : { ok: true, format: { source, parts } };
}

export function renderNumber(format: NumberFormat, values: NumberValues): RenderResult {
  const alasan: string[] = [];
  const text = format.parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      switch (part.placeholder) {
        case 'urut':
          return String(values.urut);
        case 'bulan':
          return bulanRomawi(values.bulan);
        case 'tahun':
          return String(values.tahun);
        case 'kode':
          return requireText(values.kode, '{kode}', 'kode klasifikasi', alasan);
        case 'unit':
          return requireText(values.unit, '{unit}', 'kode unit', alasan);
      }
    })
    .join('');
  return alasan.length > 0 ? { ok: false, alasan } : { ok: true, nomor: text };
}

function requireText(value: string | undefined, placeholder: string, label: string, alasan: string[]): string {
  const text = (value ?? '').trim();
  if (text === '') alasan.push(`Format nomor surat memakai ${placeholder} tetapi ${label} kosong.`);
  return text;
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}
