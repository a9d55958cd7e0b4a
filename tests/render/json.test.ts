import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonl } from '../../src/index.js';
import { ambassadorDocument, handDocument } from './document.js';

describe('renderJson and renderJsonl', () => {
  it('write JSON.stringify of the document, indented by 2 or on one line, ending with a newline', () => {
    const doc = ambassadorDocument();
    expect(renderJson(doc)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(renderJson(doc, { compact: true })).toBe(`${JSON.stringify(doc)}\n`);
    expect(renderJsonl(doc)).toBe(`${JSON.stringify(doc)}\n`);
    expect(JSON.parse(renderJson(doc))).toEqual(doc);
  });

  it('keep a JSON Lines record on one line whatever line separators the text holds', () => {
    const doc = handDocument('Посол\u2028заявил\u2029об этом\u0085и\nушёл.\r\nВсё.', 'rus');
    const line = renderJsonl(doc);
    expect(line.split(/\r\n|[\n\r\u0085\u2028\u2029\v\f]/)).toEqual([line.slice(0, -1), '']);
    expect(JSON.parse(line)).toEqual(doc);
    expect(JSON.parse(renderJson(doc))).toEqual(doc);
  });

  it('check the document and the options', () => {
    expect(() => renderJson(ambassadorDocument(), { compact: 'yes' as never })).toThrow(/`options.compact` must be a boolean/);
    expect(() => renderJson(ambassadorDocument(), { indent: 4 } as never)).toThrow(/unknown option `indent`/);
    expect(() => renderJsonl(null as never)).toThrow(TypeError);
  });
});
