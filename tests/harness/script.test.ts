import { World } from '../emulator';
import { LoadedScript } from './script';

describe('harness', () => {
  it("makes the script's Date follow the world clock", () => {
    const world = new World(Date.UTC(2026, 7, 14, 7, 0));
    const script = new LoadedScript(world, '');
    const read = () => script.evaluate('[new Date().getTime(), Date.now(), new Date(0).getTime()]') as number[];
    expect(read()).toEqual([Date.UTC(2026, 7, 14, 7, 0), Date.UTC(2026, 7, 14, 7, 0), 0]);
    world.clock.advance(60_000);
    expect(read()[0]).toBe(Date.UTC(2026, 7, 14, 7, 1));
  });

  it('gives the script no require, process or Buffer', () => {
    const script = new LoadedScript(new World(), '');
    expect(script.evaluate('[typeof require, typeof process, typeof Buffer]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
  });
});
