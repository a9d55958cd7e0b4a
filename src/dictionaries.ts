import { describe } from './errors.js';
import { loadMorphology } from './morphology/morphology.js';

/**
 * Loads the OpenCorpora dictionaries (the files of the `az` package's `dicts` folder,
 * ≈ 11 MB) from a folder you choose. In a browser, serve that folder's files and call
 * this once, before {@link analyze}; `analyze` waits for it. In Node.js you need not
 * call it: `analyze` loads the dictionaries from the installed `az` package.
 *
 * Call it once: a second call with the same folder resolves with the first, and one
 * with another folder is rejected.
 *
 * @param url - The folder that holds `words.dawg`, `grammemes.json` and the other
 *   dictionary files: in a browser, a URL, absolute or relative to the page
 *   (`'./dicts'`); in Node.js, a folder path.
 * @returns A promise that resolves when the dictionaries are loaded, and is rejected
 *   with an `Error` naming the file that could not be loaded.
 * @throws TypeError when `url` is not a string or a `URL`; RangeError when it is empty.
 *
 * @example
 * ```ts
 * import { analyze, loadDictionaries } from 'rech';
 * // The files of node_modules/az/dicts, served by your site from /static/dicts.
 * await loadDictionaries('/static/dicts');
 * const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
 * doc.entities.map((e) => `${e.type} ${e.name}`); // [ 'LOC Азербайджан', 'PER Рашад Мамедов' ]
 * ```
 *
 * @group Analysis
 */
export function loadDictionaries(url: string | URL): Promise<void> {
  if (typeof url !== 'string' && !(url instanceof URL)) {
    throw new TypeError(`rech: \`url\` must be a string or a URL (the folder of the dictionary files), got ${describe(url)}`);
  }
  if (String(url) === '') throw new RangeError('rech: `url` must name a folder (such as "./dicts"), got an empty string');
  // az appends `/words.dawg` and the other names itself.
  return loadMorphology(String(url).replace(/\/+$/, ''));
}
