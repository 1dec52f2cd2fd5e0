import { createContext, runInContext } from 'node:vm';
import { Fake, type CallTable } from './fake';
import { REAL_ERRORS } from './faults';
import { LatencyModel } from './latency';
import type { Realm } from './realm';
import { FakeService } from './service';
import { World } from './world';

class FakeCounter extends Fake {
  readonly typeName = 'Counter';
  value = 0;
  getValue(): number {
    return this.value;
  }
  setValue(v: number): FakeCounter {
    this.value = v;
    return this;
  }
  getStamp(): Date {
    return new Date(Date.UTC(2026, 7, 12));
  }
  getGrid(): number[][] {
    return [[1, 2]];
  }
  takesArray(rows: unknown[][]): boolean {
    return Array.isArray(rows) && rows[0] instanceof Array;
  }
  sibling(): FakeCounter {
    return new FakeCounter();
  }
  isSame(other: FakeCounter): boolean {
    return other === this;
  }
}

function setup() {
  const world = new World();
  const counter = world.expose('CounterApp', new FakeCounter());
  return { world, counter };
}

describe('call log', () => {
  it('records service, type, method, cost class, argument size, execution and user of every call', () => {
    const { world, counter } = setup();
    world.run({ user: 'a@contoh.go.id' }, () => {
      counter.setValue(3);
      counter.getValue();
    });
    expect(world.calls.records).toEqual([
      expect.objectContaining({
        seq: 1,
        service: 'CounterApp',
        type: 'Counter',
        method: 'setValue',
        costClass: 'write',
        argsSize: 1,
        user: 'a@contoh.go.id',
      }),
      expect.objectContaining({ seq: 2, method: 'getValue', costClass: 'read' }),
    ]);
    expect(world.calls.count({ costClass: 'read' })).toBe(1);
  });

  it('counts the cells of a 2-D argument as its size', () => {
    const { world, counter } = setup();
    counter.takesArray([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(world.calls.records[0].argsSize).toBe(6);
  });

  it('records calls on objects a fake returns, under the same service', () => {
    const { world, counter } = setup();
    counter.sibling().getValue();
    expect(world.calls.records.map((r) => `${r.service}.${r.method}`)).toEqual([
      'CounterApp.sibling',
      'CounterApp.getValue',
    ]);
  });

  it('hands the fake its own object back when the script passes a returned object as an argument', () => {
    const { counter } = setup();
    const same = counter.setValue(1);
    expect(counter.isSame(same)).toBe(true);
  });
});

class FakeClerk extends FakeService {
  readonly typeName = 'Clerk';
  static override readonly calls: CallTable = {
    cost: 'drive',
    methods: { local: ['getId'], mail: ['notify'] },
    withoutAuth: ['getId'],
  };
  getId(): string {
    return 'clerk-1';
  }
  getUser(): string {
    return this.world.execution.user;
  }
  notify(): void {}
}

describe('call table', () => {
  it("prices each method by its class's table: the listed class, else the table's default", () => {
    const world = new World();
    const clerk = world.expose('ClerkApp', new FakeClerk(world));
    clerk.getId();
    clerk.notify();
    clerk.getUser();
    expect(world.calls.records.map((r) => `${r.method}:${r.costClass}`)).toEqual([
      'getId:local',
      'notify:mail',
      'getUser:drive',
    ]);
  });

  it('lets only the listed methods run in AuthMode.NONE', () => {
    const world = new World();
    const clerk = world.expose('ClerkApp', new FakeClerk(world));
    expect(world.run({ authMode: 'NONE' }, () => clerk.getId())).toBe('clerk-1');
    expect(() => world.run({ authMode: 'NONE' }, () => clerk.getUser())).toThrow(/permission/);
  });

  it("keeps a service's world out of the script's reach", () => {
    const world = new World();
    const clerk = world.expose('ClerkApp', new FakeClerk(world));
    expect((clerk as unknown as { world: unknown }).world).toBeUndefined();
    expect(world.run({ user: 'a@contoh.go.id' }, () => clerk.getUser())).toBe('a@contoh.go.id');
  });
});

describe('latency model', () => {
  it('prices each call by its class, plus a small per-cell cost for batch reads and writes', () => {
    const { world, counter } = setup();
    counter.getValue();
    counter.setValue(1);
    const model = new LatencyModel(
      { ...new LatencyModel().costs, read: 100, write: 200 },
      { read: 0.5, write: 0.25, api: 0 },
    );
    expect(model.seconds(world.calls.records)).toBeCloseTo((100 + 0.5 + 200 + 0.25) / 1000);
  });

  it('reports a batch write as far cheaper than the same cells written one call each', () => {
    const { world, counter } = setup();
    const model = new LatencyModel();
    const grid = Array.from({ length: 100 }, () => Array.from({ length: 40 }, () => 1));
    let m = world.calls.mark();
    counter.takesArray(grid);
    const batch = model.seconds(world.calls.since(m));
    m = world.calls.mark();
    for (let i = 0; i < 4000; i++) counter.setValue(i);
    const perCell = model.seconds(world.calls.since(m));
    expect(perCell / batch).toBeGreaterThan(50);
  });

  it('breaks a run down per cost class', () => {
    const { world, counter } = setup();
    counter.getValue();
    counter.getValue();
    const b = new LatencyModel().breakdown(world.calls.records);
    expect(b.read.calls).toBe(2);
    expect(b.write.calls).toBe(0);
  });
});

describe('fault injection', () => {
  it('fails the Nth call with the real error text, before it takes effect', () => {
    const { world, counter } = setup();
    world.faults.failAt(2, (c) => REAL_ERRORS.serviceSpreadsheets(`doc-${c.seq}`));
    counter.setValue(1);
    expect(() => counter.setValue(2)).toThrow('Service Spreadsheets failed while accessing document with id doc-2.');
    expect(counter.getValue()).toBe(1);
  });

  it('fails every call matching a pattern, as many times as asked', () => {
    const { world, counter } = setup();
    world.faults.failOn(/Counter\.setValue$/, REAL_ERRORS.tooManyCalls, 2);
    expect(() => counter.setValue(1)).toThrow(REAL_ERRORS.tooManyCalls);
    expect(() => counter.setValue(1)).toThrow(REAL_ERRORS.tooManyCalls);
    expect(() => counter.setValue(1)).not.toThrow();
    expect(() => counter.getValue()).not.toThrow();
  });

  it('fails calls matching a filter', () => {
    const { world, counter } = setup();
    world.faults.failOn({ costClass: 'read' }, REAL_ERRORS.maxExecutionTime);
    expect(() => counter.getValue()).toThrow(REAL_ERRORS.maxExecutionTime);
    expect(() => counter.setValue(1)).not.toThrow();
  });
});

describe('AuthMode.NONE', () => {
  it('refuses every service call not marked as allowed without authorization', () => {
    const { world, counter } = setup();
    expect(() => world.run({ authMode: 'NONE' }, () => counter.getValue())).toThrow(/permission/);
    expect(world.run({ authMode: 'LIMITED' }, () => counter.getValue())).toBe(0);
  });
});

describe('realm boundary', () => {
  it('gives the script Dates, arrays and errors of its own realm', () => {
    const { world, counter } = setup();
    const context = createContext({ counter });
    world.realm = runInContext('({ Array, Date, Object, Error })', context) as Realm;
    const seen = runInContext(
      `var out = {};
       out.date = counter.getStamp() instanceof Date;
       out.rows = counter.getGrid() instanceof Array && counter.getGrid()[0] instanceof Array;
       out.argIsHostArray = counter.takesArray([[1]]);
       try { counter.missingMethod(); } catch (e) { out.typeError = e instanceof TypeError; }
       out`,
      context,
    );
    expect(seen).toEqual({ date: true, rows: true, argIsHostArray: true, typeError: true });
  });

  it('throws service errors as Error named Exception in the script realm', () => {
    const { world, counter } = setup();
    const context = createContext({ counter });
    world.realm = runInContext('({ Array, Date, Object, Error })', context) as Realm;
    world.faults.failOn({ method: 'getValue' }, 'boom');
    const seen = runInContext(
      'try { counter.getValue(); } catch (e) { ({ isError: e instanceof Error, name: e.name, message: e.message }) }',
      context,
    );
    expect(seen).toEqual({ isError: true, name: 'Exception', message: 'boom' });
  });
});

describe('executions', () => {
  it('numbers executions and runs end hooks when one ends, even when it throws', () => {
    const world = new World();
    const ended: number[] = [];
    world.onExecutionEnd((e) => ended.push(e.id));
    world.run({}, () => undefined);
    expect(() =>
      world.run({}, () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(ended).toEqual([1, 2]);
  });

  it('gives deterministic ids per prefix', () => {
    const world = new World();
    expect([world.newId('ss'), world.newId('ss'), world.newId('doc')]).toEqual(['ss-0001', 'ss-0002', 'doc-0001']);
  });
});
