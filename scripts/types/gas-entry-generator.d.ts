declare module 'gas-entry-generator' {
  interface Options {
    comment?: boolean;
    autoGlobalExports?: boolean;
    exportsIdentifierName?: string;
    globalIdentifierName?: string;
  }
  export function generate(
    source: string,
    options?: Options,
  ): { entryPointFunctions: string; globalAssignments?: string };
}
