/** Checks of rendered output shared by the renderer tests. */

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'wbr']);
const RAW = new Set(['script', 'style']);

/**
 * What is wrong with an HTML page's tags: every element closed, in order (a
 * stack of open tags), attributes quoted, no `<` or `>` loose in the text, the
 * content of `<script>` and `<style>` skipped. Empty when it is well formed.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>|<!DOCTYPE html>/g;
  let at = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const between = html.slice(at, match.index);
    if (/[<>]/.test(between)) problems.push(`loose < or > before offset ${match.index}: ${JSON.stringify(between.slice(0, 60))}`);
    at = tag.lastIndex;
    if (match[2] === undefined) continue; // the doctype
    const name = match[2].toLowerCase();
    if (match[1]) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at offset ${match.index} closes <${open}>`);
    } else if (RAW.has(name)) {
      const end = html.indexOf(`</${name}>`, at);
      if (end < 0) problems.push(`<${name}> never closed`);
      at = tag.lastIndex = end < 0 ? html.length : end + name.length + 3;
    } else if (!VOID.has(name)) stack.push(name);
  }
  if (/[<>]/.test(html.slice(at))) problems.push('loose < or > at the end');
  if (stack.length > 0) problems.push(`never closed: ${stack.join(' ')}`);
  return problems;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#10;': '\n' };

/** The text of the `<p>`s inside `<main>`, tags dropped and entities decoded, one paragraph a line. */
export function paragraphTexts(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<p[^>]*>(.*?)<\/p>/gs)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? e));
}

/** Slices `text` by code-point offsets, as brat does. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
