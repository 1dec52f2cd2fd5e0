import { pin } from './pin';
import { inNewSpreadsheet } from './spreadsheet-world';
import { scriptWorld } from './world';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';
const GAS_FAKES_VALIDATION = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdatavalidations.js';
const ODDITIES = 'https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md';
const KABID = 'kabid@contoh.go.id';

describe('DataValidationBuilder', () => {
  pin(
    [
      'Spreadsheet.SpreadsheetApp.newDataValidation',
      'Spreadsheet.DataValidationBuilder.setAllowInvalid',
      'Spreadsheet.DataValidationBuilder.setHelpText',
    ],
    GAS_FAKES_VALIDATION,
    'a new builder has no criteria (null), no values, no help text (null) and allows invalid input',
    () => {
      scriptWorld().run(({ SpreadsheetApp }) => {
        const b = SpreadsheetApp.newDataValidation();
        expect([b.getCriteriaType(), b.getCriteriaValues(), b.getHelpText(), b.getAllowInvalid()]).toEqual([
          null,
          [],
          null,
          true,
        ]);
        expect(b.setAllowInvalid(false).setHelpText('Pilih Valid atau Perlu perbaikan')).toBe(b);
        expect([b.getAllowInvalid(), b.getHelpText()]).toEqual([false, 'Pilih Valid atau Perlu perbaikan']);
      });
    },
  );

  pin(
    ['Spreadsheet.DataValidationBuilder.requireValueInList', 'Spreadsheet.DataValidationBuilder.build'],
    GAS_FAKES_VALIDATION,
    'the list is kept as text and the drop-down is shown unless told otherwise',
    () => {
      scriptWorld().run(({ SpreadsheetApp }) => {
        const list = [9, false, 'Valid'] as unknown as string[];
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(list).build();
        expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
        expect(rule.getCriteriaValues()).toEqual([['9', 'false', 'Valid'], true]);
        const hidden = SpreadsheetApp.newDataValidation().requireValueInList(['a'], false).build();
        expect(hidden.getCriteriaValues()).toEqual([['a'], false]);
        expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
      });
    },
  );

  pin(
    'Spreadsheet.DataValidationBuilder.requireCheckbox',
    GAS_FAKES_VALIDATION,
    'a checkbox rule has no values, or the checked and unchecked values given',
    () => {
      scriptWorld().run(({ SpreadsheetApp }) => {
        const values = (...args: string[]) =>
          (
            SpreadsheetApp.newDataValidation().requireCheckbox as (
              ...a: string[]
            ) => GoogleAppsScript.Spreadsheet.DataValidationBuilder
          )(...args)
            .build()
            .getCriteriaValues();
        expect([values(), values('YA'), values('YA', 'TIDAK')]).toEqual([[], ['YA'], ['YA', 'TIDAK']]);
      });
    },
  );
});

describe('ConditionalFormatRuleBuilder', () => {
  pin(
    [
      'Spreadsheet.SpreadsheetApp.newConditionalFormatRule',
      'Spreadsheet.ConditionalFormatRuleBuilder.whenTextEqualTo',
      'Spreadsheet.ConditionalFormatRuleBuilder.whenFormulaSatisfied',
      'Spreadsheet.ConditionalFormatRuleBuilder.setBackground',
      'Spreadsheet.ConditionalFormatRuleBuilder.setRanges',
      'Spreadsheet.ConditionalFormatRuleBuilder.build',
      'Spreadsheet.Sheet.setConditionalFormatRules',
    ],
    `${REF}/conditional-format-rule-builder#whenFormulaSatisfied(String)`,
    'a rule keeps its condition, background and ranges; setConditionalFormatRules replaces the sheet’s rules',
    () => {
      inNewSpreadsheet((sheet, _ss, { SpreadsheetApp }) => {
        const text = SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo('Perlu perbaikan')
          .setBackground('#fce4d6')
          .setRanges([sheet.getRange('F2:F20')])
          .build();
        const formula = SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=$G2>100')
          .setBackground('#E2EFDA')
          .setRanges([sheet.getRange('A2:G20')])
          .build();
        sheet.setConditionalFormatRules([text, formula]);
        sheet.setConditionalFormatRules([formula, text]);
        const rules = sheet.getConditionalFormatRules();
        expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaType())).toEqual([
          SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA,
          SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO,
        ]);
        expect(rules[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['=$G2>100']);
        expect(rules[1].getBooleanCondition()!.getBackground()).toBe('#fce4d6');
        expect(rules[1].getRanges().map((r) => r.getA1Notation())).toEqual(['F2:F20']);
      });
    },
  );
});

