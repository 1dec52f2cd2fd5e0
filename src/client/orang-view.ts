import type { OrangPanel } from '../shared/api';
import { el } from './dom';

/** "Nama (Jabatan)" with the address only on hover: people read names, the address is there when needed. */
export function namaOrang(o: OrangPanel, className = 'orang'): HTMLSpanElement {
  const span = el('span', className, o.jabatan ? `${o.nama} (${o.jabatan})` : o.nama);
  if (o.email) span.title = o.email;
  return span;
}
