/** The part of `az`'s API that rech uses (the package ships no types). */
declare module 'az' {
  export interface AzTag {
    readonly POS?: string;
    readonly CAse?: string;
    readonly GNdr?: string;
    readonly NMbr?: string;
    readonly stat: readonly string[];
    readonly flex: readonly string[];
    readonly [grammeme: string]: unknown;
  }
  export interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    readonly stutterCnt: number;
    readonly typosCnt: number;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(grammemes: string[]): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: { typos?: number | 'auto'; stutter?: number; ignoreCase?: boolean; parsers?: readonly string[] }): AzParse[];
    init(callback: (error: Error | null) => void): void;
    init(path: string, callback: (error: Error | null) => void): void;
  }
  /** az's file loader: its own files are read through it, so it can be watched while az loads them. */
  export type AzLoad = (url: string, type: 'json' | 'arraybuffer', callback: (error: Error | null, data: unknown) => void) => void;
  const Az: { Morph: AzMorph; load: AzLoad };
  export default Az;
}
