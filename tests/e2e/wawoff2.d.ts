/** Types for wawoff2 (Google's woff2 built to WebAssembly), which ships none. */
declare module 'wawoff2' {
  /** A woff2 font unpacked to the TrueType/OpenType font it holds. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  /** A TrueType/OpenType font packed as woff2. */
  export function compress(font: Uint8Array): Promise<Uint8Array>;
}
