#!/usr/bin/env bash
# `npm run check:package`: what a new user gets. Packs the package, checks the
# tarball holds the build and nothing else, installs it into an empty project
# outside the repository, and uses it from there: `import`, `require`, the types
# of both (`nodenext` and `bundler` resolution), the dictionary, `rech/segment`
# and `rech` bundled for a browser, analyzeMany in a bundled application, and the `rech`
# command. Fails over the size limits and on any warning from the install.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }
esbuild="$root/node_modules/.bin/esbuild"

# The limits of issue 16, in bytes.
TARBALL_MAX=$((800 * 1024))
INSTALLED_MAX=$((20 * 1024 * 1024))
SEGMENT_MAX=$((50 * 1024))

cd "$root"
npm pack --silent --pack-destination "$work" > /dev/null   # runs `prepack`, which builds dist/
tarball="$(ls "$work"/rech-*.tgz)"

# The tarball: dist/ (ESM, CJS, types), the JSON Schema, the README, the changelog, the licence and package.json; no sources, tests or fixtures.
contents="$(tar -tzf "$tarball" | sed 's|^package/||' | sort)"
for needed in package.json README.md CHANGELOG.md LICENSE dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/cli.js dist/worker.js dist/worker.cjs \
  dist/segment.js dist/segment.cjs dist/segment.d.ts dist/segment.d.cts schema.json; do
  grep -qx "$needed" <<< "$contents" || fail "the tarball lacks $needed"
done
unexpected="$(grep -vE '^(package\.json|README\.md|CHANGELOG\.md|LICENSE|schema\.json|dist/.+)$' <<< "$contents" || true)"
[ -z "$unexpected" ] || fail "the tarball holds files it should not: $unexpected"
tarball_size=$(stat -c %s "$tarball")
[ "$tarball_size" -le "$TARBALL_MAX" ] || fail "the tarball is $tarball_size bytes, over $TARBALL_MAX"
echo "tarball: $((tarball_size / 1024)) KB"

# An empty project that installs the tarball from the registry's dependencies.
mkdir "$work/project"
cd "$work/project"
npm init -y > /dev/null
# No warning of any kind (an install script to approve, a deprecated dependency, an engine mismatch).
npm install --loglevel=warn --no-audit --no-fund "$tarball" > install.log 2>&1 || { cat install.log >&2; fail 'npm install failed'; }
! grep -i 'warn' install.log || fail 'npm install printed warnings (above)'
installed_size=$(( $(du -sk node_modules | cut -f1) * 1024 ))   # disk use, as `du -sh` shows it
packages=$(npm ls --all --parseable | tail -n +2 | wc -l)
[ "$installed_size" -le "$INSTALLED_MAX" ] || fail "installed with its dependencies, the package takes $installed_size bytes, over $INSTALLED_MAX"
echo "installed: $installed_size bytes of $INSTALLED_MAX ($(du -sh node_modules | cut -f1), du -sh), $packages packages with rech"

cat > esm.mjs <<'EOF'
import { analyze, tokenize, render, FORMATS } from 'rech';
const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
if (doc.entities.find((e) => e.type === 'PER')?.name !== 'Рашад Мамедов') throw new Error('ESM: no person');
if (doc.quotes[0]?.speaker?.name !== 'Рашад Мамедов') throw new Error('ESM: no quote');
if (tokenize('что-то').length !== 1) throw new Error('ESM: tokenize');
for (const format of FORMATS) if (render(doc, format).length === 0) throw new Error(`ESM: empty ${format}`);
const english = await analyze('"We will not give up," Ukrainian President Volodymyr Zelensky said.');
if (english.paragraphs[0].language !== 'eng' || english.quotes[0]?.speaker?.name !== 'Volodymyr Zelensky') throw new Error('ESM: no English quote');
console.log('import: ok');
EOF
cat > cjs.cjs <<'EOF'
const { analyze } = require('rech');
analyze('Глава государства Ильхам Алиев заявил, что переговоры продолжатся.').then((doc) => {
  if (doc.quotes[0]?.speaker?.name !== 'Ильхам Алиев') throw new Error('CJS: no quote');
  console.log('require: ok');
});
EOF
# The dictionary is found wherever the package is installed: run from another directory.
(cd / && node "$work/project/esm.mjs" && node "$work/project/cjs.cjs")