describe('Developer metadata', () => {
  pin(
    [
      'Spreadsheet.Spreadsheet.addDeveloperMetadata',
      'Spreadsheet.Spreadsheet.getDeveloperMetadata',
      'Spreadsheet.Spreadsheet.createDeveloperMetadataFinder',
      'Spreadsheet.DeveloperMetadataFinder.withKey',
      'Spreadsheet.DeveloperMetadataFinder.find',
      'Spreadsheet.DeveloperMetadata.getKey',
      'Spreadsheet.DeveloperMetadata.getValue',
      'Spreadsheet.DeveloperMetadata.setValue',
    ],
    `${REF}/developer-metadata-finder#find()`,
    'metadata keeps key and value (null without one); the finder by key sees the spreadsheet’s and its sheets’',
    () => {
      inNewSpreadsheet((sheet, ss) => {
        ss.addDeveloperMetadata('pengukuran-kinerja.siklus', 'tw2-2026').addDeveloperMetadata('tanpa-nilai');
        sheet.addDeveloperMetadata('pengukuran-kinerja.siklus', 'tab');
        expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
          ['pengukuran-kinerja.siklus', 'tw2-2026'],
          ['tanpa-nilai', null],
        ]);
        const found = ss.createDeveloperMetadataFinder().withKey('pengukuran-kinerja.siklus').find();
        expect(found.map((m) => m.getValue()).sort()).toEqual(['tab', 'tw2-2026']);
        found[0].setValue('tw3-2026');
        expect(ss.createDeveloperMetadataFinder().withKey('pengukuran-kinerja.siklus').find()[0].getValue()).toBe(
          'tw3-2026',
        );
        expect(ss.createDeveloperMetadataFinder().withKey('tidak-ada').find()).toEqual([]);
      });
    },
  );
});

describe('Developer metadata visible to the project only', () => {
  pin(
    ['Spreadsheet.Spreadsheet.addDeveloperMetadata', 'Spreadsheet.DeveloperMetadataFinder.withVisibility'],
    `${REF}/developer-metadata-finder#withVisibility(DeveloperMetadataVisibility)`,
    'metadata added with PROJECT visibility is found by a finder restricted to PROJECT; DOCUMENT metadata of the same ' +
      `key is not (${REF}/developer-metadata-visibility)`,
    () => {
      inNewSpreadsheet((_sheet, ss, { SpreadsheetApp }) => {
        const { PROJECT } = SpreadsheetApp.DeveloperMetadataVisibility;
        ss.addDeveloperMetadata('pengukuran-kinerja.segel', 'dokumen');
        ss.addDeveloperMetadata('pengukuran-kinerja.segel', 'proyek', PROJECT);
        const cari = () => ss.createDeveloperMetadataFinder().withKey('pengukuran-kinerja.segel');
        expect(
          cari()
            .find()
            .map((m) => m.getValue()),
        ).toEqual(['dokumen', 'proyek']);
        expect(
          cari()
            .withVisibility(PROJECT)
            .find()
            .map((m) => m.getValue()),
        ).toEqual(['proyek']);
      });
    },
  );
});

