import { Fake } from './fake';
import type { World } from './world';

/**
 * Base of a fake that acts on the world: the global services (SpreadsheetApp, DriveApp, Session ...) and the objects
 * that reach the world's state through it. The world sits in a private field, and the recording proxy hides the
 * `world` getter (HIDDEN_MEMBERS), so the script never sees it.
 */
export abstract class FakeService extends Fake {
  readonly #world: World;

  constructor(world: World) {
    super();
    this.#world = world;
  }

  protected get world(): World {
    return this.#world;
  }
}
