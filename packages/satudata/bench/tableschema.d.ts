// Minimal types for the legacy `tableschema` package (benchmark baseline only; it ships none).
declare module 'tableschema' {
  interface Table {
    read(options?: { forceCast?: boolean }): Promise<unknown[]>;
  }
  const tableschema: {
    Table: { load(source: string, options: { schema: unknown }): Promise<Table> };
  };
  export default tableschema;
}
