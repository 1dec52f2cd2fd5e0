import { Fake } from '../core/fake';
import { World } from '../core/world';
import { FakeScriptApp, MAX_TRIGGERS_PER_USER } from './script';
import { dueTriggers, fireDueTriggers, triggersOf } from './triggers';

const SEKRETARIS = 'sakip.sekretaris@contoh.go.id';
const KABID = 'kabid@contoh.go.id';

/** Stands in for the Spreadsheet fake: ScriptApp only needs its id. */
class SheetStub extends Fake {
  readonly typeName = 'Spreadsheet';
  constructor(private readonly id: string) {
    super();
  }
  getId(): string {
    return this.id;
  }
}

function setUp() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0)); // 08:00 WIB
  const ScriptApp = world.expose('ScriptApp', new FakeScriptApp(world));
  const inDoc = <T>(doc: string, fn: () => T, user = SEKRETARIS) => world.run({ user, activeSpreadsheetId: doc }, fn);
  return { world, ScriptApp, inDoc };
}

describe('ScriptApp enums', () => {
  // https://developers.google.com/apps-script/reference/script/auth-mode
  it('AuthMode values compare equal to the auth mode of the running execution', () => {
    const { world, ScriptApp } = setUp();
    world.run({ authMode: 'LIMITED' }, () => {
      expect((world.execution.authMode as unknown) === ScriptApp.AuthMode.LIMITED).toBe(true);
      expect((world.execution.authMode as unknown) === ScriptApp.AuthMode.FULL).toBe(false);
    });
    expect(String(ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(String(ScriptApp.WeekDay.MONDAY)).toBe('MONDAY');
  });
});

describe('ScriptApp installable triggers', () => {
  // https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  it('creates a time-driven trigger that the owner sees in getProjectTriggers', () => {
    const { ScriptApp, inDoc } = setUp();
    const created = inDoc('ss-1', () => ScriptApp.newTrigger('lanjutkanRekap').timeBased().everyHours(1).create());
    const listed = inDoc('ss-1', () => ScriptApp.getProjectTriggers());
    expect(
      listed.map((t) => [t.getUniqueId(), t.getHandlerFunction(), t.getEventType(), t.getTriggerSource()]),
    ).toEqual([[created.getUniqueId(), 'lanjutkanRekap', ScriptApp.EventType.CLOCK, ScriptApp.TriggerSource.CLOCK]]);
    // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers(): current user only
    expect(inDoc('ss-1', () => ScriptApp.getProjectTriggers(), KABID)).toEqual([]);
  });

  it('lists spreadsheet triggers per document and deletes them', () => {
    const { ScriptApp, inDoc } = setUp();
    const trigger = inDoc('ss-1', () =>
      ScriptApp.newTrigger('saatDiubah').forSpreadsheet(new SheetStub('ss-1')).onEdit().create(),
    );
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe('ss-1');
    // https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
    expect(inDoc('ss-1', () => ScriptApp.getUserTriggers(new SheetStub('ss-1')))).toHaveLength(1);
    expect(inDoc('ss-1', () => ScriptApp.getUserTriggers(new SheetStub('ss-2')))).toHaveLength(0);
    inDoc('ss-1', () => ScriptApp.deleteTrigger(trigger));
    expect(inDoc('ss-1', () => ScriptApp.getProjectTriggers())).toEqual([]);
  });

  it('accepts only the documented everyMinutes and everyHours values', () => {
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer):
    // "n: the number of minutes between executions, which must be 1, 5, 10, 15 or 30"
    const { ScriptApp } = setUp();
    const clock = () => ScriptApp.newTrigger('f').timeBased();
    expect(() => clock().everyMinutes(2)).toThrow('The value you passed to everyMinutes was invalid.');
    expect(() => clock().everyHours(3)).toThrow('The value you passed to everyHours was invalid.');
    expect(() => clock().everyHours(12)).not.toThrow();
  });

  it('records create and delete as writes, listing as a read, building as local', () => {
    const { world, ScriptApp, inDoc } = setUp();
    inDoc('ss-1', () => {
      const t = ScriptApp.newTrigger('f').timeBased().everyHours(2).create();
      ScriptApp.getProjectTriggers();
      ScriptApp.deleteTrigger(t);
    });
    expect(world.calls.records.map((r) => `${r.type}.${r.method}:${r.costClass}`)).toEqual([
      'ScriptApp.newTrigger:local',
      'TriggerBuilder.timeBased:local',
      'ClockTriggerBuilder.everyHours:local',
      'ClockTriggerBuilder.create:write',
      'ScriptApp.getProjectTriggers:read',
      'ScriptApp.deleteTrigger:write',
    ]);
  });

  it('refuses more than 20 triggers per user', () => {
    // https://developers.google.com/apps-script/guides/services/quotas: "Triggers: 20 / user / script"
    const { world, ScriptApp, inDoc } = setUp();
    world.runsAsAddOn = false;
    inDoc('ss-1', () => {
      for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++)
        ScriptApp.newTrigger(`f${i}`).timeBased().everyMinutes(5).create();
      expect(() => ScriptApp.newTrigger('lagi').timeBased().everyMinutes(5).create()).toThrow(
        'This script has too many triggers.',
      );
    });
  });
});

