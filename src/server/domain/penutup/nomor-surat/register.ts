/**
 * The register of issued letter numbers for one year (data, stored by the caller). Pure functions: the caller holds
 * the document lock while it reads the register, calls issueNumber and writes the new register back.
 *
 * A (year, urut) pair is issued at most once: urut always follows the register's lastIssued, the register only moves
 * forward in years, and lastIssued can only be raised. Changing the format therefore never re-issues a number.
 */
import { formatTanggal } from '../../format/tanggal';
import { wibParts } from '../../zona-waktu';
import { parseNumberFormat, renderNumber } from './format-nomor';

export interface IssuedNumber {
  nomor: string;
  urut: number;
  /** ISO 8601 instant of issue */
  at: string;
  /** who asked (email or name) */
  by: string;
  /** what the number is for (perihal) */
  purpose: string;
}

export interface NumberRegister {
  tahun: number;
  lastIssued: number;
  issued: IssuedNumber[];
}

export interface NumberRequest {
  /** e.g. "{kode}/{urut}/{tahun}" */
  format: string;
  /** kode klasifikasi arsip, e.g. "061.1" */
  kode: string;
  unit?: string;
  at: Date;
  by: string;
  purpose: string;
}

export type RegisterResult = { ok: true; register: NumberRegister } | { ok: false; alasan: string[] };

export type IssueResult =
  | {
      ok: true;
      register: NumberRegister;
      nomor: string;
      entry: IssuedNumber;
      /** the previous year's register when this request opened a new year; the caller archives it */
      closedRegister: NumberRegister | null;
    }
  | { ok: false; alasan: string[] };

/** A register for a year, optionally continuing from numbers already issued outside the add-in (lastIssued). */
export function startRegister(tahun: number, lastIssued = 0): RegisterResult {
  return checkRegister({ tahun, lastIssued, issued: [] });
}

/** Validates a stored register (shape and consistency) before it is trusted. */
export function checkRegister(data: unknown): RegisterResult {
  const r = (data ?? {}) as Partial<NumberRegister>;
  const alasan: string[] = [];
  if (!Number.isInteger(r.tahun) || (r.tahun as number) < 1900 || (r.tahun as number) > 9999) {
    alasan.push(`Register nomor surat: tahun harus bilangan bulat empat angka, tertulis ${JSON.stringify(r.tahun)}.`);
  }
  if (!Number.isInteger(r.lastIssued) || (r.lastIssued as number) < 0) {
    alasan.push(
      `Register nomor surat: nomor terakhir harus bilangan bulat 0 atau lebih, tertulis ${JSON.stringify(r.lastIssued)}.`,
    );
  }
  if (!Array.isArray(r.issued)) {
    alasan.push('Register nomor surat: daftar nomor yang sudah keluar (issued) tidak ada.');
  } else if (alasan.length === 0) {
    alasan.push(...checkIssued(r as NumberRegister));
  }
  return alasan.length > 0 ? { ok: false, alasan } : { ok: true, register: r as NumberRegister };
}

export function issueNumber(register: NumberRegister, request: NumberRequest): IssueResult {
  const checked = checkRegister(register);
  if (!checked.ok) return checked;
  const parsed = parseNumberFormat(request.format);
  const alasan = parsed.ok ? [] : [...parsed.alasan];
  if (request.by.trim() === '') alasan.push('Peminta nomor surat kosong.');
  if (request.purpose.trim() === '') alasan.push('Perihal (keperluan) nomor surat kosong.');
  if (Number.isNaN(request.at.getTime())) {
    alasan.push('Waktu permintaan nomor surat tidak valid.');
    return { ok: false, alasan };
  }

  const when = wibParts(request.at);
  if (when.year < register.tahun) {
    alasan.push(
      `Tanggal permintaan (${formatTanggal(request.at)}) jatuh sebelum tahun register nomor surat ` +
        `(${register.tahun}); nomor tahun yang sudah ditutup tidak dapat dikeluarkan lagi.`,
    );
  }
  if (!parsed.ok || alasan.length > 0) return { ok: false, alasan };

  const rollsOver = when.year > register.tahun;
  const current: NumberRegister = rollsOver ? { tahun: when.year, lastIssued: 0, issued: [] } : register;
  const urut = current.lastIssued + 1;
  const rendered = renderNumber(parsed.format, {
    kode: request.kode,
    unit: request.unit,
    urut,
    bulan: when.month,
    tahun: when.year,
  });
  if (!rendered.ok) return rendered;
  if (current.issued.some((e) => e.nomor === rendered.nomor)) {
    return {
      ok: false,
      alasan: [`Nomor ${rendered.nomor} sudah pernah dikeluarkan tahun ${current.tahun}; periksa format nomor surat.`],
    };
  }

  const entry: IssuedNumber = {
    nomor: rendered.nomor,
    urut,
    at: request.at.toISOString(),
    by: request.by.trim(),
    purpose: request.purpose.trim(),
  };
  return {
    ok: true,
    register: { tahun: current.tahun, lastIssued: urut, issued: [...current.issued, entry] },
    nomor: rendered.nomor,
    entry,
    closedRegister: rollsOver ? register : null,
  };
}

/** Continue numbering after `lastIssued` (numbers given out by hand); never lowers it, so nothing is re-issued. */
export function raiseLastIssued(register: NumberRegister, lastIssued: number): RegisterResult {
  if (!Number.isInteger(lastIssued) || lastIssued < register.lastIssued) {
    return {
      ok: false,
      alasan: [
        `Nomor terakhir hanya dapat dinaikkan (sekarang ${register.lastIssued}, diminta ${lastIssued}): ` +
          'nomor yang sudah keluar tidak boleh dipakai lagi.',
      ],
    };
  }
  return checkRegister({ ...register, lastIssued });
}

function checkIssued(register: NumberRegister): string[] {
  const alasan: string[] = [];
  const seenUrut = new Set<number>();
  const seenNomor = new Set<string>();
  register.issued.forEach((entry, i) => {
    const row = `Register nomor surat ${register.tahun}, baris ${i + 1}`;
    if (!Number.isInteger(entry?.urut) || entry.urut < 1 || entry.urut > register.lastIssued) {
      alasan.push(`${row}: nomor urut ${entry?.urut} di luar 1–${register.lastIssued} (nomor terakhir).`);
    } else if (seenUrut.has(entry.urut)) {
      alasan.push(`${row}: nomor urut ${entry.urut} tercatat lebih dari sekali.`);
    }
    if (typeof entry?.nomor !== 'string' || entry.nomor === '') {
      alasan.push(`${row}: nomor surat kosong.`);
    } else if (seenNomor.has(entry.nomor)) {
      alasan.push(`${row}: nomor ${entry.nomor} tercatat lebih dari sekali.`);
    }
    seenUrut.add(entry?.urut);
    seenNomor.add(entry?.nomor);
  });
  return alasan;
}
