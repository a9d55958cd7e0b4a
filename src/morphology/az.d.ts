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
  const Az: { Morph: AzMorph };
  export default Az;
}
