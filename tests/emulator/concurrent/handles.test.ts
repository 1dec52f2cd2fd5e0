import { HANDLE_KEY, HandleTable } from './handles';

describe('HandleTable', () => {
  test('service objects travel as stable handles, data as itself, and handles resolve back', () => {
    const table = new HandleTable();
    class Sheet {}
    const first = new Sheet();
    const second = new Sheet();
    const when = new Date(Date.UTC(2026, 0, 2));
    const encoded = table.encode({ sheets: [first, second], when, name: 'Rekap' }) as {
      sheets: { [HANDLE_KEY]: number }[];
      when: Date;
      name: string;
    };
    expect(encoded.sheets[0][HANDLE_KEY]).not.toBe(encoded.sheets[1][HANDLE_KEY]);
    expect(table.encode(first)).toEqual(encoded.sheets[0]);
    expect(encoded.when.getTime()).toBe(when.getTime());
    expect(table.decode(encoded)).toEqual({ sheets: [first, second], when, name: 'Rekap' });
    expect((table.decode(encoded) as { sheets: Sheet[] }).sheets[1]).toBe(second);
  });

  test('an unknown handle is refused', () => {
    expect(() => new HandleTable().decode({ [HANDLE_KEY]: 7 })).toThrow('Unknown emulator handle 7');
  });
});
