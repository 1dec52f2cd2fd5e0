/**
 * Rounds half away from zero to `desimal` places as the value reads in decimal: 90.995 → 91, 1.005 → 1.01
 * (plain Math.round(x * 100) / 100 gives 90.99 and 1 because 90.995 * 100 is 9099.499999…). The same rounding as
 * the Indonesian number formatter, so a rounded value and its printed form always agree.
 */
export { bulatkan } from '../format/bilangan';
