/**
 * Executions truly at once (worker threads, the lock deciding who waits) and a person typing while an action runs:
 * every update kept, nothing done twice. Prints how many cases hold.
 */
import { isiRealisasi } from '../integration/dokumen-siklus';
import { kantor, jumat, SEK_TIM } from '../integration/surat-arsip-siklus';
import { siklus as siklusValidasi, validasiUnit, KABID, KOL, STAF } from '../integration/validasi-siklus';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { sentMails } from '../emulator/services/mail';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { tugas } from '../harness/panggil';
import { buatSiklus, oleh } from '../harness/siklus';

interface Kasus {
  nama: string;
  /** what went wrong, or null */
  periksa: () => Promise<string | null>;
}

const di = (user: string, activeSpreadsheetId: string) => ({ user, activeSpreadsheetId });
const galat = (hasil: readonly { error?: string }[]) => hasil.flatMap((h) => (h.error ? [h.error] : []));

const KASUS: Kasus[] = [
  {
    nama: 'Konsolidasi sementara Kabid menandai baris',
    periksa: async () => {
      const s = siklusValidasi();
      const baris = Array.from({ length: s.barisData('PJRS') }, (_, i) => i + 2);
      s.world.clock.set(agu(18, 10));
      const hasil = await s.bersamaan(
        tugas('konsolidasi', di(ORANG.anggota, s.id), s.id),
        tugas('tandaiBanyakBaris', di(KABID.PJRS, s.id), s.id, 'PJRS', baris, 'Valid'),
      );
      const ids = s.idLog();
      if (galat(hasil).length) return galat(hasil).join('; ');
      if (!ids.some((id) => id.startsWith('rekap-disusun'))) return 'Rekap tidak tercatat';
      if (baris.some((b) => s.sel('PJRS', `${KOL.validasi}${b}`) !== 'Valid')) return 'tanda Kabid hilang';
      return null;
    },
  },
  {
    nama: 'dua pengiriman formulir',
    periksa: async () => {
      const s = buatSiklus({ batas: '2026-08-21 16:00' });
      s.world.clock.set(agu(12, 10));
      const hasil = await s.bersamaan(
        tugas('kirimFormulir', di(ORANG.anggota, s.id), s.id),
        tugas('kirimFormulir', di(ORANG.sekTim, s.id), s.id),
      );
      if (galat(hasil).length) return galat(hasil).join('; ');
      const per = new Map<string, number>();
      for (const m of sentMails(s.world)) for (const to of m.to) per.set(to, (per.get(to) ?? 0) + 1);
      const dua = [...per].filter(([, n]) => n > 1).map(([to]) => to);
      return dua.length ? `surel ganda ke ${dua.join(', ')}` : per.size ? null : 'tidak ada surel';
    },
  },
  {
    nama: 'nomor surat diminta dua siklus',
    periksa: async () => {
      const k = kantor();
      k.world.clock.set(jumat(14));
      const hasil = await k.bersamaan(
        tugas('mintaNomorSurat', di(SEK_TIM, k.tw2), k.tw2),
        tugas('mintaNomorSurat', di(ORANG.anggota, k.tw3), k.tw3),
      );
      if (galat(hasil).length) return galat(hasil).join('; ');
      const nomor = hasil.map((h) => h.result?.nomor);
      return new Set(nomor).size === 2 ? null : `nomor sama: ${nomor.join(', ')}`;
    },
  },
  {
    nama: 'dua pembuatan dokumen',
    periksa: async () => {
      const s = buatSiklus();
      isiRealisasi(s);
      s.panggil('konsolidasi', oleh(ORANG.anggota, agu(19, 14)));
      s.world.clock.set(agu(19, 15));
      const hasil = await s.bersamaan(
        tugas('buatDokumenPengukuranKinerja', di(ORANG.sekTim, s.id), s.id),
        tugas('buatDokumenPengukuranKinerja', di(ORANG.anggota, s.id), s.id),
      );
      if (galat(hasil).length) return galat(hasil).join('; ');
      const versi = s.log().filter((b) => b.aksi === 'dokumen-dibuat');
      return versi.length === 1 ? null : `${versi.length} versi dokumen`;
    },
  },
  {
    nama: 'staf mengetik saat Rekap ditulis',
    periksa: async () => {
      const s = siklusValidasi({ pemicu: false });
      UNIT.forEach((kode, i) => validasiUnit(s, kode, agu(18, 9) + i * 60_000));
      // the forms are read; just before the Rekap is written, a staff member changes a realisasi
      s.world.meanwhileAt(
        (c) => c.method === 'setValues' && (c.cells ?? 0) > 100,
        () => userEdit(s.world, s.id, 'Form PJRS', `${KOL.realisasi}2`, [['77']], STAF.PJRS),
      );
      s.panggil('konsolidasi', oleh(ORANG.anggota, agu(18, 12)));
      if (String(s.sel('PJRS', `${KOL.realisasi}2`)) !== '77') return 'ketikan staf hilang';
      try {
        s.panggil('buatDokumenPengukuranKinerja', oleh(ORANG.sekTim, agu(18, 13)));
        return 'dokumen dibuat dari Rekap yang lebih lama dari formulir';
      } catch (e) {
        const pesan = (e as Error).message;
        return /belum memuat Rekap terbaru|berubah sesudah unitnya disahkan/.test(pesan) ? null : pesan;
      }
    },
  },
];

const hasil: { nama: string; masalah: string | null }[] = [];

afterAll(() => {
  const aman = hasil.filter((h) => h.masalah === null).length;
  console.log(
    `Bersamaan: ${aman} aman / ${hasil.length}\n` + hasil.map((h) => `- ${h.nama}: ${h.masalah ?? 'aman'}`).join('\n'),
  );
});

describe('executions at once and people typing meanwhile keep every update', () => {
  for (const k of KASUS) {
    it(k.nama, async () => {
      const masalah = await k.periksa();
      hasil.push({ nama: k.nama, masalah });
      expect(masalah).toBeNull();
    });
  }
});
