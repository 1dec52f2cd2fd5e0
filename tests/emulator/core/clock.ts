/** The emulator's clock: time only moves when a test (or Utilities.sleep, or a lock wait) moves it. */
export class FakeClock {
  private ms: number;

  constructor(start: Date | number = Date.UTC(2026, 7, 12, 1, 0, 0)) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.ms;
  }

  set(at: Date | number): void {
    this.ms = typeof at === 'number' ? at : at.getTime();
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('FakeClock cannot go backwards');
    this.ms += ms;
  }
}
