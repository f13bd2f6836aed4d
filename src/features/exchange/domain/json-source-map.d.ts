// Types for json-source-map (the package ships none): parse JSON and keep, for every JSON
// pointer, where its key and value start and end in the source text (lines and columns 0-based).
declare module 'json-source-map' {
  export interface Location {
    line: number;
    column: number;
    pos: number;
  }
  export interface PointerLocations {
    key?: Location;
    keyEnd?: Location;
    value: Location;
    valueEnd: Location;
  }
  export function parse(source: string): { data: unknown; pointers: Record<string, PointerLocations> };
  export function stringify(
    data: unknown,
    replacer?: null,
    space?: number | string,
  ): { json: string; pointers: Record<string, PointerLocations> };
  const jsonMap: { parse: typeof parse; stringify: typeof stringify };
  export default jsonMap;
}
