import { createContext, runInContext } from 'node:vm';
import { StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import {
  BarisLog,
  JUDUL_URAIAN_AKSI,
  KOLOM_LOG,
  bacaLog,
  barisLogKeEvent,
  eventKeBarisLog,
  selBarisLog,
} from '../../../src/server/domain/pelacakan/log';
import { proyeksiPelacakan } from '../../../src/server/domain/pelacakan/proyeksi';
import { KALENDER, LANGKAH, PERINGATAN, TAB_LOG, agu, logSkenario } from './fixture';

const judul = TAB_LOG.kolom.map((k) => k.judul);
const sel = (log: BarisLog[]) => [judul, ...log.map((b) => selBarisLog(judul, b))];

describe('the Log tab', () => {
  it('has the headers Waktu, Pengguna, Aksi (the code, hidden), Uraian aksi (the words), Langkah, Rincian, ID, Segel (hidden)', () => {
    expect(judul).toEqual(['Waktu', 'Pengguna', 'Aksi', 'Uraian aksi', 'Langkah', 'Rincian', 'ID', 'Segel']);
    expect(TAB_LOG.kolom.filter((k) => k.tersembunyi).map((k) => k.judul)).toEqual([KOLOM_LOG.aksi, 'Segel']);
  });

  it('writes the action in words beside its code, and reads the code', () => {
    const baris: BarisLog = {
      waktu: agu(19, 9),
      pengguna: 'a@contoh.go.id',
      aksi: 'rekap-disusun',
      langkah: 6,
      rincian: '',
      id: 'r1',
    };
    const [, isi] = sel([baris]);
    expect([isi[judul.indexOf(KOLOM_LOG.aksi)], isi[judul.indexOf(JUDUL_URAIAN_AKSI)]]).toEqual([
      'rekap-disusun',
      'Rekap disusun',
    ]);
    expect(bacaLog([judul, isi], TAB_LOG).baris).toEqual([baris]);
  });

  it('reads and appends to a Log written before the Uraian aksi column, under its own headers', () => {
    const lama = Object.values(KOLOM_LOG);
    const log = logSkenario().slice(0, 3);
    const isi = [lama, ...log.map((b) => selBarisLog(lama, b))];
    expect(isi.every((r) => r.length === lama.length)).toBe(true);
    expect(bacaLog(isi, TAB_LOG).baris).toEqual(log);
  });

  it('turns a step event into a Log row and back', () => {
    const event: StepEvent = {
      id: 'L6-selesai-1',
      type: 'selesai',
      step: 6,
      by: 'a@contoh.go.id',
      at: agu(18, 9),
      note: 'lengkap',
    };
    const baris = eventKeBarisLog(event);
    expect(baris).toEqual({
      waktu: agu(18, 9),
      pengguna: 'a@contoh.go.id',
      aksi: 'selesai',
      langkah: 6,
      rincian: 'lengkap',
      id: 'L6-selesai-1',
    });
    expect(barisLogKeEvent(baris)).toEqual(event);
    expect(barisLogKeEvent({ ...baris, aksi: 'formulir-dikirim' })).toBeNull();
  });

  it('round-trips every row, step events and other actions, through the cells of the tab', () => {
    const log = logSkenario();
    const dibaca = bacaLog(sel(log), TAB_LOG);
    expect(dibaca.baris).toEqual(log);
    expect(dibaca.events).toHaveLength(28);
    expect(dibaca.baris.map((b) => b.aksi)).toContain('siklus-dibuat');
  });

  it('rebuilds the same Pelacakan from the Log read back as from the rows written', () => {
    const log = logSkenario(agu(19, 12));
    const proyeksi = (l: BarisLog[]) =>
      proyeksiPelacakan({ langkah: LANGKAH, log: l, kalender: KALENDER, nowMs: agu(19, 12), peringatan: PERINGATAN });
    expect(proyeksi(bacaLog(sel(log), TAB_LOG).baris)).toEqual(proyeksi(log));
  });

  it('reads columns by header name, whatever their order', () => {
    const log = logSkenario().slice(0, 3);
    const urutan = [5, 3, 6, 1, 0, 4, 2];
    const acak = sel(log).map((row) => urutan.map((i) => row[i]));
    expect(bacaLog(acak, TAB_LOG).baris).toEqual(log);
  });

  it('writes Waktu as a date and neutralises text that would become a formula', () => {
    const [waktu, pengguna, aksi, , langkah, rincian, id] = selBarisLog(judul, {
      waktu: agu(12, 8),
      pengguna: 'a@contoh.go.id',
      aksi: 'formulir-dikirim',
      langkah: null,
      rincian: '=IMPORTRANGE("https://x","A1")',
      id: 'f1',
    });
    expect(waktu).toEqual(new Date(agu(12, 8)));
    expect([pengguna, aksi, langkah, rincian, id]).toEqual([
      'a@contoh.go.id',
      'formulir-dikirim',
      '',
      `'=IMPORTRANGE("https://x","A1")`,
      'f1',
    ]);
  });

  it('accepts dates of the script realm (getValues hands over the script realm Date)', () => {
    const ScriptDate = runInContext('Date', createContext({})) as DateConstructor;
    const row = [new ScriptDate(agu(12, 8)), 'a@contoh.go.id', 'mulai', 'Langkah dimulai', 1, '', 'L1-mulai-1'];
    expect(bacaLog([judul, row], TAB_LOG).events[0].at).toBe(agu(12, 8));
  });

  it('skips empty rows', () => {
    const rows = sel(logSkenario().slice(0, 2));
    expect(bacaLog([...rows.slice(0, 2), ['', '', '', '', '', ''], rows[2]], TAB_LOG).baris).toHaveLength(2);
    expect(bacaLog([], TAB_LOG).baris).toEqual([]);
  });

  it('refuses a bad Log naming tab, row and column of every bad cell', () => {
    const rows = sel(logSkenario().slice(0, 4));
    rows[1][judul.indexOf(KOLOM_LOG.waktu)] = 'kemarin';
    rows[2][judul.indexOf(KOLOM_LOG.id)] = '';
    rows[4][judul.indexOf(KOLOM_LOG.langkah)] = '';
    expect(() => bacaLog(rows, TAB_LOG)).toThrow(
      [
        'Log tidak bisa dibaca:',
        'Tab "Log" baris 2, kolom "Waktu": "kemarin" bukan tanggal dan jam.',
        'Tab "Log" baris 3, kolom "ID": wajib diisi.',
        'Tab "Log" baris 5, kolom "Langkah": wajib diisi untuk aksi "mulai".',
      ].join('\n'),
    );
  });

  it('refuses a step number that is not a whole number', () => {
    const rows = sel(logSkenario().slice(1, 2));
    rows[1][judul.indexOf(KOLOM_LOG.langkah)] = 'enam';
    expect(() => bacaLog(rows, TAB_LOG)).toThrow('Tab "Log" baris 2, kolom "Langkah": "enam" bukan nomor langkah.');
  });

  it('refuses a Log whose header lacks a column', () => {
    const rows = sel(logSkenario().slice(0, 1)).map((r) => r.slice(0, judul.indexOf(KOLOM_LOG.id)));
    expect(() => bacaLog(rows, TAB_LOG)).toThrow('Tab "Log" baris 1: kolom "ID" tidak ditemukan.');
  });
});
