import kalenderKerja from '../../../../sheets-templates/kalender-kerja.json';
import { WorkingCalendar } from './kalender';
import { parseWorkingCalendar } from './kalender-schema';

/** The national default calendar shipped in sheets-templates/kalender-kerja.json, checked on load. */
export function defaultWorkingCalendar(): WorkingCalendar {
  return parseWorkingCalendar(kalenderKerja, 'sheets-templates/kalender-kerja.json');
}
