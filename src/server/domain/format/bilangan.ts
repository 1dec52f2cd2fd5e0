/**
 * Indonesian number notation: "." groups thousands, "," separates decimals ("1.234,56"), a leading "-" for negatives.
 * Rounding is half away from zero on the decimal value as written (1,005 -> 1,01), which is what people expect when they
 * check a table by hand; plain toFixed would give 1,00 because of binary floating point.
 */
export interface FormatAngkaOptions {
  /** at most this many decimals (default 2) */
  maksimumDesimal?: number;
  /** at least this many decimals, padded with zeros (default 0) */
  minimumDesimal?: number;
}

export function formatAngka(value: number, options: FormatAngkaOptions = {}): string {
  const maks = options.maksimumDesimal ?? 2;
  const min = Math.min(options.minimumDesimal ?? 0, maks);
  checkDecimals(maks);
  checkDecimals(min);
  if (!Number.isFinite(value)) throw new RangeError(`Bukan bilangan yang dapat ditulis: ${value}`);

  const scaled = roundHalfAwayFromZero(Math.abs(value), maks);
  const digits = String(scaled).padStart(maks + 1, '0');
  const intPart = digits.slice(0, digits.length - maks);
  let fraction = digits.slice(digits.length - maks);
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);

  const sign = value < 0 && scaled !== 0 ? '-' : '';
  return sign + groupThousands(intPart) + (fraction ? ',' + fraction : '');
}

/**
 * "87,50%": the percent sign is written right after the number (EYD: "1%", "10 persen"), which is also how LKjIP
 * narratives write capaian. In tables the header says "Capaian (%)" and cells hold the bare number (formatAngka).
 */
export function formatPersen(value: number, options: FormatAngkaOptions = { minimumDesimal: 2 }): string {
  return formatAngka(value, options) + '%';
}

/** The cell text for an optional number: "-" when there is none. */
export function formatAngkaAtauStrip(value: number | null, options?: FormatAngkaOptions): string {
  return value === null ? '-' : formatAngka(value, options);
}

function roundHalfAwayFromZero(abs: number, decimals: number): number {
  // Shift the decimal point in the shortest decimal representation, not by multiplying the binary value.
  const [mantissa, exponent] = abs.toExponential().split('e');
  return Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
}

/** `value` rounded half away from zero to `decimals` places, as the value reads in decimal (1.005 -> 1.01). */
export function bulatkan(value: number, decimals: number): number {
  return (Math.sign(value) * roundHalfAwayFromZero(Math.abs(value), decimals)) / 10 ** decimals || 0;
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function checkDecimals(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new RangeError(`Jumlah desimal harus bilangan bulat 0–10, tertulis ${n}.`);
  }
}