# rech/segment from Node, both ways.
node --input-type=module -e "import { tokenize, sentenize, explainTokens } from 'rech/segment'; if (tokenize('что-то').length !== 1 || sentenize('Да. Нет.').length !== 2 || explainTokens('что-то').length !== 2) throw new Error('ESM: rech/segment');"
node -e "const { tokenize } = require('rech/segment'); if (tokenize('что-то').length !== 1) throw new Error('CJS: rech/segment');"
echo 'rech/segment: ok'

# The README's five-line example, as a new user would paste it, prints what its comments say.
awk '/^## Use it in your project/ { on = 1 } on && /^```js$/ { code = 1; next } code && /^```$/ { exit } code { print }' "$root/README.md" > readme-example.mjs
[ "$(wc -l < readme-example.mjs)" = 5 ] || fail "the README's example is not five lines: $(cat readme-example.mjs)"
node readme-example.mjs > readme-example.out
grep -q "'PER Рашад Мамедов'" readme-example.out && grep -q 'Рашад Мамедов: Мы не хотели войны' readme-example.out && grep -q "start: 6" readme-example.out \
  || fail "the README's example printed: $(cat readme-example.out)"
echo "README example: ok"

# rech/schema.json, by require and by import (JSON modules), is the schema of the documents the package gives.
cat > schema.mjs <<'EOF'
import { createRequire } from 'node:module';
import { analyze } from 'rech';
import schema from 'rech/schema.json' with { type: 'json' };
const required = createRequire(import.meta.url)('rech/schema.json');
if (schema.title !== 'RechDocument' || required.$id !== schema.$id) throw new Error('rech/schema.json');
const doc = await analyze('Посол заявил.');
const missing = schema.required.filter((key) => !(key in doc));
if (missing.length > 0 || doc.offsets !== schema.properties.offsets.const) throw new Error(`rech/schema.json: the document lacks ${missing}`);
EOF
node --no-warnings=ExperimentalWarning schema.mjs
echo 'rech/schema.json: ok'

# The types resolve for Node (nodenext, ESM and CJS) and for bundlers (bundler), for both entries
# (the repository's own TypeScript, strict).
cat > types.mts <<'EOF'
import { analyze, type RechDocument } from 'rech';
import { tokenize, type Token } from 'rech/segment';
const doc: RechDocument = await analyze('Текст.');
export const count: number = doc.tokens.length;
export const tokens: Token[] = tokenize('Текст.');
EOF
cat > types.cts <<'EOF'
import rech = require('rech');
import segment = require('rech/segment');
export const run = (): Promise<rech.RechDocument> => rech.analyze('Текст.');
export const tokens: segment.Token[] = segment.tokenize('Текст.');
EOF
cp types.mts types-bundler.ts
tsc="$root/node_modules/.bin/tsc"
"$tsc" --strict --noEmit --skipLibCheck --module nodenext --moduleResolution nodenext --target es2022 --types node --typeRoots "$root/node_modules/@types" types.mts types.cts
"$tsc" --strict --noEmit --skipLibCheck --module esnext --moduleResolution bundler --target es2022 --types node --typeRoots "$root/node_modules/@types" types-bundler.ts
echo 'types: ok'

