import { AKSI } from './aksi';
import { ujiSapuan } from './uji-sapuan';

ujiSapuan('tujuh aksi utama', AKSI, 'berhenti');
