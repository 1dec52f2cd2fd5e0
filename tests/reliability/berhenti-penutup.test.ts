import { AKSI_PENUTUP } from './aksi-penutup';
import { ujiSapuan } from './uji-sapuan';

ujiSapuan('langkah 9–13, pemicu per jam', AKSI_PENUTUP, 'berhenti');
