const ROMAN_STEPS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1–3999 as a Roman numeral (triwulan "II", bab "IV", golongan). */
export function angkaRomawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`Angka Romawi hanya untuk bilangan bulat 1–3999, tertulis ${n}.`);
  }
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN_STEPS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Month 1–12 as used in letter numbers: 8 -> "VIII". */
export function bulanRomawi(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Bulan harus 1–12, tertulis ${month}.`);
  }
  return angkaRomawi(month);
}
