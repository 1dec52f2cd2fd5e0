import { SHEET_ERRORS } from '../spreadsheet/errors';
import { pin } from './pin';
import { inNewSpreadsheet } from './spreadsheet-world';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const RANGE_LIST = 'https://developers.google.com/apps-script/reference/spreadsheet/range-list';
const GAS_FAKES_SHEETS = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheets.js';
const ODDITIES = 'https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md';

describe('Range values and formulas', () => {
  pin(
    ['Spreadsheet.Range.setValues', 'Spreadsheet.Range.getValues', 'Spreadsheet.Range.setValue'],
    `${RANGE}#getValues()`,
    'values come back as Number, Boolean, Date or String, empty cells as ""; setValue fills every cell',
    () => {
      inNewSpreadsheet((sheet) => {
        sheet.getRange(1, 1, 1, 3).setValues([[85.5, true, 'Tercapai']]);
        sheet.getRange('A2:B2').setValue(7);
        const values = sheet.getRange('A1:D2').getValues();
        expect(values).toEqual([
          [85.5, true, 'Tercapai', ''],
          [7, 7, '', ''],
        ]);
      });
    },
  );

  pin(
    'Spreadsheet.Range.setValues',
    `${RANGE}#setValues(Object)`,
    'data of another shape than the range is refused, naming the rows first, then the columns',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B2');
        expect(() => range.setValues([['a', 'b']])).toThrow(SHEET_ERRORS.rowsMismatch(1, 2));
        expect(() => range.setValues([['a'], ['b']])).toThrow(SHEET_ERRORS.columnsMismatch(1, 2));
        expect(range.getValues()).toEqual([
          ['', ''],
          ['', ''],
        ]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.getFormulas', 'Spreadsheet.Range.setValue'],
    `${RANGE}#getFormulas()`,
    'a value starting with "=" is a formula; cells without one give ""',
    () => {
      inNewSpreadsheet((sheet) => {
        sheet.getRange('C1').setValue('=A1*100/B1');
        expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '=A1*100/B1']]);
      });
    },
  );

  pin(
    'Spreadsheet.Range.getFormulas',
    GAS_FAKES_SHEETS,
    'setFormula on a larger range moves relative references per cell and keeps $-anchored ones',
    () => {
      inNewSpreadsheet((sheet) => {
        sheet.getRange('C2:D3').setFormula('=A2*$B$1+"A1"&Sheet1!B$2');
        expect(sheet.getRange('C2:D3').getFormulas()).toEqual([
          ['=A2*$B$1+"A1"&Sheet1!B$2', '=B2*$B$1+"A1"&Sheet1!C$2'],
          ['=A3*$B$1+"A1"&Sheet1!B$2', '=B3*$B$1+"A1"&Sheet1!C$2'],
        ]);
        sheet.getRange('E1:E2').setFormula('=LOG10(A1)');
        expect(sheet.getRange('E2').getFormulas()).toEqual([['=LOG10(A2)']]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.clearContent', 'Spreadsheet.Range.clearFormat'],
    `${RANGE}#clearContent()`,
    'clearContent keeps the formatting, clearFormat keeps the values',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1').setValue(42).setBackground('#ff0000');
        range.clearContent();
        expect([range.getValue(), range.getBackground()]).toEqual(['', '#ff0000']);
        range.setValue(43).clearFormat();
        expect([range.getValue(), range.getBackground()]).toEqual([43, '#ffffff']);
      });
    },
  );
});

describe('Range position', () => {
  pin(
    ['Spreadsheet.Range.getA1Notation', 'Spreadsheet.Range.getSheet'],
    `${RANGE}#getA1Notation()`,
    'A1 notation without the sheet name, a single cell without a colon; the range knows its sheet',
    () => {
      inNewSpreadsheet((sheet) => {
        expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
        expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
        expect(sheet.getRange('B2').getSheet().getName()).toBe(sheet.getName());
      });
    },
  );
});