describe('Protection', () => {
  pin(
    [
      'Spreadsheet.Sheet.protect',
      'Spreadsheet.Protection.getEditors',
      'Spreadsheet.Protection.canEdit',
      'Spreadsheet.Protection.getRange',
    ],
    `${ODDITIES}#protectiongeteditors-and-the-owner`,
    'a new protection lists no editors although the owner can edit it (https://issuetracker.google.com/issues/442636162); a sheet protection’s range is the whole sheet, without A1 notation',
    () => {
      inNewSpreadsheet((sheet, _ss, { SpreadsheetApp }) => {
        const p = sheet.protect();
        expect(p.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
        expect(p.getEditors()).toEqual([]);
        expect(p.canEdit()).toBe(true);
        expect(p.getRange().getA1Notation()).toBe('');
        expect([p.getRange().getNumRows(), p.getRange().getNumColumns()]).toEqual([
          sheet.getMaxRows(),
          sheet.getMaxColumns(),
        ]);
        p.addEditor('sakip.sekretaris@contoh.go.id');
        expect(p.getEditors().map((u) => u.getEmail())).toEqual(['sakip.sekretaris@contoh.go.id']);
      });
    },
  );

  pin(
    [
      'Spreadsheet.Protection.addEditors',
      'Spreadsheet.Protection.removeEditors',
      'Spreadsheet.Protection.setDescription',
      'Spreadsheet.Protection.getDescription',
      'Spreadsheet.Protection.setUnprotectedRanges',
      'Spreadsheet.Sheet.getProtections',
      'Spreadsheet.Protection.remove',
    ],
    `${REF}/protection#setUnprotectedRanges(Range)`,
    'editors, description and unprotected ranges read back; getProtections lists by type; remove deletes it',
    () => {
      const { run } = scriptWorld();
      const id = run(({ SpreadsheetApp }) =>
        SpreadsheetApp.create('Siklus').addEditors([KABID, 'staf@contoh.go.id']).getId(),
      );
      run(({ SpreadsheetApp }) => {
        const sheet = SpreadsheetApp.openById(id).getSheets()[0];
        const p = sheet.protect().setDescription('Formulir Dinas Sosial');
        p.addEditors([KABID]).removeEditors(['staf@contoh.go.id']);
        p.setUnprotectedRanges([sheet.getRange('E2:H20')]);
        const [listed] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
        expect(listed.getDescription()).toBe('Formulir Dinas Sosial');
        expect(listed.getEditors().map((u) => u.getEmail())).toEqual([KABID]);
        expect(listed.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['E2:H20']);
        expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
      });
      const write = (a1: string) => () =>
        run(({ SpreadsheetApp }) => SpreadsheetApp.openById(id).getRange(a1).setValue('x'), {
          user: 'staf@contoh.go.id',
        });
      expect(write('A1')).toThrow(/protected cell/);
      expect(write('E2')).not.toThrow();
      run(({ SpreadsheetApp }) => {
        const sheet = SpreadsheetApp.openById(id).getSheets()[0];
        sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove();
        expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
      });
      expect(write('A1')).not.toThrow();
    },
  );
});

describe('Embedded charts', () => {
  pin(
    [
      'Spreadsheet.Sheet.newChart',
      'Spreadsheet.EmbeddedChartBuilder.asColumnChart',
      'Spreadsheet.EmbeddedColumnChartBuilder.addRange',
      'Spreadsheet.EmbeddedColumnChartBuilder.setNumHeaders',
      'Spreadsheet.EmbeddedChartBuilder.setOption',
      'Spreadsheet.EmbeddedChartBuilder.setPosition',
      'Spreadsheet.EmbeddedChartBuilder.build',
      'Spreadsheet.Sheet.insertChart',
      'Spreadsheet.Sheet.getCharts',
      'Spreadsheet.Sheet.removeChart',
    ],
    `${REF}/embedded-chart#getChartId()`,
    'a built chart has no id until inserted; the sheet lists it with its ranges until removed',
    () => {
      inNewSpreadsheet((sheet) => {
        const chart = sheet
          .newChart()
          .asColumnChart()
          .addRange(sheet.getRange('A1:C15'))
          .setNumHeaders(1)
          .setOption('title', 'Target vs aktual')
          .setPosition(2, 6, 0, 0)
          .build();
        expect(chart.getChartId()).toBeNull();
        expect(sheet.getCharts()).toEqual([]);
        sheet.insertChart(chart);
        const [inserted] = sheet.getCharts();
        expect(typeof inserted.getChartId()).toBe('number');
        expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C15']);
        sheet.removeChart(inserted);
        expect(sheet.getCharts()).toEqual([]);
      });
    },
  );
});
