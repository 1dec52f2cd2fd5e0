import { SHEET_ERRORS } from './errors';
import { newWorld, OWNER, UNIT } from './test-world';
import { userEdit } from './user-edit';

const KABID = 'kabid.program@contoh.go.id';

/** https://developers.google.com/apps-script/reference/spreadsheet/protection */
describe('Protection', () => {
  // Range.protect: "Until the script actually changes the list of editors for the range ... the permissions mirror
  // those of the spreadsheet itself, which effectively means that the range remains unprotected." (range#protect())
  it('leaves a new protection open to the file editors until its editors are changed', () => {
    const { run, id, world, app } = newWorld();
    run((ss) => {
      ss.addEditor(UNIT);
      ss.getRange('Sheet1!A1:B2').protect().setDescription('Rekap');
    });
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'boleh', UNIT)).not.toThrow();
    run((ss) => ss.getSheets()[0].getProtections(app.ProtectionType.RANGE)[0].removeEditors([UNIT]));
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'tidak', UNIT)).toThrow(SHEET_ERRORS.protectedCell);
  });

  // addEditor: "This method does not automatically give the user permission to edit the spreadsheet itself"
  // (protection#addEditor(String))
  it('does not share the file when a protection editor is added', () => {
    const { run, app, world, id } = newWorld();
    const editors = run((ss) => {
      const p = ss.getRange('A1').protect().addEditor(KABID);
      return [p.getEditors().map((u) => u.getEmail()), ss.getEditors().map((u) => u.getEmail())];
    });
    expect(editors).toEqual([[KABID], [OWNER]]);
    expect(() => world.run({ user: KABID }, () => app.openById(id))).toThrow(SHEET_ERRORS.noAccess);
  });

  it('lets the owner always edit and refuses script writes by a user who is not a protection editor', () => {
    const { run, world, id } = newWorld();
    run((ss) => {
      ss.addEditors([UNIT, KABID]);
      ss.getRange('C1:C10').protect().removeEditors([UNIT, KABID]).addEditor(KABID);
    });
    const write = (user: string) => () => run((ss) => ss.getRange('C2').setValue('ok'), { user });
    expect(write(OWNER)).not.toThrow();
    expect(write(KABID)).not.toThrow();
    expect(write(UNIT)).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(run((ss) => ss.getRange('C2').getValue(), { user: UNIT })).toBe('ok');
    expect(() => userEdit(world, id, 'Sheet1', 'B2:C2', [['x', 'y']], UNIT)).toThrow(SHEET_ERRORS.protectedCell);
    expect(run((ss) => ss.getRange('B2').getValue())).toBe('');
  });

  it('protects a whole sheet except its unprotected ranges, and returns the existing sheet protection', () => {
    const { run, world, id } = newWorld();
    run((ss) => {
      ss.addEditor(UNIT);
      const sheet = ss.getSheets()[0];
      const p = sheet.protect().setDescription('Input unit');
      p.removeEditor(UNIT).setUnprotectedRanges([sheet.getRange('B2:B20')]);
    });
    expect(run((ss) => ss.getSheets()[0].protect().getDescription())).toBe('Input unit');
    expect(() => userEdit(world, id, 'Sheet1', 'B5', 90, UNIT)).not.toThrow();
    expect(() => userEdit(world, id, 'Sheet1', 'C5', 90, UNIT)).toThrow(SHEET_ERRORS.protectedCell);
    expect(run((ss) => ss.getSheets()[0].protect().getUnprotectedRanges()[0].getA1Notation())).toBe('B2:B20');
  });

  it('reports canEdit for the running user, lets warning-only protections through and can be removed', () => {
    const { run, world, id, app } = newWorld();
    run((ss) => {
      ss.addEditor(UNIT);
      ss.getRange('A1').protect().removeEditor(UNIT);
      ss.getRange('B1').protect().removeEditor(UNIT).setWarningOnly(true);
    });
    const canEdit = (user: string) =>
      run((ss) => ss.getProtections(app.ProtectionType.RANGE).map((p) => p.canEdit()), { user });
    expect(canEdit(OWNER)).toEqual([true, true]);
    expect(canEdit(UNIT)).toEqual([false, false]);
    expect(userEdit(world, id, 'Sheet1', 'B1', 'ya', UNIT).warned).toBe(true);
    expect(() => run((ss) => ss.getProtections(app.ProtectionType.RANGE)[0].remove(), { user: UNIT })).toThrow(
      SHEET_ERRORS.protectedCell,
    );
    run((ss) => ss.getProtections(app.ProtectionType.RANGE)[0].remove());
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'ya', UNIT)).not.toThrow();
  });

  // The class example: "Ensure the current user is an editor before removing others. Otherwise, if the user's edit
  // permission comes from a group, the script throws an exception upon removing the group." It then calls
  // protection.addEditor(me); protection.removeEditors(protection.getEditors()) and calls that "remove all other
  // users from the list of editors": the user running the script stays, and the owner can always edit.
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  // the owner can always edit but getEditors lists them only once added (protection-rules.ts, protectionEditors)
  it('keeps the user running the script when removing every editor; the owner is listed only once added', () => {
    const { run, world, id } = newWorld();
    run((ss) => ss.addEditors([UNIT, KABID]));
    const editors = run(
      (ss) => {
        const p = ss.getRange('A1:B10').protect().setDescription('Sample protected range');
        p.addEditor(world.execution.effectiveUser);
        p.removeEditors(p.getEditors());
        return p.getEditors().map((u) => u.getEmail());
      },
      { user: UNIT },
    );
    expect(editors).toEqual([UNIT]);
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'unit', UNIT)).not.toThrow();
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'kabid', KABID)).toThrow(SHEET_ERRORS.protectedCell);
    const byOwner = run((ss) => {
      const p = ss.getRange('C1').protect();
      p.removeEditors(p.getEditors().map((u) => u.getEmail()));
      return p.getEditors().map((u) => u.getEmail());
    });
    expect(byOwner).toEqual([]);
  });
});