describe('Range number formats', () => {
  pin(
    ['Spreadsheet.Range.setNumberFormat', 'Spreadsheet.Range.getNumberFormats', 'Spreadsheet.Range.setNumberFormats'],
    `${ODDITIES}#numberformat-default-pattern`,
    'a new cell and a cell set to "general" read back as 0.###############; other patterns as given',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1');
        expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
        range.setNumberFormats([['0.00%', '#,##0']]);
        expect(range.getNumberFormats()).toEqual([['0.00%', '#,##0']]);
        range.setNumberFormat('general');
        expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
      });
    },
  );

  pin(
    'Spreadsheet.Range.setNumberFormat',
    'https://developers.google.com/sheets/api/guides/formats#number_format_examples',
    'in a cell formatted "@" (plain text) typed-looking values stay text: "001" keeps its zeros',
    () => {
      inNewSpreadsheet((sheet) => {
        const text = sheet.getRange('A1').setNumberFormat('@').setValue('001');
        const number = sheet.getRange('B1').setValue('001');
        expect([text.getValue(), number.getValue()]).toEqual(['001', 1]);
      });
    },
  );
});

describe('Range formats', () => {
  pin(
    ['Spreadsheet.Range.setBackground', 'Spreadsheet.Range.setBackgrounds'],
    `${RANGE}#setBackground(String)`,
    'colours read back in lower-case hex; null resets to white',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1').setBackgrounds([['#FCE4D6', null]]);
        expect(range.getBackgrounds()).toEqual([['#fce4d6', '#ffffff']]);
        range.setBackground(null);
        expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
      });
    },
  );

  pin(
    [
      'Spreadsheet.Range.setFontWeight',
      'Spreadsheet.Range.setFontWeights',
      'Spreadsheet.Range.setFontColor',
      'Spreadsheet.Range.setFontColors',
    ],
    `${RANGE}#setFontWeight(String)`,
    'font weight is "bold" or "normal" (null resets); font colours read back per cell',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1').setFontWeights([['bold', null]]);
        expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
        range.setFontWeight(null);
        expect(range.getFontWeight()).toBe('normal');
        range.setFontColors([['#9c0006', '#006100']]);
        expect(range.getFontColors()).toEqual([['#9c0006', '#006100']]);
        range.setFontColor('#000000');
        expect(range.getFontColors()).toEqual([['#000000', '#000000']]);
      });
    },
  );

  pin(
    [
      'Spreadsheet.Range.setHorizontalAlignments',
      'Spreadsheet.Range.setVerticalAlignment',
      'Spreadsheet.Range.setVerticalAlignments',
    ],
    `${RANGE}#setVerticalAlignment(String)`,
    'a new cell is aligned "general" and "bottom"; set alignments read back per cell',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1');
        expect([range.getHorizontalAlignment(), range.getVerticalAlignment()]).toEqual(['general', 'bottom']);
        range.setHorizontalAlignments([['center', 'right']]).setVerticalAlignments([['top', 'middle']]);
        expect(range.getHorizontalAlignments()).toEqual([['center', 'right']]);
        expect(range.getVerticalAlignments()).toEqual([['top', 'middle']]);
        range.setVerticalAlignment('bottom');
        expect(range.getVerticalAlignments()).toEqual([['bottom', 'bottom']]);
      });
    },
  );

  pin(
    'Spreadsheet.Range.setHorizontalAlignments',
    `${ODDITIES}#horizontal-alignment`,
    'null resets to "general", while "normal" reads back as "general-left"',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1').setHorizontalAlignments([['normal', null]]);
        expect(range.getHorizontalAlignments()).toEqual([['general-left', 'general']]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.setWrap', 'Spreadsheet.Range.setWraps'],
    `${ODDITIES}#wrap-and-wrap-strategy`,
    'a cell never formatted reads as wrapped (https://issuetracker.google.com/issues/427134600); set wraps read back',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1');
        expect(range.getWraps()).toEqual([[true, true]]);
        range.setWraps([[false, true]]);
        expect(range.getWraps()).toEqual([[false, true]]);
        range.setWrap(false);
        expect(range.getWrap()).toBe(false);
        range.clearFormat();
        expect(range.getWrap()).toBe(true);
      });
    },
  );

  pin(
    'Spreadsheet.Range.setNotes',
    GAS_FAKES_SHEETS,
    'setNotes refuses a value that is not a 2-D array with the signature error',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1');
        expect(() => range.setNotes('catatan' as unknown as string[][])).toThrow(
          "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setNotes.",
        );
        range.setNotes([['a', '']]);
        expect(range.getNotes()).toEqual([['a', '']]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.setNotes', 'Spreadsheet.Range.setNote'],
    `${ODDITIES}#sheets-notes`,
    'a number becomes text: "25" through setNote, "25.0" through setNotes (https://issuetracker.google.com/issues/429373214)',
    () => {
      inNewSpreadsheet((sheet) => {
        const range = sheet.getRange('A1:B1');
        range.setNotes([[25, 2.5] as unknown as string[]]);
        expect(range.getNotes()).toEqual([['25.0', '2.5']]);
        range.setNote(25 as unknown as string);
        expect(range.getNotes()).toEqual([['25', '25']]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.clearNote', 'Spreadsheet.Range.getNote'],
    `${RANGE}#clearNote()`,
    'clearNote clears the note of every cell of the range; getNote of a cell without one is ""',
    () => {
      inNewSpreadsheet((sheet) => {
        sheet.getRange('A1:B2').setNote('Rekap lebih lama dari formulir');
        sheet.getRange('A1:B1').clearNote();
        expect(sheet.getRange('A1:B2').getNotes()).toEqual([
          ['', ''],
          ['Rekap lebih lama dari formulir', 'Rekap lebih lama dari formulir'],
        ]);
        expect(sheet.getRange('A1').getNote()).toBe('');
      });
    },
  );
});

describe('Range validation and protection', () => {
  pin(
    [
      'Spreadsheet.Range.setDataValidation',
      'Spreadsheet.SpreadsheetApp.newDataValidation',
      'Spreadsheet.DataValidationBuilder.requireValueInList',
      'Spreadsheet.DataValidationBuilder.build',
    ],
    `${RANGE}#setDataValidation(DataValidation)`,
    'every cell of the range gets the rule; null removes it',
    () => {
      inNewSpreadsheet((sheet, _ss, { SpreadsheetApp }) => {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Valid', 'Perlu perbaikan']).build();
        const range = sheet.getRange('F2:F3').setDataValidation(rule);
        const rules = range.getDataValidations();
        expect(rules.map((r) => r[0]!.getCriteriaType())).toEqual([
          SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
          SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
        ]);
        range.setDataValidation(null);
        expect(range.getDataValidations()).toEqual([[null], [null]]);
      });
    },
  );

  pin(
    ['Spreadsheet.Range.protect', 'Spreadsheet.Protection.getRange'],
    `${RANGE}#protect()`,
    'a range protection is of type RANGE and covers the range',
    () => {
      inNewSpreadsheet((sheet, _ss, { SpreadsheetApp }) => {
        const p = sheet.getRange('B2:D9').protect();
        expect(p.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.RANGE);
        expect(p.getRange().getA1Notation()).toBe('B2:D9');
      });
    },
  );
});

describe('RangeList', () => {
  pin(
    [
      'Spreadsheet.RangeList.setBackground',
      'Spreadsheet.RangeList.setFontColor',
      'Spreadsheet.RangeList.setFontWeight',
      'Spreadsheet.RangeList.setHorizontalAlignment',
      'Spreadsheet.RangeList.setNumberFormat',
      'Spreadsheet.RangeList.setWrap',
      'Spreadsheet.Sheet.getRangeList',
    ],
    `${RANGE_LIST}#setBackground(String)`,
    'each setter applies to every range of the list and returns the list',
    () => {
      inNewSpreadsheet((sheet) => {
        const list = sheet.getRangeList(['A1', 'C2:C3']);
        const same = list.setBackground('#E2EFDA').setFontColor('#006100').setFontWeight('bold');
        same.setHorizontalAlignment('center').setNumberFormat('0.00').setWrap(false);
        expect(same).toEqual(list);
        for (const a1 of ['A1', 'C3']) {
          const r = sheet.getRange(a1);
          expect([r.getBackground(), r.getFontColor(), r.getFontWeight(), r.getHorizontalAlignment()]).toEqual([
            '#e2efda',
            '#006100',
            'bold',
            'center',
          ]);
          expect([r.getNumberFormat(), r.getWrap()]).toEqual(['0.00', false]);
        }
        expect(sheet.getRange('B1').getBackground()).toBe('#ffffff');
      });
    },
  );
});
