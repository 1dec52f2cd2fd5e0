/** People as the panel names them: by name and jabatan from Pengaturan, the address kept for the hover text. Pure. */
import type { OrangPanel } from '../../../shared/api';
import type { Pengaturan } from '../pengaturan/types';

export function orangPanel(p: Pengaturan, email: string): OrangPanel {
  const alamat = email.trim();
  const orang = p.orang.find((o) => o.email.trim().toLowerCase() === alamat.toLowerCase());
  return { nama: orang?.nama.trim() || alamat, jabatan: orang?.jabatan.trim() ?? '', email: alamat };
}
