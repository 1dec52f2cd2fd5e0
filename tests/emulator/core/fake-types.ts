/**
 * Type-checks a fake class against the real @types/google-apps-script interface: every member the fake declares must
 * accept each real overload's parameter list, and return the real type where that is a plain value (string, number,
 * boolean, Date, arrays of those). Methods returning other service objects may return the fake class instead.
 *
 *   class FakeRange extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.Range> { ... }
 *
 * Members are optional: a fake implements what the project uses, and a call to anything else fails loudly at run time
 * ("... is not a function"), never silently.
 */
type Overloads<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
}
  ? [A1, R1] | [A2, R2] | [A3, R3] | [A4, R4]
  : F extends (...a: infer A) => infer R
    ? [A, R]
    : never;

type Plain = string | number | boolean | Date | void | null | undefined;

/** Values come back as themselves; service objects may be fakes. `any` (getValues' cells) stays any. */
type FakeReturn<R> = 0 extends 1 & R
  ? R
  : R extends Plain
    ? R
    : R extends readonly (infer E)[]
      ? E extends Plain
        ? R
        : E extends readonly (infer C)[]
          ? C extends Plain
            ? R
            : unknown[]
          : unknown[]
      : unknown;

type FakeMethod<F> = (...args: Overloads<F>[0]) => FakeReturn<Overloads<F>[1]>;

export type FakeOf<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? FakeMethod<T[K]> : T[K];
};
