import { AKSI_SIKLUS } from './aksi-siklus';
import { ujiSapuan } from './uji-sapuan';

ujiSapuan('langkah 3–8, pemicu edit', AKSI_SIKLUS, 'sekali');
