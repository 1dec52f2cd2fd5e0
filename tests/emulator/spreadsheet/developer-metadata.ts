import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { DeveloperMetadataVisibility, EnumValue, enumName } from './enums';
import { nextNumericId, spreadsheetState, type DeveloperMetadataState, type SpreadsheetState } from './model';

/**
 * Developer metadata on the spreadsheet or a sheet:
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * addDeveloperMetadata(key[, value][, visibility]); the finder filters by key, value, id and visibility.
 */
export function addMetadata(world: World, ss: SpreadsheetState, args: unknown[], sheetId?: number): void {
  const [key, second, third] = args;
  const secondIsVisibility = args.length === 2 && second instanceof EnumValue;
  const value = secondIsVisibility ? null : second === undefined ? null : String(second);
  const visibility = enumName((secondIsVisibility ? second : third) ?? 'DOCUMENT') as 'DOCUMENT' | 'PROJECT';
  ss.developerMetadata.push({ id: nextNumericId(world), key: String(key), value, visibility, sheetId });
}

export class FakeDeveloperMetadata extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.DeveloperMetadata> {
  readonly typeName = 'DeveloperMetadata';
  readonly #world: World;
  readonly #spreadsheetId: string;
  readonly #id: number;

  constructor(world: World, spreadsheetId: string, id: number) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#id = id;
  }

  get #state(): DeveloperMetadataState {
    const m = spreadsheetState(this.#world, this.#spreadsheetId).developerMetadata.find((x) => x.id === this.#id);
    if (!m) throw new Error('Developer metadata not found.');
    return m;
  }

  getId(): number {
    return this.#id;
  }

  getKey(): string {
    return this.#state.key;
  }

  getValue(): string | null {
    return this.#state.value;
  }

  getVisibility() {
    return DeveloperMetadataVisibility[this.#state.visibility];
  }

  setKey(key: string): FakeDeveloperMetadata {
    this.#state.key = key;
    return this;
  }

  setValue(value: string): FakeDeveloperMetadata {
    this.#state.value = value;
    return this;
  }

  remove(): void {
    const ss = spreadsheetState(this.#world, this.#spreadsheetId);
    const m = this.#state;
    ss.developerMetadata = ss.developerMetadata.filter((x) => x !== m);
  }
}

export class FakeDeveloperMetadataFinder
  extends Fake
  implements FakeOf<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>
{
  readonly typeName = 'DeveloperMetadataFinder';
  static override readonly calls: CallTable = { cost: 'local', methods: { read: ['find'] } };
  readonly #world: World;
  readonly #spreadsheetId: string;
  /** undefined: the whole spreadsheet; a number: that sheet's metadata only */
  readonly #sheetId: number | undefined;
  readonly #filters: ((m: DeveloperMetadataState) => boolean)[] = [];

  constructor(world: World, spreadsheetId: string, sheetId?: number) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#sheetId = sheetId;
  }

  #with(filter: (m: DeveloperMetadataState) => boolean): FakeDeveloperMetadataFinder {
    this.#filters.push(filter);
    return this;
  }

  withKey(key: string) {
    return this.#with((m) => m.key === key);
  }

  withValue(value: string) {
    return this.#with((m) => m.value === value);
  }

  withId(id: number) {
    return this.#with((m) => m.id === id);
  }

  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility) {
    return this.#with((m) => m.visibility === enumName(visibility));
  }

  find(): FakeDeveloperMetadata[] {
    const all = spreadsheetState(this.#world, this.#spreadsheetId).developerMetadata;
    return all
      .filter((m) => this.#sheetId === undefined || m.sheetId === this.#sheetId)
      .filter((m) => this.#filters.every((f) => f(m)))
      .map((m) => new FakeDeveloperMetadata(this.#world, this.#spreadsheetId, m.id));
  }
}
