/**
 * Quotes of English paragraphs (src/quotes/english.ts, english-phrases.ts,
 * english-speakers.ts), in the shape docs/quotes.md gives. Each expected quote
 * is written by hand from its text as `kind [content pieces] cue(lemma) speaker → name`.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { quoteViolations } from '../support/invariants.js';

const show = async (text: string): Promise<string[]> => {
  const doc = await analyze(text);
  expect(quoteViolations(doc)).toEqual([]);
  return doc.quotes.map((q) => {
    const cue = q.cue ? `${q.cue.text}(${q.cue.lemma})` : 'null';
    const speaker = q.speaker ? `${q.speaker.text} → ${q.speaker.name}` : 'null';
    return `${q.kind} ${JSON.stringify(q.content.map((c) => c.text))} ${cue} ${speaker}`;
  });
};

describe('direct speech', () => {
  it('"…," X said. with curly and straight quotes', async () => {
    expect(await show('“We will win,” Smith said.')).toEqual(['direct ["We will win"] said(say) Smith → Smith']);
    expect(await show('"We will win," Smith said.')).toEqual(['direct ["We will win"] said(say) Smith → Smith']);
  });

  it('"…," said X.', async () => {
    expect(await show('"We will win," said John Smith.')).toEqual(['direct ["We will win"] said(say) John Smith → John Smith']);
  });

  it('"…?" X asked. (one sentence with its attribution)', async () => {
    expect(await show('"Why now?" Blinken asked.')).toEqual(['direct ["Why now?"] asked(ask) Blinken → Blinken']);
  });

  it('X said: "…"', async () => {
    expect(await show('John Smith said: "We will win. We always do."')).toEqual(['direct ["We will win. We always do."] said(say) John Smith → John Smith']);
  });

  it('X told reporters "…"', async () => {
    expect(await show('Foreign Minister Sergei Lavrov told reporters "the door is open."')).toEqual([
      'direct ["the door is open."] told(tell) Foreign Minister Sergei Lavrov → Sergei Lavrov',
    ]);
  });

  it('"…," X said, "…" is one quote in two pieces', async () => {
    expect(await show('"We will win," Smith said, "whatever it takes."')).toEqual(['direct ["We will win","whatever it takes."] said(say) Smith → Smith']);
  });

  it('a quoted sentence standing alone after an attributed one continues it', async () => {
    expect(await show('"This is not over," Peskov said. "We will respond."')).toEqual(['direct ["This is not over","We will respond."] said(say) Peskov → Peskov']);
  });

  it('a quoted paragraph standing alone after an attributed one shares its speaker', async () => {
    const doc = await analyze('"This is not over," Peskov said.\n"We will respond in kind to any attack."');
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[1]!.cue).toBeNull();
    expect(doc.quotes[1]!.speaker).toBe(doc.quotes[0]!.speaker);
  });

  it('scare quotes and titles are no quotes', async () => {
    expect(await show('The so-called "peace plan" was rejected by Kyiv.')).toEqual([]);
    expect(await show('She starred in "Oppenheimer" last year.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('X said (that) …', async () => {
    expect(await show('Lavrov said the talks had failed.')).toEqual(['indirect ["the talks had failed"] said(say) Lavrov → Lavrov']);
    expect(await show('Lavrov said on Sunday that the talks had failed.')).toEqual(['indirect ["the talks had failed"] said(say) Lavrov → Lavrov']);
  });

  it('X told Y (that) …', async () => {
    expect(await show('Lavrov told Reuters that the talks had failed.')).toEqual(['indirect ["the talks had failed"] told(tell) Lavrov → Lavrov']);
  });

  it('X said that "…": one reported quote, the words inside the marks', async () => {
    expect(await show('Lavrov said that "nothing will change."')).toEqual(['indirect ["nothing will change"] said(say) Lavrov → Lavrov']);
  });

  it('a quotation inside a reported clause stays in it', async () => {
    expect(await show('Officials said they were "cautiously optimistic" about the talks.')).toEqual([
      'indirect ["they were \\"cautiously optimistic\\" about the talks"] said(say) Officials → null',
    ]);
  });

  it('according to X, … and …, according to X.', async () => {
    expect(await show('According to the IMF, the economy grew 3% last year.')).toEqual(['indirect ["the economy grew 3% last year"] According to(according to) the IMF → IMF']);
    expect(await show('The economy grew 3% last year, according to the IMF.')).toEqual(['indirect ["The economy grew 3% last year"] according to(according to) the IMF → IMF']);
  });

  it('…, according to X, … is one quote in two pieces', async () => {
    expect(await show('The economy, according to the IMF, grew 3% last year.')).toEqual(['indirect ["The economy","grew 3% last year"] according to(according to) the IMF → IMF']);
  });

  it('according to a statement: no speaker unless the statement has an author', async () => {
    expect(await show('The economy grew 3% last year, according to a statement.')).toEqual(['indirect ["The economy grew 3% last year"] according to(according to) null']);
    expect(await show('The economy grew 3% last year, according to a statement by the IMF.')).toEqual([
      'indirect ["The economy grew 3% last year"] according to(according to) the IMF → IMF',
    ]);
  });

  it('…, X said. and …, said X, an apposition.', async () => {
    expect(await show('Prices rose sharply, the ministry said in a statement.')).toEqual(['indirect ["Prices rose sharply"] said(say) the ministry → null']);
    expect(await show('Prices rose sharply, said Jane Doe, an economist at Citi.')).toEqual(['indirect ["Prices rose sharply"] said(say) Jane Doe → Jane Doe']);
  });

  it('X, an apposition, said …', async () => {
    expect(await show('Sen. Chuck Schumer, D-N.Y., said the Senate would vote next week.')).toEqual([
      'indirect ["the Senate would vote next week"] said(say) Sen. Chuck Schumer, D-N.Y. → Chuck Schumer',
    ]);
  });

  it('X warned that …, X, however, said …', async () => {
    expect(await show('Analysts at Morgan Stanley, however, warned that margins could suffer.')).toEqual([
      'indirect ["margins could suffer"] warned(warn) Analysts at Morgan Stanley → Morgan Stanley',
    ]);
  });

  it('X said NOUNS would …: a bare plural before a modal opens the clause, even where compromise reads a verb', async () => {
    expect(await show('Economists said rates would fall next year.')).toEqual(['indirect ["rates would fall next year"] said(say) Economists → null']);
    expect(await show('Officials said prices will rise.')).toEqual(['indirect ["prices will rise"] said(say) Officials → null']);
  });

  it('a source familiar with …: the postmodifier is part of the speaker phrase and names no one', async () => {
    expect(await show('A source familiar with the matter said the date had not been set.')).toEqual([
      'indirect ["the date had not been set"] said(say) A source familiar with the matter → null',
    ]);
    expect(await show('People close to the talks said a deal was near.')).toEqual(['indirect ["a deal was near"] said(say) People close to the talks → null']);
  });

  it('…, X said DATE, as …: the clause that explains the report is not its content', async () => {
    expect(await show("Japan's economy shrank 2.1% in the quarter, the government said Monday, as exports fell.")).toEqual([
      'indirect ["Japan\'s economy shrank 2.1% in the quarter"] said(say) the government → null',
    ]);
  });

  it('the dateline is not part of the content', async () => {
    expect(await show('NEW YORK, Jan 12 (Reuters) - U.S. stocks rose on Friday, according to traders.')).toEqual([
      'indirect ["U.S. stocks rose on Friday"] according to(according to) traders → null',
    ]);
  });

  it('an attribution before a colon introduces what follows, not what went before', async () => {
    expect(await show('Asked about the allegations, Kremlin spokesman Dmitry Peskov told reporters: "We have nothing to add."')).toEqual([
      'direct ["We have nothing to add."] told(tell) Kremlin spokesman Dmitry Peskov → Dmitry Peskov',
    ]);
  });

  it('a speech verb with no clause is no quote', async () => {
    expect(await show('Smith said in a statement.')).toEqual([]);
    expect(await show('Armenia accused Azerbaijan of shelling Stepanakert, a charge Baku denied.')).toEqual([]);
  });
});

describe('attribution before, inside and after the statement (issue 13)', () => {
  it('As X explained, "…": an attribution after `as` before a quotation is direct speech', async () => {
    expect(await show('As the prosecutor explained, "the charges will stand."')).toEqual(['direct ["the charges will stand."] explained(explain) the prosecutor → null']);
    expect(await show('As Smith put it, "the deal is dead."')).toEqual(['direct ["the deal is dead."] put it(put it) Smith → Smith']);
  });

  it('As X said, …: opening the sentence, after it, or inside it', async () => {
    expect(await show('As the minister put it, the talks are over.')).toEqual(['indirect ["the talks are over"] put it(put it) the minister → null']);
    expect(await show('As Smith has repeatedly said, the deal is dead.')).toEqual(['indirect ["the deal is dead"] said(say) Smith → Smith']);
    expect(await show('The talks will resume in Geneva, as the minister told reporters.')).toEqual(['indirect ["The talks will resume in Geneva"] told(tell) the minister → null']);
    expect(await show('The talks, as the minister said on Monday, will resume next week.')).toEqual(['indirect ["The talks","will resume next week"] said(say) the minister → null']);
  });

  it('`as` with no attribution is no quote', async () => {
    expect(await show('As expected, prices rose sharply.')).toEqual([]);
    expect(await show('As the crisis deepened, prices rose sharply.')).toEqual([]);
    expect(await show('He put it on the table, as always.')).toEqual([]);
  });

  it('…, which X announced: a relative attribution points back at the clause before it', async () => {
    expect(await show('The talks will resume in Geneva, which the ministry announced on Monday.')).toEqual([
      'indirect ["The talks will resume in Geneva"] announced(announce) the ministry → null',
    ]);
  });

  it('`which` naming a thing said of the clause, or a denial, is no report of the clause', async () => {
    expect(await show('Prices rose 5%, which the minister said was unacceptable.')).toEqual([]);
    expect(await show('Israel struck a convoy, which Hezbollah denied.')).toEqual([]);
  });

  it('…, X said, …: the statement goes on after the attribution', async () => {
    expect(await show('These plans are unrealistic, Smith believes, so they will be postponed.')).toEqual([
      'indirect ["These plans are unrealistic","so they will be postponed"] believes(believe) Smith → Smith',
    ]);
    expect(await show('The economy, the minister said, will grow by 3% next year.')).toEqual(['indirect ["The economy","will grow by 3% next year"] said(say) the minister → null']);
  });

  it('…, X said, but …: a clause the reporter adds is not the statement', async () => {
    expect(await show('Prices will rise, the minister said, but wages will rise too.')).toEqual(['indirect ["Prices will rise"] said(say) the minister → null']);
  });

  it('…, X said, adding that …: two reports of one speaker', async () => {
    expect(await show('The talks are over, the minister said, adding that a new round was possible.')).toEqual([
      'indirect ["The talks are over"] said(say) the minister → null',
      'indirect ["a new round was possible"] adding(add) the minister → null',
    ]);
    expect(await show('Lavrov said the talks had failed, adding that a new round was possible.')).toEqual([
      'indirect ["the talks had failed"] said(say) Lavrov → Lavrov',
      'indirect ["a new round was possible"] adding(add) Lavrov → Lavrov',
    ]);
  });

  it("X, saying that …: a speech participle's clause is the subject's report", async () => {
    expect(await show('The opposition criticized the vote, saying that it had been rigged.')).toEqual(['indirect ["it had been rigged"] saying(say) The opposition → null']);
    expect(await show('Smith resigned on Monday, telling reporters that he was tired.')).toEqual(['indirect ["he was tired"] telling(tell) Smith → Smith']);
    expect(await show('The opposition leader, saying that the vote was rigged, left the hall.')).toEqual([
      'indirect ["the vote was rigged"] saying(say) The opposition leader → null',
    ]);
  });

  it("a participle after a quotation is its speaker's, not a word inside the marks", async () => {
    expect(await show('"We will win," Smith said, adding that the team was ready.')).toEqual([
      'direct ["We will win"] said(say) Smith → Smith',
      'indirect ["the team was ready"] adding(add) Smith → Smith',
    ]);
  });

  it("a participle set off after an object inside a report is part of that report's clause", async () => {
    expect(await show('Police said the suspect, saying he was innocent, refused to answer questions.')).toEqual([
      'indirect ["the suspect, saying he was innocent, refused to answer questions"] said(say) Police → null',
    ]);
  });

  it('a participle with no clause after it is no quote', async () => {
    expect(await show('Smith left the room, saying nothing.')).toEqual([]);
    expect(await show('Smith left, waving to reporters.')).toEqual([]);
  });

  it('the one spoken to, a time or an interview between the verb and its clause', async () => {
    expect(await show('Lavrov told Reuters on Wednesday that the talks had failed.')).toEqual(['indirect ["the talks had failed"] told(tell) Lavrov → Lavrov']);
    expect(await show('Lavrov said in an interview with the BBC that the talks had failed.')).toEqual(['indirect ["the talks had failed"] said(say) Lavrov → Lavrov']);
    expect(await show('Lavrov said in a televised interview on Wednesday that the talks had failed.')).toEqual(['indirect ["the talks had failed"] said(say) Lavrov → Lavrov']);
  });

  it('X reported, citing Y, that …: the outlet is the channel, the source it cites the speaker', async () => {
    expect(await show('Reuters reported, citing a source familiar with the matter, that the talks had failed.')).toEqual([
      'indirect ["the talks had failed"] reported(report) a source → null',
    ]);
    expect(await show('The talks had failed, Reuters reported, citing a source.')).toEqual(['indirect ["The talks had failed"] reported(report) a source → null']);
    expect(await show('Reuters reported, citing data from the Interior Ministry, that crime fell.')).toEqual([
      'indirect ["crime fell"] reported(report) the Interior Ministry → Interior Ministry',
    ]);
  });

  it('what a speaker cites is evidence, not a source', async () => {
    expect(await show('The ministry said, citing preliminary data, that exports fell.')).toEqual(['indirect ["exports fell"] said(say) The ministry → null']);
    expect(await show('The vote was rigged, the opposition said, citing irregularities.')).toEqual(['indirect ["The vote was rigged"] said(say) the opposition → null']);
  });
});

describe('speakers', () => {
  it('he and she: the last person who spoke, else the last person named, of a fitting gender', async () => {
    expect(await show('German Chancellor Angela Merkel met Emmanuel Macron. She said the deal was fair.')).toEqual([
      'indirect ["the deal was fair"] said(say) She → Angela Merkel',
    ]);
    expect(await show('"This is not over," Peskov said. "Not at all," he added.')).toEqual([
      'direct ["This is not over"] said(say) Peskov → Peskov',
      'direct ["Not at all"] added(add) he → Peskov',
    ]);
  });

  it('a bare title: the person introduced with it', async () => {
    expect(await show('Foreign Minister Sergei Lavrov arrived in Baku on Monday. The minister said the talks had failed.')).toEqual([
      'indirect ["the talks had failed"] said(say) The minister → Sergei Lavrov',
    ]);
  });

  it('a person named after a title in the phrase; an organisation; a group', async () => {
    expect(await show('"We are concerned," Kremlin spokesman Dmitry Peskov said.')).toEqual([
      'direct ["We are concerned"] said(say) Kremlin spokesman Dmitry Peskov → Dmitry Peskov',
    ]);
    expect(await show('The Kremlin said the talks had failed.')).toEqual(['indirect ["the talks had failed"] said(say) The Kremlin → Kremlin']);
    expect(await show('The talks had failed, diplomats said.')).toEqual(['indirect ["The talks had failed"] said(say) diplomats → null']);
  });

  it('the phrase before an apposition names the speaker', async () => {
    expect(await show('Critics, including the Computer and Communications Industry Association, said the proposal could stifle innovation.')).toEqual([
      'indirect ["the proposal could stifle innovation"] said(say) Critics, including the Computer and Communications Industry Association → null',
    ]);
  });

  it("a possessive's owner is not the speaker", async () => {
    expect(await show("Mr. Smith's wife said she was grateful.")).toEqual(["indirect [\"she was grateful\"] said(say) Mr. Smith's wife → null"]);
    expect(await show("Azerbaijan's Foreign Ministry said Armenian forces shelled Ganja overnight.")).toEqual([
      "indirect [\"Armenian forces shelled Ganja overnight\"] said(say) Azerbaijan's Foreign Ministry → Azerbaijan's Foreign Ministry",
    ]);
  });

  it("points to the speaker's entity", async () => {
    const doc = await analyze('"We will win," said Antony Blinken.');
    const entity = doc.quotes[0]!.speaker!.entity!;
    expect(doc.entities[entity]!.name).toBe('Antony Blinken');
  });
});