describe('Editor add-on trigger limits', () => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers (Restrictions of installable triggers):
  // "Each add-on can only have one trigger of each type, per user, per document."; "Add-ons can only create triggers
  // for the file in which the add-on is used."; "Time-driven triggers cannot run more frequently than once per hour."
  it('allows one trigger of each type per user per document', () => {
    const { ScriptApp, inDoc } = setUp();
    const hourly = () => ScriptApp.newTrigger('lanjutkan').timeBased().everyHours(1).create();
    inDoc('ss-1', hourly);
    expect(() => inDoc('ss-1', hourly)).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => inDoc('ss-1', hourly, KABID)).not.toThrow();
    expect(() => inDoc('ss-2', hourly)).not.toThrow();
    expect(() =>
      inDoc('ss-1', () => ScriptApp.newTrigger('saatDiubah').forSpreadsheet(new SheetStub('ss-1')).onEdit().create()),
    ).not.toThrow();
  });

  it('refuses triggers for another document', () => {
    const { ScriptApp, inDoc } = setUp();
    expect(() =>
      inDoc('ss-1', () => ScriptApp.newTrigger('f').forSpreadsheet(new SheetStub('ss-2')).onOpen().create()),
    ).toThrow('Add-ons can only create triggers for the file in which the add-on is used.');
  });

  it('refuses time-driven triggers more often than hourly, unless the script is not an add-on', () => {
    const { world, ScriptApp, inDoc } = setUp();
    const every5 = () => ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create();
    expect(() => inDoc('ss-1', every5)).toThrow('cannot run more frequently than once per hour');
    world.runsAsAddOn = false;
    expect(() => inDoc('ss-1', every5)).not.toThrow();
  });

  it('lets the add-on create the trigger again after deleting it', () => {
    const { ScriptApp, inDoc } = setUp();
    inDoc('ss-1', () => {
      const t = ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
      ScriptApp.deleteTrigger(t);
      expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).not.toThrow();
    });
  });
});

describe('Firing time-driven triggers on the world clock', () => {
  const HOUR = 3600000;

  it('fires an hourly trigger once per elapsed hour slot, as its owner, without catching up missed runs', () => {
    const { world, ScriptApp, inDoc } = setUp();
    const id = inDoc('ss-1', () =>
      ScriptApp.newTrigger('lanjutkanRekap').timeBased().everyHours(1).create(),
    ).getUniqueId();
    const calls: [string, Record<string, unknown>, string][] = [];
    const call = (handler: string, event: Record<string, unknown>, owner: string) =>
      calls.push([handler, event, owner]);

    world.clock.advance(HOUR / 2);
    expect(dueTriggers(world)).toEqual([]);
    world.clock.advance(HOUR / 2 + 600000); // 02:10Z
    expect(fireDueTriggers(world, call)).toHaveLength(1);
    // https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
    expect(calls[0][0]).toBe('lanjutkanRekap');
    expect(calls[0][2]).toBe(SEKRETARIS);
    expect(calls[0][1]).toMatchObject({ triggerUid: id, hour: 2, minute: 0, timezone: 'UTC', authMode: 'FULL' });
    expect(fireDueTriggers(world, call)).toHaveLength(0);

    world.clock.advance(3 * HOUR); // 05:10Z: three slots passed, it runs once for the latest
    fireDueTriggers(world, call);
    expect(calls.map((c) => c[1].hour)).toEqual([2, 5]);
    expect(triggersOf(world)[0].lastFired).toBe(Date.UTC(2026, 7, 12, 5, 0, 0));
  });

  it('fires a daily trigger at its hour in the script time zone', () => {
    const { world, ScriptApp, inDoc } = setUp();
    inDoc('ss-1', () => ScriptApp.newTrigger('pengingatHarian').timeBased().everyDays(1).atHour(6).create());
    expect(dueTriggers(world)).toEqual([]);
    world.clock.set(Date.UTC(2026, 7, 12, 22, 59)); // 05:59 WIB on the 13th
    expect(dueTriggers(world)).toEqual([]);
    world.clock.set(Date.UTC(2026, 7, 12, 23, 0)); // 06:00 WIB
    expect(dueTriggers(world).map((d) => d.dueAt)).toEqual([Date.UTC(2026, 7, 12, 23, 0)]);
  });

  it('fires a weekly trigger on its week day', () => {
    const { world, ScriptApp, inDoc } = setUp();
    inDoc('ss-1', () =>
      ScriptApp.newTrigger('laporanMingguan').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create(),
    );
    world.clock.set(Date.UTC(2026, 7, 20)); // Thursday
    expect(dueTriggers(world).map((d) => new Date(d.dueAt).toISOString())).toEqual(['2026-08-17T02:00:00.000Z']);
  });

  it('fires a one-off trigger once; it stays listed until deleted', () => {
    const { world, ScriptApp, inDoc } = setUp();
    inDoc('ss-1', () =>
      ScriptApp.newTrigger('sekali')
        .timeBased()
        .after(10 * 60000)
        .create(),
    );
    const handlers: string[] = [];
    world.clock.advance(HOUR);
    fireDueTriggers(world, (h) => handlers.push(h));
    world.clock.advance(24 * HOUR);
    fireDueTriggers(world, (h) => handlers.push(h));
    expect(handlers).toEqual(['sekali']);
    expect(inDoc('ss-1', () => ScriptApp.getProjectTriggers())).toHaveLength(1);
  });

  it('does not fire a trigger that an earlier handler deleted', () => {
    const { world, ScriptApp, inDoc } = setUp();
    world.runsAsAddOn = false;
    inDoc('ss-1', () => {
      ScriptApp.newTrigger('pertama').timeBased().after(1000).create();
      ScriptApp.newTrigger('kedua').timeBased().after(2000).create();
    });
    world.clock.advance(5000);
    const handlers: string[] = [];
    fireDueTriggers(world, (h) => {
      handlers.push(h);
      inDoc('ss-1', () => ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t)));
    });
    expect(handlers).toEqual(['pertama']);
  });
});
