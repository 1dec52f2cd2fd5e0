import { SHEET_ERRORS } from './errors';
import { newWorld, UNIT } from './test-world';
import { onUserEdit, userEdit, userEdits } from './user-edit';

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder */
describe('data validation', () => {
  it('builds list, checkbox and number rules with Apps Script criteria values', () => {
    const { app, run } = newWorld();
    const rules = run(() => [
      app
        .newDataValidation()
        .requireValueInList(['Ya', 'Tidak'], true)
        .setAllowInvalid(false)
        .setHelpText('Pilih')
        .build(),
      app.newDataValidation().requireCheckbox().build(),
      app.newDataValidation().requireNumberBetween(0, 100).build(),
    ]);
    expect(rules.map((r) => [String(r.getCriteriaType()), r.getCriteriaValues()])).toEqual([
      ['VALUE_IN_LIST', [['Ya', 'Tidak'], true]],
      ['CHECKBOX', []],
      ['NUMBER_BETWEEN', [0, 100]],
    ]);
    expect(rules[0].getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect([rules[0].getAllowInvalid(), rules[0].getHelpText(), rules[1].getAllowInvalid()]).toEqual([
      false,
      'Pilih',
      true,
    ]);
  });

  it('stores rules per cell; scripts may write values the rule rejects, people may not', () => {
    const { app, run, world, id } = newWorld();
    run((ss) => {
      ss.addEditor(UNIT);
      const rule = app.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build();
      ss.getRange('B2:B3').setDataValidation(rule).setValue('Mungkin');
    });
    expect(run((ss) => ss.getRange('B2').getValue())).toBe('Mungkin');
    expect(
      run((ss) =>
        ss
          .getRange('B1:B2')
          .getDataValidations()
          .map((row) => row[0] && String(row[0].getCriteriaType())),
      ),
    ).toEqual([null, 'VALUE_IN_LIST']);
    expect(() => userEdit(world, id, 'Sheet1', 'B3', 'Mungkin', UNIT)).toThrow(SHEET_ERRORS.invalidInput('B3'));
    expect(userEdit(world, id, 'Sheet1', 'B3', 'Ya', UNIT).values).toEqual([['Ya']]);
  });

  // insertCheckboxes: "Sets the value of all cells in the range to false." (range#insertCheckboxes())
  it('inserts checkboxes set to false, and removes them with their values', () => {
    const { run } = newWorld();
    const r = run((ss) => ss.getRange('C1:C2'));
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(String(r.getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    r.getCell(1, 1).setValue(true);
    r.removeCheckboxes();
    expect([r.getValues(), r.getDataValidation()]).toEqual([[[''], ['']], null]);
  });
});

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
describe('conditional format rules', () => {
  it('builds rules, stores them on the sheet and gives back their ranges and conditions', () => {
    const { app, run } = newWorld();
    const out = run((ss) => {
      const sheet = ss.getSheets()[0];
      const rule = app
        .newConditionalFormatRule()
        .whenNumberLessThan(60)
        .setBackground('#f4cccc')
        .setFontColor('#990000')
        .setRanges([sheet.getRange('D2:D20')])
        .build();
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
      const [stored] = sheet.getConditionalFormatRules();
      const c = stored.getBooleanCondition()!;
      return [
        stored.getRanges().map((r) => r.getA1Notation()),
        String(c.getCriteriaType()),
        c.getCriteriaValues(),
        c.getBackground(),
      ];
    });
    expect(out).toEqual([['D2:D20'], 'NUMBER_LESS_THAN', [60], '#f4cccc']);
  });

  it('refuses a rule whose ranges are on another sheet', () => {
    const { app, run } = newWorld();
    expect(() =>
      run((ss) => {
        const other = ss.insertSheet('Lain');
        const rule = app
          .newConditionalFormatRule()
          .whenTextEqualTo('X')
          .setRanges([other.getRange('A1')])
          .build();
        ss.getSheetByName('Sheet1')!.setConditionalFormatRules([rule]);
      }),
    ).toThrow('Conditional format rule cannot reference a different sheet.');
  });
});

describe('user edits (test-side API)', () => {
  it('parses what a person types, records who and when, and notifies listeners', () => {
    const { run, world, id } = newWorld();
    run((ss) => ss.addEditor(UNIT));
    const seen: string[] = [];
    onUserEdit(world, (e) => seen.push(`${e.sheetName}!${e.a1} by ${e.user}`));
    run((ss) => ss.getRange('A1').setValue('lama'));
    const edit = userEdit(world, id, 'Sheet1', 'A1:B1', [['=B1*2', '12,5']], UNIT);
    expect(edit.oldValues).toEqual([['lama', '']]);
    expect(run((ss) => [ss.getRange('A1').getFormula(), ss.getRange('B1').getValue()])).toEqual(['=B1*2', 12.5]);
    expect(seen).toEqual(['Sheet1!A1:B1 by ' + UNIT]);
    expect(userEdits(world, id).map((e) => [e.user, e.at])).toEqual([[UNIT, world.clock.now()]]);
  });

  it('never records script writes as user edits (scripts do not fire onEdit)', () => {
    const { run, world } = newWorld();
    run((ss) => ss.getRange('A1:C3').setValue(1));
    expect(userEdits(world)).toEqual([]);
  });

  it('refuses people who only view the file', () => {
    const { run, world, id } = newWorld();
    run((ss) => ss.addViewer(UNIT));
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'x', UNIT)).toThrow('can only view');
  });
});