# rech/segment bundled for a browser: small, and it runs where there is nothing of Node
# (a fresh V8 context: no process, require or Buffer).
echo "export { tokenize, sentenize, explainTokens } from 'rech/segment';" > segment-entry.mjs
"$esbuild" segment-entry.mjs --bundle --platform=browser --minify --format=iife --global-name=rechSegment --log-level=warning --outfile=segment.min.js
segment_size=$(stat -c %s segment.min.js)
[ "$segment_size" -le "$SEGMENT_MAX" ] || fail "rech/segment bundles to $segment_size bytes minified, over $SEGMENT_MAX"
cat > segment-run.cjs <<'EOF'
const context = {};
const code = require('node:fs').readFileSync('segment.min.js', 'utf8');
require('node:vm').runInNewContext(`${code}; this.count = rechSegment.sentenize('Есть жертвы. Посол заявил.').length + rechSegment.tokenize('что-то в 08:50').length;`, context);
if (context.count !== 5) throw new Error(`the browser bundle of rech/segment gives ${context.count}`);
EOF
node segment-run.cjs
echo "rech/segment for a browser: $((segment_size / 1024)) KB minified, runs"

# rech bundled for a browser: the exports' `browser` condition gives dist/browser.js (the main entry but
# analyzeMany, no Node.js built-in) and the package's `browser` field az for a browser (dist/az.browser.js),
# which loads the dictionaries by URL. The bundle then runs with az's dicts/ served over HTTP.
echo "export { analyze, loadDictionaries } from 'rech';" > browser-entry.mjs
"$esbuild" browser-entry.mjs --bundle --platform=browser --format=esm --splitting --minify --log-level=warning --outdir=browser --metafile=browser-meta.json
node -e "
const inputs = Object.keys(require('./browser-meta.json').inputs);
const wrong = inputs.filter((input) => input.includes('node_modules/az/') || /^(node:)?(fs|path|url|os|worker_threads)$/.test(input));
if (wrong.length > 0 || !inputs.some((input) => input.endsWith('rech/dist/az.browser.js'))) throw new Error('rech for a browser bundles ' + inputs.join(', '));"
cat > browser/run.mjs <<'EOF'
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
const dicts = new URL('../node_modules/az/dicts/', import.meta.url);
const server = createServer((request, response) => createReadStream(new URL(request.url.slice(1), dicts)).on('error', () => response.writeHead(404).end()).pipe(response));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { analyze, loadDictionaries } = await import('./browser-entry.js');
await loadDictionaries(`http://127.0.0.1:${server.address().port}/`);
const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
server.close();
if (doc.quotes[0]?.speaker?.name !== 'Рашад Мамедов') throw new Error('rech for a browser: no quote');
EOF
echo '{ "type": "module" }' > browser/package.json
node browser/run.mjs
echo "rech for a browser: $(( $(stat -c %s browser/browser-entry.js) / 1024 )) KB minified (franc and compromise in chunks of their own), runs with the dictionaries by URL"

# analyzeMany in an application bundled by esbuild, with rech's worker bundled beside it as worker.js
# (az stays external: it reads its dictionary from its own folder). Two workers, run from elsewhere.
mkdir app
cat > app/app.mjs <<'EOF'
import { analyzeMany } from 'rech';
const texts = ['Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».', 'Есть жертвы.'];
const people = [];
for await (const result of analyzeMany(texts, { concurrency: 2 })) {
  if ('error' in result) throw result.error;
  people.push(result.document.entities.filter((e) => e.type === 'PER').length);
}
if (people.join() !== '1,0') throw new Error(`bundled analyzeMany: ${people}`);
EOF
"$esbuild" app=app/app.mjs worker=rech/worker --bundle --platform=node --format=esm --external:az --log-level=warning --outdir=bundle
echo '{ "type": "module" }' > bundle/package.json
(cd / && node "$work/project/bundle/app.js")
echo 'bundled analyzeMany: ok'

# The command line, installed as a bin.
for format in json jsonl html brat conll conllu text; do
  for fixture in 000_4a3131ec37a1ee70 english-wire; do
    npx --no-install rech analyze --format "$format" "$root/fixtures/$fixture.txt" > "$fixture.$format"
    [ -s "$fixture.$format" ] || fail "rech analyze --format $format printed nothing for $fixture"
  done
done
npx --no-install rech --version > /dev/null
echo 'bin: ok'
