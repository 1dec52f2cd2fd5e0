import type { World } from './core/world';

/**
 * The global objects a script sees, each behind the world's recording proxy. Each service module adds its entry.
 * The order does not matter; names are the Apps Script global names.
 */
const SERVICES: [name: string, create: (world: World) => object][] = [];

export function createGlobals(world: World): Record<string, object> {
  const globals: Record<string, object> = {};
  for (const [name, create] of SERVICES) globals[name] = world.expose(name, create(world));
  return globals;
}

export { World } from './core/world';
