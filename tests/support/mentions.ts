/** The entity mentions of a text as the entity tests and probes read them (tests/entities/*.test.ts). */
import { analyze, type EntityMention } from '../../src/index.js';

/** Every mention of the text, in text order. */
export async function mentionsOf(text: string): Promise<EntityMention[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
}

/** Every mention as `TYPE text → normal`, in text order. */
export async function shown(text: string): Promise<string[]> {
  return (await mentionsOf(text)).map((m) => `${m.type} ${m.text} → ${m.normal}`);
}

/** Every mention as `TYPE text`, in text order, where the normal form is not what a case pins down. */
export async function spans(text: string): Promise<string[]> {
  return (await mentionsOf(text)).map((m) => `${m.type} ${m.text}`);
}
