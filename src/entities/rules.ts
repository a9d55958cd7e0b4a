/**
 * The entity grammars: people, places and organisations, as declarations over
 * word predicates (engine in grammar.ts). Roles: `first`, `middle`, `last` for
 * the parts of a person's name; `context` for words a rule needs but the
 * entity's span leaves out (a descriptor, quotation marks); `next` for words
 * at the end that a rule needs but leaves to the next match (the place after a
 * body: `Конгресса | США`); other words are the name.
 */
import particles from '../data/gazetteer/name-particles.json';
import chineseNames from '../data/gazetteer/chinese-names.json';
import notNames from '../data/gazetteer/not-names.json';
import placeWords from '../data/gazetteer/place-words.json';
import { COMPOUND_PREFIXES, compoundOfBodyNoun, endsLikeBody, opensLikeBody, startsWithBodyPrefix } from '../lexicon/body-shapes.js';
import placeAdjectives from '../data/gazetteer/place-adjectives.json';
import locations from '../data/gazetteer/locations.json';
import organisationsData from '../data/gazetteer/organisations.json';
import rolesData from '../data/gazetteer/roles.json';
import personHeads from '../data/gazetteer/person-heads.json';
import familyWords from '../data/gazetteer/family-words.json';
import cues from '../data/quotes/cues.json';
import { agree, agreeingForms, nameSubjectOfVerb } from '../words/agreement.js';
import { BETWEEN_SUBJECT_AND_VERB, commonWordForms, CONSONANT_END, initialWord, listedFirstName, listedWomanName, manNominative, PARENTHETICAL_PART, prefixRestored, predicateWord, SOVEREIGN_TITLE, syllableStem, UNDECLINED_VOWEL_END, womanPossessiveSurname } from './normalize.js';
import { gazetteer, isCommonFirstName, NATIONALITY_NOUNS, placeReadingFirst, type Gazetteer, type GazetteerEntry } from '../lexicon/gazetteer.js';
import {
  and, best, capitalized, formTest, gram, inSet, isWord, known, knownGram, lower, not, one, optional, or, pos, repeat, rule, latin, sentenceStart, text, title, upper,
  type Match, type Predicate, type Rule,
} from './grammar.js';
import { fold, foldedSet, perForm, PROPER_GRAMMEMES, type Word } from '../words/word.js';
import { NAME_QUOTES_CLOSE, NAME_QUOTES_OPEN } from '../segment/punctuation.js';
import { analyses, nominative, singularNominative, type WordAnalysis } from '../morphology/morphology.js';
import { restoreSpelling } from '../words/nominative.js';

/** The word or a lemma of it is in one of the gazetteer's word lists (read when first needed). */
function listedIn(pick: (lists: Gazetteer) => ReadonlySet<string>): Predicate {
  let test: Predicate | undefined;
  return formTest((word) => (test ??= inSet(pick(gazetteer())))(word));
}

const commonWord = formTest((word) => word.common);
/** A capital that may only mark the start of a sentence (`Есть`, `При`): there, the word must not be a common word too. */
const properHere: Predicate = (word) => !word.sentenceStart || !commonWord(word);
const listed = (type: string): Predicate => (word) => word.listed === type;
const firstNameListed: Predicate = listedIn((lists) => lists.firstNames);
const organisationHead: Predicate = listedIn((lists) => lists.organisationDescriptors);
const regionDescriptor: Predicate = listedIn((lists) => lists.regionDescriptors);
/**
 * A title the list gives, by a lemma of the word, or, for a word the dictionary lacks, by its form of a listed title in `-а`
 * declined as a noun (`аятоллы`, `аятолле`: `аятолла`, which the guesser reads as a form of `аятолл`: rule `listed title
 * declined`).
 */
const titleWord: Predicate = or(listedIn((lists) => lists.titles), formTest((word) => declinedTitle(word) || feminineTitle(word)));
let titlesInNik: ReadonlySet<string> | undefined;
/**
 * A woman's title the list lacks, made from a listed title in `-ник` with `-ница` (`градоначальница`, `-ницы`, …:
 * `градоначальник`; rule `feminine of a listed title`): Russian forms the feminine of such nouns so, and a capital at the start
 * of a sentence does not make it a surname.
 */
function feminineTitle(word: Word): boolean {
  const stem = /^(.+ни)ц(?:а|ы|е|у|ей|ею)$/.exec(word.folded)?.[1];
  if (stem === undefined) return false;
  titlesInNik ??= new Set([...gazetteer().titles].filter((each) => each.endsWith('ник') && !each.includes(' ')));
  return titlesInNik.has(`${stem}к`);
}
let titlesInA: ReadonlySet<string> | undefined;
function declinedTitle(word: Word): boolean {
  if (word.shape !== 'lower' || word.analyses.some((reading) => reading.known)) return false;
  titlesInA ??= new Set([...gazetteer().titles].filter((each) => each.endsWith('а') && !each.includes(' ')));
  const ending = /(?:ой|ою|[ыиеу])$/.exec(word.folded)?.[0];
  return ending !== undefined && titlesInA.has(`${word.folded.slice(0, -ending.length)}а`);
}
const singleLetter = and(title, formTest((word) => word.text.length === 1));
/** A first name's initial: one capital letter, or one of two for a sound Russian writes so (`Дж.`; name-particles.json initials). */
const initial = and(title, formTest(initialWord));
const knownGenitive = knownGram('gent');
const anyGenitive = gram('gent');
/** In the genitive by the dictionary, or by a guess when the dictionary does not know the word (`Владимир` is no genitive plural of `миро`). */
const genitive = formTest((word) => (word.analyses.some((reading) => reading.known) ? knownGenitive(word) : anyGenitive(word)));
const dot = text('.');

// People

const ROMAN = /^(?=[IVXLCDMХ]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?[XХ]{0,3})(?:IX|IV|V?I{0,3})$/;
/** A Roman numeral (`XX`, `III`, `VII`; `ХХ` with Cyrillic Х): a century or an ordinal, never a name. */
const romanNumeral: Predicate = formTest((word) => ROMAN.test(word.text.replaceAll('Х', 'X')));
/**
 * A sovereign's regnal number after the name (`Людовик XIV`, `Елизавета II`, `Пётр I`): a Roman numeral of up to five letters,
 * or one of one letter, `I`, `V` or `X` (`Карл V`, `Фредерик X`), which after a first name is no century's.
 */
const regnalNumber: Predicate = formTest((word) => SINGLE_REGNAL.has(word.text.replaceAll('Х', 'X')) || (word.text.length <= 5 && romanNumeral(word)));
const SINGLE_REGNAL: ReadonlySet<string> = new Set(['I', 'V', 'X']);

/** A listed place that is more likely a place than a name (`Израиля Биньямин Нетаньяху`: the country, then the name). */
const likelierPlace = and(listed('LOC'), best((reading) => reading.tags.includes('Geox')));
/** A preposition or conjunction first of all (`Из`, not the plural of `Иза`): a sentence's first word, not a name. */
const functionWord = best((reading) => reading.pos === 'PREP' || reading.pos === 'CONJ');
/** Capitalised parts joined by hyphens, each with its only capital first (`Жан-Франсуа`, `Спутник-Грузия`). */
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
/** A double given name whose parts are each a first name, listed or known to the dictionary (`Жан-Франсуа`, `Пьер-Эмерик` with `Пьер`). */
const doubleFirstName: Predicate = formTest((word) => {
  if (word.latin || !HYPHENATED_NAME.test(word.text)) return false;
  const parts = word.text.split('-');
  const isName = (part: string): boolean => gazetteer().firstNames.has(fold(part)) || analyses(part).some((reading) => reading.known && reading.tags.includes('Name') && reading.number === 'sing');
  // The first part a name, the others names too or unknown to the dictionary (`Пьер-Эмерик`), never a place's parts (`Жан-Поль` is no town).
  // An Arabic particle's first part is a surname's or a name's article (`Аль-Кайда`, `аль-Асад`), not a given name.
  if (particles.hyphenated.includes(fold(parts[0]!))) return false;
  return isName(parts[0]!) && parts.slice(1).every((part) => isName(part) || !analyses(part).some((reading) => reading.known));
}, ['title']);
/**
 * A name of capitalised parts joined by a hyphen whose last part is a listed place in the nominative and whose first is
 * no place or first name (`Спутник-Грузия`, `Новости-Крым`, `Газпром-Армения`): an outlet's or a company's branch in
 * that place, named with it; a place of such parts is listed or known to the dictionary (`Ханты-Мансийск`) and stays one.
 */
const branchOfPlace: Predicate = formTest((word) => {
  if (word.latin || !HYPHENATED_NAME.test(word.text)) return false;
  const dash = word.text.lastIndexOf('-');
  const [owner, place] = [word.text.slice(0, dash), word.text.slice(dash + 1)];
  const oneWordPlace = (part: string): boolean => (gazetteer().byFirstKey.get(fold(part)) ?? []).some((entry) => entry.type === 'LOC' && entry.words.length === 1);
  return oneWordPlace(place) && !oneWordPlace(owner.split('-')[0]!) && !gazetteer().firstNames.has(fold(owner.split('-')[0]!));
});
const BRANCH_OF_PLACE = and(title, branchOfPlace, not(listed('LOC')), not(listed('ORG')), not(knownGram('Geox')));
/** Parts joined by hyphens, each starting with a capital (`НТВ-Плюс`, `Газпром-Медиа`). */
const CAPITALISED_PARTS = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+$/u;
/**
 * A unit named after its parent: capitalised parts joined by a hyphen, the first a listed organisation's one-word name
 * (`НТВ-Плюс`, `Газпром-Медиа`, `Лукойл-Пермь`), as a company names its subsidiaries and a channel its sister channels.
 */
const unitOfListed: Predicate = formTest((word) => {
  if (!CAPITALISED_PARTS.test(word.text)) return false;
  const parent = fold(word.text.slice(0, word.text.indexOf('-')));
  return (gazetteer().byFirstKey.get(parent) ?? []).some((entry) => entry.type === 'ORG' && entry.words.length === 1);
});
const UNIT_OF_LISTED = and(capitalized, unitOfListed, not(listed('LOC')), not(listed('ORG')));
/** A capitalised name and `банк` joined by a hyphen, the bank's word in any case (`Тинькофф-банк`, `Хоум-банке`). */
const NAMED_BANK_FORM = /^(\p{Lu}\p{L}+-[бБ]анк)(?:а|у|ом|е)?$/u;
const NAMED_BANK = and(capitalized, not(listed('ORG')), formTest((word) => NAMED_BANK_FORM.test(word.text)));
export const NAMED_BANK_RULE = 'Name-банк';
/** The rule for a facility named by an adjective and an abbreviation (`Антипинский НПЗ`), whose normal form puts the adjective in the abbreviation's gender. */
export const FACILITY_RULE = 'Adjective facility';
/** The rule that takes the Latin names after a product's word (`корабль Starship`, `браузера Chrome`) as no one's. */
export const PRODUCT_AFTER_WORD_RULE = 'not a name: after a product word';
/** The rule that reads a place's adjective before a name in quotes (`казанский «Рубин»`): the club's, band's or paper's name is the one in quotes. */
export const LOCAL_QUOTED_NAME_RULE = 'local «Name»';
/** The rule for a name a capitalised adjective opens inside a sentence (`Законодательного собрания`, `Мариинского театра`). */
export const ADJECTIVE_BODY_RULE = 'Adjective body';
/** The rule for a venue named in quotes by a name and a venue's noun (`«Газпром Арена»`), whose normal form declines the noun alone. */
export const VENUE_RULE = '«Name venue»';
/** The rule for a research university's kind and its name in quotes (`НИТУ «МИСИС»`), written as it stands. */
export const UNIVERSITY_KIND_RULE = 'university kind «Name»';
/** The nominative of a bank's name with a hyphen: the case ending of `банк` dropped (`Хоум-банке` → `Хоум-банк`). */
export const namedBankNominative = (word: Word): string => word.text.replace(NAMED_BANK_FORM, '$1');
/** A name the text writes in the nominative whatever its case in the sentence (`агентства Спутник-Грузия`, `НТВ-Плюс`): its normal form is as written. */
export const writtenNominative: Predicate = or(BRANCH_OF_PLACE, UNIT_OF_LISTED);
/**
 * A listed first name in an oblique case the dictionary does not know as the name's (`Санны` of Санна, read as the adjective
 * `санный`; rule `listed name declined`), whose nominative is the listed name by a case ending; a common word only inside a
 * sentence, where its capital marks a name.
 */
const declinedListedFirstName: Predicate = and(formTest((word) => !word.latin && listedFirstName(word) !== undefined, ['title']), properHere);
/** The particles of names, any case (`Аль`, `Эль`, `Ибн`: name-particles.json), which are no given names. */
const NAME_PARTICLES: ReadonlySet<string> = foldedSet([...particles.russian, ...particles.hyphenated]);
/** A first name of one person: the plural of one is no name (`Филиппин` is the Philippines, not the plural of `Филиппина`). */
const FIRST_NAME_FORM = and(capitalized, not(upper), or(knownGram('Name', 'sing'), firstNameListed, declinedListedFirstName, and(doubleFirstName, not(listed('ORG')), not(listed('LOC')))),
  not(titleWord), not(likelierPlace));
const FIRST = and(FIRST_NAME_FORM, not(functionWord));
/**
 * Before a surname, a function word's form that is a first name too is the name inside a sentence where it has three
 * letters or more (`Али Ерликая`: `али`, an old `или`); not at a sentence's start, nor a short one (`По`, `Ли`), nor a
 * name's particle (`Аль Джазира`), nor alone.
 * Named `name, not a function word`.
 */
const FIRST_BEFORE_SURNAME = or(FIRST, and(FIRST_NAME_FORM, not(sentenceStart), formTest((word) => word.text.length >= 3 && !NAME_PARTICLES.has(word.folded))));
const MIDDLE = and(title, gram('Patr'));
/**
 * A first name that a listed place reads the same and likelier (`Владимире`, `Софии`): a name before a patronymic, which
 * follows no place, or before a surname the dictionary knows in the name's case (`о Владимире Гусеве`, not `во Владимире
 * Путин`); rule `first name a place reads too`.
 */
/** The place's readings of such a first name show its case as well as the name's, which the dictionary may lack (`Софии`). */
const placeOrName = (r: WordAnalysis): boolean => (r.tags.includes('Name') || r.tags.includes('Geox')) && r.number === 'sing';
const PLACE_FIRST = and(capitalized, not(upper), or(knownGram('Name', 'sing'), firstNameListed), not(titleWord), likelierPlace, not(functionWord));
/** A surname: no outlet's or company's branch named with its place (`Спутник-Молдова`, which the guesser reads as a surname). */
const SURNAME = and(title, gram('Surn'), not(titleWord), not(listed('LOC')), not(listed('ORG')), not(BRANCH_OF_PLACE));
/**
 * A surname the dictionary knows that a title's form spells too (`Королев`, also the genitive plural of `королева`;
 * `Королева`): after a first name the capital and the name make it the surname (rule `surname that spells a title`).
 */
const SURNAME_SPELLING_TITLE = and(title, knownGram('Surn', 'sing'));
/** A surname even where a place reads the same (`Иванов` is also a form of `Иваново`): for rules where a first name or initials confirm it. */
const ANY_SURNAME = and(title, gram('Surn'), not(titleWord));
/** A capitalised word the dictionary does not know as a common word or a place: a foreign or rare surname. */
const UNKNOWN_PROPER = and(title, isWord, not(latin), not(commonWord), not(knownGram('Geox')), not(knownGram('Orgn')), not(FIRST), not(listed('LOC')), not(listed('ORG')));
/**
 * A Latin name joined by a hyphen to a lower-case Russian word (`Telegram-канала`, `IT-компании`, `YouTube-блогер`): a kind
 * of thing named after a brand, no person's surname. Named `Latin-word compound`.
 */
const LATIN_COMPOUND = formTest((word) => /^[A-Za-z][A-Za-z0-9]*-[а-яё]/.test(word.text));
const LAST = and(or(SURNAME, UNKNOWN_PROPER), not(LATIN_COMPOUND), not(NAMED_BANK));
/** A surname after a lower-case particle and a hyphen (`эль-Масри`, `аль-Барадеи`; name-particles.json hyphenated), no listed name (`аль-Джазира`). */
const PARTICLE_PREFIX = new RegExp(`^(?:${particles.hyphenated.join('|')})-\\p{Lu}\\p{Ll}`, 'u');
const PARTICLE_SURNAME = and(formTest((word) => PARTICLE_PREFIX.test(word.text)), not(listed('ORG')), not(listed('LOC')));
/**
 * After a known first name almost any capitalised word is the surname, even a common word, a place or an organisation's
 * name, as many surnames name a brand or a hotel (`Фелипе Масса`, `Александр Брод`, `Оливер Кан`, `Пэрис Хилтон`, `Генри Форд`).
 */
/**
 * An ordinal numeral's form (`Первому`, `Второй`): after a first name a sovereign's number written in words (`Петру Первому`),
 * no surname. Named `ordinal, not a surname`.
 */
const ORDINAL = formTest((word) => word.analyses.some((r) => r.known && r.tags.includes('Anum')) && !word.analyses.some((r) => r.known && (r.tags.includes('Surn') || r.tags.includes('Name'))));
const LAST_AFTER_FIRST = and(or(ANY_SURNAME, SURNAME_SPELLING_TITLE, and(title, isWord, not(titleWord), not(MIDDLE)), PARTICLE_SURNAME), not(latin), not(ORDINAL));
/**
 * After an initial any capitalised word is the surname, even a place the dictionary knows (`Н. Кан`), but a listed place (`Н. Новгород`)
 * unless the dictionary knows it as a surname too (`И. Иванова`, not only the genitive of the town `Иваново`).
 */
const LAST_AFTER_INITIAL = or(LAST, and(ANY_SURNAME, knownGram('Surn')), and(LAST_AFTER_FIRST, not(listed('LOC'))));
/** A capitalised word the dictionary does not know at all, no listed name nor a body's short name: a foreign surname when a person's verb follows. */
const UNKNOWN_SURNAME = and(title, isWord, not(latin), not(known), not(listed('LOC')), not(listed('ORG')), not(firstNameListed), not(BRANCH_OF_PLACE), not(titleWord),
  formTest((word) => bodyShortNominative(word) === undefined && !prefixedCommonWord(word)),
  // a body's short name in the nominative too (`Мосгоризбирком сообщил`), whose shape `bodyShortNominative` leaves as it is
  (word: Word) => !bodyShape(word),
  // nor a common noun of a body written together with a short stem (`Набсовет утвердил`)
  formTest((word) => !compoundOfBodyNoun(word.folded)));
/** A common word with a prefix joined by a hyphen (`Экс-президент`, `Вице-премьер`): its last part is a common word the dictionary knows. */
function prefixedCommonWord(word: Word): boolean {
  const hyphen = word.text.lastIndexOf('-');
  return hyphen > 0 && analyses(word.text.slice(hyphen + 1).toLowerCase()).some((r) => r.known && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)));
}
/** A capitalised word that may be a foreign first name: unknown to the dictionary as anything else, no title, no prefixed common word (`Экс-премьер`). */
const UNKNOWN_FIRST = and(title, isWord, not(latin), not(commonWord), not(knownGram('Geox')), not(knownGram('Orgn')), not(listed('LOC')), not(listed('ORG')), not(knownGram('Surn')), not(titleWord),
  formTest((word) => !prefixedCommonWord(word)));
/** Particles inside foreign names: `Франк Де Блекере`, `Ван Гог` (listed in data/gazetteer/name-particles.json). */
const PARTICLE = text(...particles.russian);
/** A particle that is no Russian word (`ван`, `фон`, `де`; not `да`, also a conjunction): a name's, whatever the words around it. */
const FOREIGN_PARTICLE = text(...particles.russian.filter((particle) => particle.toLowerCase() !== 'да'));
/** The Arabic particles `son of` (`бин`, `ибн`; name-particles.json `sonOf`), which a father's given name follows (rule 'Arabic name, son of'). */
const SON_OF = text(...particles.sonOf);
/** A given name of an Arabic name, before or after `бин`: a capitalised word, no title, place nor body, whatever else the dictionary knows of it. */
const ARABIC_GIVEN_NAME = and(title, isWord, not(latin), not(titleWord), not(functionWord), not(knownGram('Geox')), not(listed('LOC')), not(listed('ORG')));
/** Such a particle that opens a surname alone inside a sentence (name-particles.json `insideSentence`; see rule 'particle Surname inside a sentence'). */
const INNER_PARTICLE = text(...particles.insideSentence);
/** A surname after such a particle: a capitalised word, even one the dictionary knows as a common word (`ван Дейк`: `дейк`). */
const SURNAME_AFTER_PARTICLE = and(title, isWord, not(latin), not(knownGram('Geox')), not(knownGram('Orgn')), not(FIRST), not(listed('LOC')), not(listed('ORG')), not(titleWord));
/**
 * A second surname after a first one, as Spanish and Portuguese names have (`Лопес Обрадор`, `Гарсиа Маркес`), or an Arabic
 * name's last part (`ас-Сиси`): one the dictionary does not know, as two surnames it knows in a row are two people.
 */
const SECOND_SURNAME = or(and(UNKNOWN_PROPER, not(known)), PARTICLE_SURNAME);

/** Alone, a word that may be a first name or a surname is the likelier of the two (`Алиев`: the surname, not the plural of `Алий`). */
const likelierName: Predicate = formTest((word) => {
  const proper = word.analyses.find((reading) => reading.tags.includes('Name') || reading.tags.includes('Surn'));
  return !proper || proper.tags.includes('Name');
});

/** A reading of a first name of one person (`Данн` is no first name for being a plural of `Данна`). */
const singularName = (reading: WordAnalysis): boolean => reading.tags.includes('Name') && reading.number === 'sing';

/**
 * Rule part `surname in -ых/-их`: a surname of this old genitive plural shape (`Сухих`, `Толстых`, `Черных`) does not decline
 * and is a man's and a woman's alike, so it agrees with a first name in any case, where the dictionary reads it as an
 * adjective's or a plural surname's form; not after a first name that is a common word opening the sentence (`Любовь
 * Толстых к театру`), whose capital vouches for no name.
 */
const UNDECLINED_PLURAL_SURNAME = /^[а-яё]{3,}[ыи]х$/;
function undeclinedPluralSurname(match: Match, word: Word): boolean {
  const first = match.words[match.roles.indexOf('first')];
  return UNDECLINED_PLURAL_SURNAME.test(word.folded) && first !== undefined && properHere(first);
}

/** Every reading the dictionary knows of the word is a singular adjective's (`Донской`, `Российской`), none a name's. */
const adjectiveOnly = (word: Word): boolean => word.analyses.some((r) => r.known) &&
  word.analyses.every((r) => !r.known || (r.pos === 'ADJF' && r.number === 'sing' && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag))));
/** A singular adjective's reading of a man or a woman: an adjective surname's (not a neuter's). */
const ADJECTIVE_SURNAME_READING = (r: WordAnalysis): boolean => r.pos === 'ADJF' && r.number === 'sing' && (r.gender === 'masc' || r.gender === 'femn');
/**
 * Every reading the dictionary knows of the word is a declining place's (`Москву`, `Лондон`; `Коломбо` shows no case), and it is not shaped as a woman's
 * surname, which many towns' genitives are (`Орехова` of `Орехово`, `Иванова` of `Иваново`).
 */
const placeOnly = (word: Word): boolean => word.analyses.some((r) => r.known) && word.analyses.every((r) => !r.known || (r.tags.includes('Geox') && !r.tags.includes('Fixd'))) &&
  !/(?:[оеё]в|[иы]н)а$|[ая]я$/.test(word.folded);
/** The cases of a place's singular readings, for a man and a woman. */
const placeForms = (word: Word): string[] =>
  word.analyses.filter((r) => r.known && r.tags.includes('Geox') && r.number === 'sing' && r.case !== undefined).flatMap((r) => [`${r.case}/masc`, `${r.case}/femn`]);

const nameAgrees = (match: Match, firstAccept: (r: WordAnalysis) => boolean = (r) => r.tags.includes('Name')): boolean =>
  agreeingForms(
    match.words.flatMap((word, i) => {
      const role = match.roles[i];
      // Rule part `listed woman's name agrees`: a woman's name the list gives, which the dictionary reads only as a man's
      // form (`Мартины`: Мартин's plural), agrees in the forms its ending shows (`Мартины Петровой`: genitive).
      if (role === 'first') return [{ word, accept: firstAccept, also: listedWomanName(word)?.forms ?? [] }];
      if (role === 'last' && undeclinedPluralSurname(match, word)) return [];
      // Rule part `adjective surname agrees`: a last word the dictionary knows only as a singular adjective declines as one,
      // for a man and a woman alike, so it shows the name's case (`Надежды Донской`; `Надежда | Российской сборной` is none).
      if (role === 'last' && adjectiveOnly(word)) return [{ word, accept: ADJECTIVE_SURNAME_READING }];
      // Rule part `place after a first name agrees`: a last word the dictionary knows only as a place is a surname in the
      // first name's case (`Джек Лондон`, `Джеку Лондону`), whatever its gender; one in another case is the next phrase's
      // (`Юрий | Москву не покидал`).
      if (role === 'last' && placeOnly(word)) return [{ word, accept: (r: WordAnalysis) => r.known && r.tags.includes('Geox') && r.number === 'sing', also: placeForms(word) }];
      if (role === 'middle' && word.analyses.some((r) => r.tags.includes('Patr'))) return [{ word, accept: (r: { tags: readonly string[] }) => r.tags.includes('Patr') }];
      // A second given name is in the first's case (`Андресом Мануэлем`; not `Роман | Габриэля Гарсиа Маркеса`, the novel).
      if (role === 'middle' && word.analyses.some(singularName)) return [{ word, accept: singularName }];
      if (role === 'last' && word.analyses.some((r) => r.tags.includes('Surn'))) {
        return [{ word, accept: (r: { tags: readonly string[] }) => r.tags.includes('Surn'), also: [...womanPossessiveSurname(word)?.forms ?? [], ...commonWordForms(word)] }];
      }
      // A last word the dictionary knows only as a first name is one, in the case of the first (`Мохаммадом Джавадом
      // Зарифом`); one in another case is the next phrase (`Роман | Льва Толстого`: the novel of Лев Толстой).
      if (role === 'last' && word.analyses.some(singularName) && !undeclinedWomanSurname(match, word)) {
        return [{ word, accept: singularName, also: [...commonWordForms(word), ...manNameAsWomanSurnameForms(match, word), ...rareWomanNameAsSurnameForms(word)] }];
      }
      return [];
    }),
  ) !== null;

/** Nouns of a person as another's rival, successor or kin (person-heads.json relationNouns, family-words.json relatives), by lemma. */
const RELATION_HEADS: ReadonlySet<string> = foldedSet([...personHeads.relationNouns, ...familyWords.relatives]);
/**
 * Rule part `title's complement before a name`: right after a title (`Тренер Рыбакиной | Стефано Вуков`, `Глава Евросовета |
 * Херман ван Ромпей`), a first word that is no given name the dictionary knows or lists, and may be a genitive, before two
 * capitalised words or more, is the title's complement (whose coach, whose head), and the words after it the holder's name:
 * news names the holder after the complement, given name first.
 */
function complementBeforeName(match: Match): boolean {
  const { sentence, at, following } = match;
  if (match.roles[0] !== 'first' || !sentence || at === undefined || at === 0) return false;
  const previous = sentence[at - 1]!;
  if (!(lower(previous) || previous.sentenceStart) || !(titleWord(previous) || previous.analyses.some((r) => r.pos === 'NOUN' && RELATION_HEADS.has(r.key)))) return false;
  const complement = match.words[0]!;
  // no given name, not even a guessed one (`Защитник Вирджил ван Дейк`)
  if (complement.analyses.some((r) => r.tags.includes('Name')) || firstNameListed(complement)) return false;
  if (!complement.analyses.some((r) => r.case === 'gent')) return false;
  // the holder's name: a capitalised given name right after, and a surname or a particle after that
  const after = following === undefined ? match.words.slice(1) : [...match.words.slice(1), following];
  return after.length >= 2 && capitalized(after[0]!) && (capitalized(after[1]!) || FOREIGN_PARTICLE(after[1]!));
}

/** Rule "man's name, surname a woman's name": a man's known given name, then a woman's only, in a case the first is a man's only in; no third name after. */
function manBeforeWomansName(match: Match): boolean {
  const [first, last] = match.words as [Word, Word];
  if (match.following !== undefined && capitalized(match.following)) return false;
  const names = (word: Word, gender: string): string[] => word.analyses.filter((r) => r.known && singularName(r) && r.gender === gender).map((r) => r.case!);
  if (names(last, 'masc').length > 0) return false;
  const hers = names(last, 'femn');
  const herFirst = names(first, 'femn');
  // a case in which the first word is a man's name only (`Петра` is Пётр's genitive and Петра's nominative)
  return names(first, 'masc').some((c) => hers.includes(c) && !herFirst.includes(c));
}

/**
 * Rule part `a known name opens the next person`: a first name the dictionary knows, before a surname it knows, is that
 * person's, not the surname of an unknown word before it (`Соратница Тихановской | Мария Колесникова`).
 */
function nameOpensAfter(match: Match): boolean {
  const last = match.words.at(-1)!;
  return match.following !== undefined && FIRST(last) && last.analyses.some((r) => r.known && r.tags.includes('Name')) &&
    match.following.analyses.some((r) => r.known && r.tags.includes('Surn'));
}

/** The endings of surnames of the former Soviet states, in any case (`-ов`, `-ина`, `-ский`, `-ян`, `-енко`, `-швили`, `-дзе`, `-ич`, `-ук`). */
const HOME_SURNAME = /(?:[оеё]в|[иы]н|[сц]к|ян|янц|ич|[юу]к|як)(?:а|у|ым|ом|ем|е|ой|ою|ую|ого|ому|им|ий|ая|ые|ых|ыми)?$|(?:енко|швили|дзе|ия|ава|ани|ели|уа)$/;

/**
 * Rule part `guessed surname before the name agrees`: a surname first that the dictionary only guesses takes the first name's
 * case by its guessed surname readings, as a known one does (`Соратница Тихановской | Мария Колесникова`: a genitive, the
 * owner of the noun before it, then a person in the nominative). The name first is the common order in news, so a word
 * before a first name that cannot share its case is the phrase before it.
 */
function guessedSurnameAgrees(match: Match): boolean {
  const last = match.words[match.roles.indexOf('last')]!;
  if (last.analyses.some((r) => r.known)) return true;
  // Rule part `surname first is a home one`: the surname put first is official style and lists of the former Soviet
  // states, where a patronymic follows or the surname has their shape (`Петросян Арам`, `Сидорова Мария`); a foreign given
  // name the dictionary lacks before a name it knows is that person's given name (`Леброна Джеймса`: Леброн Джеймс).
  if (!match.roles.includes('middle') && !HOME_SURNAME.test(last.folded)) return false;
  const surnames = last.analyses.filter((r) => r.tags.includes('Surn') && r.case !== undefined && !r.tags.includes('Fixd'));
  if (surnames.length === 0) return true;
  const first = match.words[match.roles.indexOf('first')]!;
  const names = first.analyses.filter((r) => r.tags.includes('Name') && r.case !== undefined && !r.tags.includes('Fixd'));
  return names.length === 0 || surnames.some((s) => names.some((n) => n.case === s.case && (s.number === 'plur' ? n.number === 'plur' : n.gender === undefined || s.gender === undefined || n.gender === s.gender || s.gender === 'ms-f')));
}

/**
 * Rule part `surname after the name`: a match that ends with a given name the dictionary knows is no name of its own when
 * a surname follows that agrees with the given name, one the dictionary knows or a capitalised word it lacks (`Адвокат
 * Смирнова Елена Котова`, `Пресс-секретарь Навального Кира Ярмыш`: the client's surname in the genitive, then the
 * lawyer's name and surname): news names a person given name first, so the words before are another phrase's.
 */
function surnameAfterName(match: Match): boolean {
  const name = match.words.at(-1)!;
  const next = match.following;
  if (next === undefined || !name.analyses.some((r) => r.known && r.tags.includes('Name'))) return false;
  const surname = next.analyses.some((r) => r.known && r.tags.includes('Surn')) || (NAME_INSIDE(next) && next.analyses.every((r) => !r.known));
  return surname && nameAgrees({ ...match, words: [name, next], roles: ['first', 'last'] });
}

/**
 * Rule part `surname of a name in official order`: a match of two words followed by a first name the dictionary knows and a
 * patronymic is no name of its own (`Адвокат Смирновой | Кравченко Ольга Николаевна`): official style writes a surname
 * before the first name and patronymic it goes with, so the match's last word is that person's surname.
 */
function officialOrderAfter(match: Match): boolean {
  const { sentence, at, following } = match;
  const afterThat = at === undefined ? undefined : sentence?.[at + match.words.length + 1];
  return match.words.length === 2 && following !== undefined && afterThat !== undefined &&
    following.analyses.some((r) => r.known && r.tags.includes('Name')) && MIDDLE(afterThat);
}

/**
 * Rule part `owner's surname before a foreign name`: a word the dictionary lacks that its guesser reads as a possessive
 * surname's genitive (`Жапарова`, `-ова`, `-ева`, `-ина`), before a word it lacks and a surname after that, is no given name
 * but the owner of the title before it (`Соперник Жапарова Адахан Мадумаров`): news names a person given name first, and the
 * two words after it are the title holder's name.
 */
function ownerBeforeForeignName(match: Match): boolean {
  const first = match.words[0]!;
  if (match.words.length !== 2 || match.following === undefined || !/(?:[оеё]в|[иы]н)а$/.test(first.folded)) return false;
  if (first.analyses.some((r) => r.known) || !first.analyses.some((r) => r.tags.includes('Surn') && r.case === 'gent' && r.gender === 'masc')) return false;
  const next = match.following;
  return UNKNOWN_PROPER(match.words[1]!) && (RUSSIAN_SURNAME_SHAPE(next) || (UNKNOWN_PROPER(next) && /(?:[оеё]в|[иы]н)а?$/.test(next.folded)));
}

/**
 * Rule part `owner before a name`: after a title, a surname in the genitive before a given name and a surname that agree
 * is the title's owner (`Адвокат Кузнецова Анна Петрова`, `Пресс-секретарь Кадырова Ольга Сидорова`): the name after it is the
 * holder's (rule part `surname after the name`), so the surname is a name of its own.
 */
function ownerBeforeName(match: Match): boolean {
  const { sentence, at, following } = match;
  const afterThat = at === undefined ? undefined : sentence?.[at + match.words.length + 1];
  if (following === undefined || afterThat === undefined) return false;
  if (!match.words.at(-1)!.analyses.some((r) => r.case === 'gent' && (r.tags.includes('Surn') || r.pos === 'ADJF'))) return false;
  return surnameAfterName({ ...match, words: [following], roles: ['first'], following: afterThat });
}

/**
 * Rule `woman's surname read as a name`: after a woman's first name only, a last word in a vowel that no woman's name in
 * `-а`, `-я` ends in as written, which the dictionary knows as such a name's form in another case (`Майей Санду`: `Санду`,
 * Санда's accusative), is her surname, which does not decline; two women's names in two cases are no one's name.
 */
function undeclinedWomanSurname(match: Match, word: Word): boolean {
  const first = match.words[match.roles.indexOf('first')];
  const woman = first !== undefined && first.analyses.some((r) => r.known && singularName(r)) && first.analyses.every((r) => !r.known || !singularName(r) || r.gender === 'femn');
  if (UNDECLINED_VOWEL_END.test(word.folded)) return woman && word.analyses.every((r) => !r.known || !singularName(r) || (r.gender === 'femn' && r.case !== 'nomn'));
  // A woman's name that is a man's too in another case (`Яна`, also Ян's genitive): a man's would make the surname decline
  const maybeWoman = first !== undefined && first.analyses.some((r) => r.known && singularName(r) && r.gender === 'femn');
  return maybeWoman && manNameAsWomanSurname(word);
}

/**
 * Rule part `woman's surname that is a man's name`: after a woman's first name, a last word in a consonant that the dictionary
 * knows only as a man's name in the nominative as written (`Яна Вагнер`, `Марина Давид`) is her surname: a woman's surname in
 * a consonant does not decline, and a man's given name does not follow a woman's without a comma or a conjunction between.
 */
function manNameAsWomanSurname(word: Word): boolean {
  const names = word.analyses.filter((r) => r.known && singularName(r));
  return CONSONANT_END.test(word.folded) && names.length > 0 && names.every((r) => r.gender === 'masc') && names.some((r) => r.case === 'nomn');
}

/**
 * Rule part `man's name in -а as a woman's surname`: after a woman's first name, a last word the dictionary knows only as a
 * man's given name in `-а`/`-я` (`Лейла Насрулла`, `Гульнар Косты`: Arabic and Iberian surnames are often given names)
 * is her surname, which declines as that name does, so its cases are hers too. A man's given name does not follow a
 * woman's without a comma or a conjunction between.
 */
function manNameAsWomanSurnameForms(match: Match, word: Word): string[] {
  const first = match.words[match.roles.indexOf('first')];
  const woman = first !== undefined && first.analyses.some((r) => r.known && singularName(r)) && first.analyses.every((r) => !r.known || !singularName(r) || r.gender === 'femn');
  const names = word.analyses.filter((r) => r.known && singularName(r));
  if (!woman || names.length === 0 || !names.every((r) => r.gender === 'masc' && /[ая]$/.test(r.lemma))) return [];
  return names.flatMap((r) => (r.case === undefined ? [] : [`${r.case}/femn`]));
}

/**
 * Rule part `foreign surname in -и read as a woman's name`: a last word in `-и` after a consonant that the dictionary knows
 * only as an oblique form of a woman's name not common among women (`Ашраф Гани`: Ганя's genitive) may be a foreign surname
 * that does not decline (Afghan, Italian, Japanese ones end so), in any case and for either gender, as no one puts a rare
 * woman's name in another case right after a first name.
 */
function rareWomanNameAsSurnameForms(word: Word): string[] {
  if (!/[бвгджзклмнпрстфхцчшщ]и$/.test(word.folded)) return [];
  const names = word.analyses.filter((r) => r.known && singularName(r));
  if (names.length === 0 || names.some((r) => r.gender !== 'femn' || r.case === 'nomn' || isCommonFirstName(r.key))) return [];
  return ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'].flatMap((wordCase) => [`${wordCase}/masc`, `${wordCase}/femn`]);
}

/**
 * A surname the dictionary knows after a woman's name that a place reads the same is a woman's, in a case the name's
 * ending shows (`Софии Ротару`), or the place is one and the surname the next phrase's (`в Софии | Путин заявил`).
 */
function womanSurnameAgrees(match: Match): boolean {
  const [first, last] = match.words as [Word, Word];
  const surnames = last.analyses.filter((r) => r.known && r.tags.includes('Surn') && r.number === 'sing');
  return surnames.length === 0 || surnames.some((surname) => surname.gender === 'femn' && first.analyses.some((r) => r.number === 'sing' && r.case === surname.case));
}

/**
 * A woman's first name (every reading of it as a name is a woman's) before a word the dictionary reads only as a man's
 * patronymic (`Ирины Богданович`): her surname, in any case, since a woman's surname in a consonant does not decline.
 */
function womanBeforeManPatronymic(match: Match): boolean {
  const [first, last] = match.words as [Word, Word];
  const names = first.analyses.filter((r) => r.known && r.tags.includes('Name') && r.number === 'sing');
  // A patronymic's shape the dictionary lacks counts as one it knows (`Злата Огневич`: the guesser's readings, all a man's).
  const shaped = last.analyses.filter((r) => r.tags.includes('Patr'));
  const patronymics = shaped.some((r) => r.known) ? shaped.filter((r) => r.known) : shaped;
  return names.length > 0 && names.every((r) => r.gender === 'femn') && patronymics.length > 0 && patronymics.every((r) => r.gender === 'masc' && r.case === 'nomn');
}

/**
 * Rule `first, patronymic, surname in -ич`: a Russian name has one patronymic, so a third word that reads only as a
 * patronymic after a first name and a patronymic is the surname (`Михаила Сергеевича Павловича`, `Ольга Николаевна
 * Богданович`: Belarusian and Serbian surnames in `-ович`/`-евич`); a man's declines in his name's case, a woman's stays
 * as a man's nominative, since a woman's surname in a consonant does not decline.
 */
function patronymicShapedSurname(match: Match): boolean {
  const [first, middle, last] = match.words as [Word, Word, Word];
  const patronymic = (r: WordAnalysis): boolean => r.tags.includes('Patr');
  const forms = agreeingForms([{ word: first, accept: (r) => r.tags.includes('Name') }, { word: middle, accept: patronymic }]);
  if (forms === null) return false;
  const surnames = last.analyses.filter((r) => r.known && patronymic(r));
  if (surnames.length === 0 || surnames.some((r) => r.gender !== 'masc')) return false;
  if (forms.some((form) => form.endsWith('/femn')) && surnames.some((r) => r.case === 'nomn')) return true;
  return forms.some((form) => form === '*' || surnames.some((r) => form === `${r.case}/masc`));
}

/** A capitalised adjective of a sovereign's or a cleric's title, right after it (`Римский` of `Папа Римский`, `Московский`). */
const TITLE_ADJECTIVE = and(title, not(listed('LOC')), not(listed('ORG')), formTest((word) => word.analyses.some((r) => r.known && r.pos === 'ADJF')));

/** A foreign first name the dictionary lacks but its guesser reads as one (`Мануэля` of `Хосе Мануэля Баррозу`). */
const GUESSED_FIRST = and(title, not(known), gram('Name'), not(listed('LOC')), not(listed('ORG')));

/**
 * After two given names (no patronymic between), the third word is a surname only when it can be nothing else, a
 * surname or a word the dictionary does not know (`Хосе Мануэля Баррозу`), or a given name in their case, not a place
 * or a common word, which follows a two-word name as a word of its own (`Элтон Джон | Москву посетил`).
 */
function surnameAfterGivenNames(match: Match): boolean {
  const middles = match.words.filter((_, i) => match.roles[i] === 'middle');
  // A second surname follows one that can be nothing else (`Лопес Обрадор`), not a place's or a syllable's word (`Ким Чен Ын`).
  const lasts = match.words.filter((_, i) => match.roles[i] === 'last');
  if (lasts.length > 1 && !LAST(lasts[0]!)) return false;
  if (middles.length === 0) return true;
  // A patronymic is a Russian name's only middle part.
  if (middles.some(MIDDLE)) return middles.length === 1;
  // After a particle the surname is whatever it is (`Лулой да Силвой`); a given name in the names' case is one more of them
  // (`Мохаммадом Джавадом Зарифом`: `nameAgrees` has checked the case).
  if (match.roles.includes('particle')) return true;
  const last = match.words[match.roles.indexOf('last')]!;
  return LAST(last) || (FIRST(last) && last.analyses.every((r) => !r.known || r.tags.includes('Name')));
}

/**
 * Rule part `one letter is no given name`: a single letter between a first name and a surname with no dot after it is an
 * East Asian name's syllable (`Ким Ё Чжон`: Ким · – · Ё Чжон, rule 'Asian name'), not a second given name or an initial.
 */
const oneLetterMiddle = (match: Match): boolean => match.words.some((word, i) => match.roles[i] === 'middle' && word.text.length === 1);

/** A capitalised word that may be a part of a foreign name: no place, organisation, title or patronymic, and no common word's nominative (`Война`). */
const NAME_PART_SHOWING_CASE = and(title, isWord, not(latin), not(knownGram('Geox')), not(knownGram('Orgn')), not(listed('LOC')), not(listed('ORG')), not(titleWord),
  not(MIDDLE), formTest((word) => !word.analyses.some((r) => r.known && r.case === 'nomn' && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)))));

/**
 * Rule `first, second given name, last`: a man's first name in an oblique case, then a second given name and a surname that
 * show that case too (`Мартину Лютеру Кингу`, `Джорджа Уокера Буша`, `Фрэнсиса Форда Копполы`): a word declined as the
 * first is, between it and the surname, is a given name even where the dictionary lacks it or reads it as a common word.
 * Not a word the dictionary knows as a surname only (`Владимира Путина | Адама`: two people in apposition), unless an
 * indeclinable surname follows (`Джона Фицджеральда Кеннеди`), nor a first
 * name last (`Путина Дональда`); not in the nominative, where no ending tells the second given name from the next phrase.
 */
function givenNamesShareCase(match: Match): boolean {
  const [first, middle, last] = match.words as [Word, Word, Word];
  // Before a surname that does not decline (`Джона Фицджеральда Кеннеди`), which no one puts after a surname, a middle word
  // the dictionary knows only as a surname is a given name still.
  const undeclinedLast = last.analyses.some((r) => r.known && r.tags.includes('Surn') && r.tags.includes('Fixd'));
  if (!undeclinedLast && middle.analyses.some((r) => r.known && r.tags.includes('Surn')) && !middle.analyses.some((r) => r.known && r.tags.includes('Name'))) return false;
  const cases = first.analyses.filter((r) => r.known && r.tags.includes('Name') && r.number === 'sing' && r.gender === 'masc' && !r.tags.includes('Fixd') && r.case !== 'nomn');
  return cases.some(({ case: wordCase }) => showsManCase(middle, wordCase!, false) && showsManCase(last, wordCase!, true));
}

/** A name's word shows a man's oblique case: by a declining reading of a name or surname in it, or by a man's case ending (`Лютер-у`, `Коппол-ы`); a surname also by an indeclinable one's (`Кеннеди`). */
function showsManCase(word: Word, wordCase: string, surname: boolean): boolean {
  const proper = (r: WordAnalysis): boolean => r.known && (r.tags.includes('Surn') || r.tags.includes('Name')) && r.number === 'sing' && r.gender !== 'femn';
  if (word.analyses.some((r) => proper(r) && r.case === wordCase && !r.tags.includes('Fixd'))) return true;
  if (surname && word.analyses.some((r) => proper(r) && r.tags.includes('Surn') && r.tags.includes('Fixd'))) return true;
  return !word.analyses.some((r) => r.known && r.tags.includes('Fixd')) && manNominative(word.text, wordCase) !== undefined;
}

/** A capitalised word that may be a foreign name of either kind: no common word, place, organisation or title. */
/**
 * Rule `placeBeforeHyphen`: a hyphenated word whose first part the dictionary reads as a place and never as a name is a place's
 * name in any case (`Каменска-Уральского`, `Ростове-на-Дону`, `Петропавловск-Камчатский`), not part of a person's; a double
 * surname's first part is a surname (`Петров-Водкин`, `Салтыков-Щедрин`).
 */
const placeBeforeHyphen: Predicate = formTest((word) => {
  const dash = word.text.indexOf('-');
  if (dash <= 0) return false;
  const readings = analyses(word.text.slice(0, dash));
  return readings.some((reading) => reading.known && reading.tags.includes('Geox')) && !readings.some((reading) => reading.known && (reading.tags.includes('Surn') || reading.tags.includes('Name')));
});
const FOREIGN_PART = and(title, isWord, not(latin), not(commonWord), not(knownGram('Geox')), not(knownGram('Orgn')), not(listed('LOC')), not(listed('ORG')), not(titleWord), not(placeBeforeHyphen));
/** A syllable of an East Asian name: a short capitalised word outside any list (`Ли Со Ён`, `Аун Сан Су Чжи`); the first no preposition that opens a sentence (`С Ким Чен Ыном`). */
const SYLLABLE_SHAPE = and(title, isWord, not(latin), not(listed('LOC')), not(listed('ORG')), not(titleWord));
const SYLLABLE = and(formTest((word) => word.text.length <= 4), SYLLABLE_SHAPE);
const CHINESE_FAMILY_NAMES: ReadonlySet<string> = foldedSet(chineseNames.familyNames);
/**
 * A Chinese family name: a syllable of two letters or more, no function word or pronoun; at a sentence's start one the
 * dictionary knows only as an indeclinable word (`Ли`), as a Chinese syllable is, not a common word (`Указ | Гурбангулы`),
 * nor an indeclinable common noun unless the list has the family name (`Си`: a note too), as a headline's `Фото`, `Шоу`,
 * `Видео` opens a sentence before a foreign given name far more often (`Фото Кейт Миддлтон`: rule part `no common noun as
 * a family name at the start`).
 */
const CHINESE_FAMILY_NAME = and(SYLLABLE, formTest((word) => word.text.length > 1), not(functionWord), not(pos('NPRO')),
  or(properHere, formTest((word) => word.analyses.every((r) => !r.known || r.tags.includes('Fixd') || r.pos === 'PRCL' || r.pos === 'CONJ') &&
    (CHINESE_FAMILY_NAMES.has(word.folded) || !word.analyses.some((r) => r.known && r.pos === 'NOUN' && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)))))));
/**
 * Rule part `Korean family name at the start`: a listed Korean family name (`Юн`, `Мун`; chinese-names.json
 * `koreanFamilyNames`) opens an East Asian name at a sentence's start though the dictionary knows it as a common word (`Юн
 * Сок Ёль вступил в должность`: `юн` a short adjective), as two more short capitalised syllables after it make a name.
 */
const KOREAN_FAMILY_NAMES: ReadonlySet<string> = foldedSet(chineseNames.koreanFamilyNames);
const KOREAN_FAMILY_NAME_AT_START = and(sentenceStart, formTest((word) => KOREAN_FAMILY_NAMES.has(word.folded)));
/** A listed Chinese family name (`Ван`, `Ли`; data/gazetteer/chinese-names.json), capitalised, not a common word opening a sentence (`У`). */
const LISTED_CHINESE_FAMILY_NAME = and(title, properHere, formTest((word) => CHINESE_FAMILY_NAMES.has(word.folded)));
/**
 * A Chinese given name after its family name: a capitalised word the dictionary does not know, no place or body, ending as a
 * Chinese syllable does, in a vowel, `-н`, `-нь` or `-й`, before a case ending or not (`Цишань`, `Цишанем`; not `Дамм`), or
 * one capital letter that is no initial (`Ван И`: `И` is no conjunction with a capital inside a sentence).
 */
const CHINESE_GIVEN_NAME = and(title, isWord, not(latin), not(listed('LOC')), not(listed('ORG')), not(titleWord), properHere,
  or(and(formTest((word) => word.text.length === 1), not(sentenceStart)),
    and(not(known), formTest((word) => word.text.length <= 8 && /(?:[аеёиоуыэюяй]|нь?)(?:ом|ем)?$/.test(word.folded)))));
/** A syllable of a Vietnamese name may have five letters (`Нгуен`, `Куанг`, `Чыонг`), no given name's (`Игорь`): `shortSyllables` checks the name. */
const NAME_SYLLABLE = or(SYLLABLE, and(formTest((word) => word.text.length === 5), SYLLABLE_SHAPE, not(knownGram('Name')), not(firstNameListed)));
/**
 * Syllables of four letters at most, or a syllable of five with one of three at most beside it (`Нгуен Фу Чонг`, `Чан Дай Куанг`;
 * not `Павел Дуров Пишет`); the last counted without a case ending it may carry (`Нгуен Суан Фуком`: `Фук`).
 */
const shortSyllables = (match: Match): boolean => {
  const lengths = match.words.map((word, i) => (i === match.words.length - 1 ? syllableStem(word.text)?.length : undefined) ?? word.text.length);
  return lengths.every((length) => length <= 4) || lengths.some((length) => length <= 3);
};
/** A name's last syllable, which declines when it ends in a consonant (`Пан Ги Муна`, `Ким Чен Ыном`): a syllable with a case ending. */
const LAST_SYLLABLE = or(SYLLABLE, and(SYLLABLE_SHAPE, formTest((word) => syllableStem(word.text) !== undefined)));
/** Of two foreign name parts, one at least the dictionary does not know (two known surnames in a row are two people). */
const oneUnknown = (match: Match): boolean => match.words.some((word) => !known(word));

/**
 * The subject's verb after a sentence's first word that is most likely a surname in the nominative (`Петров заявил`,
 * `Иванова сообщила`): a past form of its gender and number, or a third person singular. A common word's reading
 * alone (the possessive `петров`, `иванов`) keeps such a word from being a name at the start of a sentence otherwise.
 */
function surnameVerbAgrees(match: Match): boolean {
  const surname = match.words[0]!.analyses[0]!;
  const verb = verbAfterSubject(match);
  const agreesWith = (subject: WordAnalysis): boolean => verb !== undefined && verb.analyses.some(
    (reading) => reading.pos === 'VERB' && reading.number === 'sing' && (reading.tags.includes('past') ? reading.gender === subject.gender : reading.tags.includes('3per')),
  );
  // `Мороз ударил`: a common noun the word also is, in the nominative and agreeing with the verb, is as likely the subject
  // as the surname, and at a sentence's start the capital says nothing; a verb of saying settles it for the person (rule
  // 'Surname at the start, then its speech verb'), and a surname named in full elsewhere is found by linking (named
  // `common noun as the subject`)
  const commonSubject = match.words[0]!.analyses.some((reading) => reading.known && reading.pos === 'NOUN' && reading.case === 'nomn' && reading.number === 'sing' &&
    !PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)) && agreesWith(reading));
  return agreesWith(surname) && !commonSubject;
}

/**
 * Words between a sentence's first word and its verb, which leave the verb the subject's: adverbs and particles (`Путин
 * также заявил`) and a listed parenthetical phrase in commas (`Лавров, в частности, отметил`); rule `parenthetical before the verb`.
 */
const BEFORE_VERB = or(BETWEEN_SUBJECT_AND_VERB, PARENTHETICAL_PART);
/** The match's last word when it is the predicate of its first, after the words {@link BEFORE_VERB} lets stand between. */
function verbAfterSubject(match: Match): Word | undefined {
  const verb = match.words.at(-1);
  return match.words.length === 2 || predicateWord(match.words, 1) === verb ? verb : undefined;
}

/** An adverb of time or sequence that may open a sentence before its subject (`Позже`, `Накануне`, `Вчера`, `Затем`): its likeliest reading. */
const OPENING_ADVERB = or(
  and(isWord, best((reading) => reading.pos === 'ADVB' || reading.pos === 'COMP')),
  // `Сам Хальзов заявил`: the emphatic pronoun stands before the subject it stresses, as an adverb of time does.
  text('Сам', 'Сама', 'сам', 'сама'),
);

/** The verb of saying after the surname (the match's `last`), in the singular, as {@link speakerVerbAgrees} reads it. */
function speakerAfterAdverbAgrees(match: Match): boolean {
  const at = match.roles.indexOf('last');
  const verb = match.words.at(-1)!;
  if (!(match.words.length === at + 2 || predicateWord(match.words, at + 1) === verb)) return false;
  return verb.analyses.some((reading) => reading.pos === 'VERB' && reading.number === 'sing' && (reading.tags.includes('past') || reading.tags.includes('3per')));
}

/** A singular verb after a two-word name opening the sentence (`Канье Уэст выпустил`): a past form of either gender, or a third person. */
function foreignNameVerbAgrees(match: Match): boolean {
  const verb = match.words.length === 3 ? match.words[2] : predicateWord(match.words, 2) === match.words.at(-1) ? match.words.at(-1) : undefined;
  return verb !== undefined && verb.analyses.some((reading) => reading.pos === 'VERB' && reading.number === 'sing' && (reading.tags.includes('past') || reading.tags.includes('3per')));
}

/** A verb of saying after a sentence's first word the dictionary does not know, in the singular: a past form of either gender, or a third person. */
function speakerVerbAgrees(match: Match): boolean {
  const verb = verbAfterSubject(match);
  return verb !== undefined && verb.analyses.some((reading) => reading.pos === 'VERB' && reading.number === 'sing' && (reading.tags.includes('past') || reading.tags.includes('3per')));
}

/** A man's surname's oblique ending after a consonant (`Орбану`, `Шольцем`, `Орбане`): a verb of saying's addressee or complement, no subject. */
const OBLIQUE_AFTER_CONSONANT = /[бвгджзклмнпрстфхцчшщ](?:у|ю|ом|ем|ём|е)$/;
/** A mark that ends the subject's phrase after it (`заявил Трюдо.`, `сказал Трюдо, …`, `» — сказал Трюдо)`). */
const CLAUSE_END = /^[.,;:!?)»—–]$/;
/** A Russian woman's surname's ending (`Иванова`, `Сорокина`, `Толстая`), which a man's past verb does not agree with. */
const WOMAN_SURNAME_END = /(?:ова|ева|ёва|ина|ына|ая)$/;
/** A Russian man's surname's ending (`Иванов`, `Сорокин`, `Толстой`), which a woman's past verb does not agree with. */
const MAN_SURNAME_END = /(?:ов|ев|ёв|ин|ын|ий|ой)$/;

/**
 * The surname after a verb of saying in the past singular (the match's `context` then `last`) is its subject: the verb's gender
 * allows the surname's ending, the surname shows no oblique case of a man's surname, and only a lower-case word or a mark
 * that ends the phrase follows it (a capitalised word, a hyphen or a quotation mark would go on with the name).
 */
function subjectAfterSpeechVerb(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined) return false;
  const [verb, surname] = match.words as [Word, Word];
  const next = sentence[at + match.words.length];
  if (next && next.shape !== 'lower' && !CLAUSE_END.test(next.text)) return false;
  const folded = surname.folded;
  if (OBLIQUE_AFTER_CONSONANT.test(folded)) return false;
  return verb.analyses.some((reading) => {
    if (reading.pos !== 'VERB' || reading.number !== 'sing') return false;
    // a past verb only: a present one's subject after it is an outlet as often as a person (`сообщает Рейтер`, `пишет Вашингтон пост`)
    if (!reading.tags.includes('past')) return false;
    // rule part `a person's agreement only`: a feminine verb with a word in a consonant (`заявила Бербок`) or a masculine with
    // one in a vowel (`заявил Гуринша`, `сказал Трюдо`) agrees with a person only, as a place's or a body's name in a
    // consonant is masculine (`заявил Пхеньян`, `сообщил Интерфакс`) and one in `-а` feminine
    return reading.gender === 'femn' ? CONSONANT_END.test(folded) && !MAN_SURNAME_END.test(folded)
      : reading.gender === 'masc' && /[аяиоуэею]$/.test(folded) && !WOMAN_SURNAME_END.test(folded);
  });
}

/**
 * A capitalised word the dictionary knows, with a home surname's shape (`Токаев`, `Мамаев`, `Смолов`), whose every common
 * reading the dictionary knows is none of a subject's: no noun in the nominative singular and no adjective of quality, only
 * verb forms, oblique or plural nouns and possessive adjectives (`токаев` of `токай`, `смолов` of `смолоть`); no proper reading.
 */
const surnameShapedNoSubject = (word: Word): boolean => HOME_SURNAME.test(word.folded) && word.analyses.some((r) => r.known) &&
  word.analyses.every((r) => !r.known || (!PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)) && NO_SUBJECT_READING(r)));
/** A reading no subject has: a verb's form, a noun in an oblique case, a possessive adjective (no function word: `Причём`, no `Жители`). */
const NO_SUBJECT_READING = (r: WordAnalysis): boolean => ['VERB', 'GRND', 'INFN', 'PRTS'].includes(r.pos) ||
  (r.pos === 'NOUN' && r.case !== undefined && r.case !== 'nomn') || (r.pos === 'ADJF' && r.tags.includes('Poss'));
/** A surname alone the dictionary does not read as one: a word it does not know, or one of a surname's shape with no reading a subject has. */
const LONE_SURNAME = or(UNKNOWN_SURNAME, and(title, isWord, not(latin), not(listed('LOC')), not(listed('ORG')), not(titleWord), not(firstNameListed), formTest(surnameShapedNoSubject)));

/** A word before a subject that opens its clause: none, a mark, a conjunction or an adverb (`Позже`, `а`, `что`, `,`). */
const opensClause = (word: Word | undefined): boolean => word === undefined || word.kind === 'punctuation' ||
  word.analyses.some((r) => r.known && (r.pos === 'CONJ' || r.pos === 'ADVB'));

/**
 * Rule `surname alone, then its past verb`: a surname alone the dictionary does not read as one ({@link LONE_SURNAME}) is a
 * person where a past verb in the singular after it agrees with it as with a person only (rule part `a person's agreement
 * only`): a feminine verb with a word in a consonant or `-й`, `-и`, `-е`, `-о`, `-у` (`Меркель поддержала`, `Пелоси посетила`),
 * which a place or a body, masculine or neuter then, does not take; a masculine verb with a word in such a vowel (`Трюдо
 * извинился`, `Мбаппе перешел`) or, opening its clause, in `-а`, `-я` (`Обама написал`; after a noun `Визит Трампа
 * завершился` is the noun's verb); and a masculine verb with a word in a consonant (`Эрдоган промолчал`, `Олланд прилетел`),
 * which a place or a body would take too, only when it is no listed name, no body's short name and opens its clause, as news
 * names a person by a surname it lacks far more often than a place or a body it lacks; at a sentence's start only a word the
 * guesser reads as a name too. Not after a preposition or a capitalised word.
 */
function lonePersonAgrees(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined) return false;
  const word = match.words[0]!;
  const before = at > 0 ? sentence[at - 1] : undefined;
  if (before !== undefined && (((before.shape === 'title' || before.shape === 'upper') && !(before.sentenceStart && opensClause(before))) || before.analyses.some((r) => r.known && r.pos === 'PREP'))) return false;
  // a dative or instrumental of a declining surname before the verb is its object (`Победу Непомнящему принесла партия`,
  // `Шольцу позвонил Байден`); the prepositional has a preposition before it
  // `-оглу` is a Turkish surname's own ending (`Имамоглу`, `Давутоглу`), no Russian dative
  if (/(?:[бвгджзклмнпрстфхцчшщ](?:у|ю|ом|ем|ём)|ым|им|ой)$/.test(word.folded) && !word.folded.endsWith('оглу')) return false;
  const verb = verbAfterSubject(match);
  if (verb === undefined) return false;
  const folded = word.folded;
  return verb.analyses.some((reading) => {
    if (reading.pos !== 'VERB' || reading.number !== 'sing' || !reading.tags.includes('past')) return false;
    if (reading.gender === 'femn') return !/[аяь]$/.test(folded) && !MAN_SURNAME_END.test(folded) && !/[ыи]х$/.test(folded);
    if (reading.gender !== 'masc' || WOMAN_SURNAME_END.test(folded)) return false;
    if (/[иеоуюэ]$/.test(folded)) return true;
    if (!opensClause(before)) return false;
    if (/[ая]$/.test(folded)) return true;
    // at a sentence's start, where the capital says nothing, a word in a consonant the guesser reads as a name (`Эрдоган`,
    // `Орбан`) or one of a home surname's shape (`Токаев`), not only as a common word (`Бутик закрылся`)
    return /[бвгджзклмнпрстфхцчшщйь]$/.test(folded) && (!word.sentenceStart || surnameShapedNoSubject(word) ||
      word.analyses.some((r) => !r.known && (r.tags.includes('Name') || r.tags.includes('Surn'))));
  });
}

/**
 * Rule part `a person's agreement only` before a relative pronoun: `которая` after a word in a consonant, which only a
 * woman's surname that does not decline is (a place's or a body's name in a consonant is masculine), or `который` after one
 * in `-о`, `-э`, which only a man's surname that does not decline is (such a place's name is neuter: `Токио, которое`).
 * The word's case is no matter, as neither declines; a word in `-а` is left alone (`Орбана, который` is Орбан's genitive).
 */
function relativeAgreesWithPerson(match: Match): boolean {
  const folded = match.words[0]!.folded;
  return match.words[2]!.folded === 'которая' ? CONSONANT_END.test(folded) && !MAN_SURNAME_END.test(folded) : /[оэ]$/.test(folded);
}

/** Every common reading the dictionary knows is a noun in an oblique case (`Королев` as a genitive plural of `королева`): none can be a subject. */
const commonOblique = formTest((word) => word.analyses.every((reading) => !reading.known || PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)) ||
  (reading.pos === 'NOUN' && reading.case !== undefined && reading.case !== 'nomn')));

/** A verb after a sentence's first word that agrees with one of its readings as a surname in the nominative singular. */
function surnameVerbAgreesAny(match: Match): boolean {
  const verb = verbAfterSubject(match);
  return verb !== undefined && match.words[0]!.analyses.some((surname) => surname.tags.includes('Surn') && surname.case === 'nomn' && surname.number === 'sing' && verb.analyses.some(
    (reading) => reading.pos === 'VERB' && reading.number === 'sing' && (reading.tags.includes('past') ? reading.gender === surname.gender : reading.tags.includes('3per')),
  ));
}

/**
 * A reading of a capitalised adjective that a surname of that shape may have (`Навального`, `Зеленский`): a relative
 * adjective's, as a quality's (`Положительная`, `Большого`) describes what the sentence leaves out; a man's in any case
 * but the locative, which names where something is (`в Мариинском`), or a guessed woman's in the nominative; no
 * pronoun or ordinal (`Этот`, `Первом`).
 */
const surnameAdjectiveReading = (reading: WordAnalysis): boolean =>
  reading.pos === 'ADJF' && reading.number === 'sing' && !['Apro', 'Anum', 'Qual'].some((grammeme) => reading.tags.includes(grammeme)) &&
  ((reading.gender === 'masc' && reading.case !== 'loct') || (reading.gender === 'femn' && reading.case === 'nomn' && !reading.known));
/**
 * An adjective made from a place's name (`Московский`, `Российской`, `Тверская`): it stands for its place's thing, not for a
 * person. An adjective of quality that opens a place's name is none (`Новые` of `Новая Земля`): it describes (*quality is
 * no place*).
 */
const placeAdjective: Predicate = formTest((word) =>
  word.analyses.some((reading) => reading.pos === 'ADJF' && (fold(reading.key) in placeAdjectives.adjectives || STATE_ADJECTIVES.has(reading.key) || (!reading.tags.includes('Qual') && localLemma(reading.key)))));

/**
 * A capitalised word read first as an adjective that may be a surname of an adjective's shape, the dictionary's or a guess
 * (`Навального`, `Зеленского`): no listed name, title, place's adjective, or place or organisation the dictionary knows.
 */
const ADJECTIVE_SURNAME = and(
  title, isWord, not(latin), not(BRANCH_OF_PLACE), best((reading) => reading.pos === 'ADJF'), formTest((word) => word.analyses.some(surnameAdjectiveReading)),
  not(listed('LOC')), not(listed('ORG')), not(titleWord), not(knownGram('Geox')), not(knownGram('Orgn')), not(placeAdjective),
);
const ANY_TOKEN: Predicate = () => true;
/**
 * Two words that may be an adjective and the noun or adjective it goes with: some readings agree in case and number and,
 * in the singular, gender; or the second is in the plural, the noun of adjectives joined before it (`Большого и Мариинского театров`).
 */
function mayModify(adjective: Word, next: Word, cases?: ReadonlySet<string | undefined>): boolean {
  const heads = next.analyses.filter((reading) => ['NOUN', 'ADJF', 'PRTF'].includes(reading.pos));
  return adjective.analyses.some((reading) => reading.pos === 'ADJF' && (cases === undefined || cases.has(reading.case)) && heads.some((head) =>
    head.case === reading.case && (head.number === 'plur' ||
      (head.number === reading.number && (reading.number === 'plur' || head.gender === reading.gender || head.gender === undefined || head.gender === 'ms-f')))));
}

/** The cases in which `adjective` may modify `noun` (see {@link mayModify}). */
function agreeingCases(adjective: Word, noun: Word): Set<string | undefined> {
  return new Set(adjective.analyses.filter((reading) => reading.pos === 'ADJF' && mayModify(adjective, noun, new Set([reading.case]))).map((reading) => reading.case));
}
/** Quotation marks that open and close a name in quotes (a straight one does both). */
export const QUOTE_OPEN = text(...NAME_QUOTES_OPEN);
export const QUOTE_CLOSE = text(...NAME_QUOTES_CLOSE);

/**
 * A capitalised adjective with no noun after it that it may go with is a person's surname (`слова Навального.`; not `Великая
 * Отечественная война`). The token after it is required: the rule cannot tell a sentence's last word from a shorter try.
 */
const noNounAfter = (match: Match): boolean => {
  const [adjective, next] = [match.words[0]!, match.words[1]!];
  // A name in quotes (`«Мариинский»`) is a body's or a work's, not a person's.
  if (QUOTE_CLOSE(next)) return false;
  if (next.kind === 'word' && mayModify(adjective, next)) return false;
  // An adjective the dictionary knows may stand for a name whose noun is left out (`солисты Мариинского`): only as the
  // subject of the verb after it is it a person (`заявил Навальный`, `Навальный был задержан`).
  return !known(adjective) || adjectiveSubject(match);
};
/** Two capitalised adjectives that agree are the words of one name whose noun is left out (`в Великую Отечественную`), no surname. */
const adjectivesAgree = (match: Match): boolean => mayModify(match.words[0]!, match.words[1]!);
/** At a sentence's start, only an adjective the dictionary does not know (a common one starts a phrase), in the nominative, before its verb (`Зеленский заявил`). */
const adjectiveSubject = (match: Match): boolean => {
  const [adjective, verb] = [match.words[0]!, match.words[1]!];
  return adjective.analyses.some((reading) => surnameAdjectiveReading(reading) && reading.case === 'nomn' && verb.analyses.some((verbReading) =>
    verbReading.pos === 'VERB' && verbReading.number === 'sing' && (verbReading.tags.includes('past') ? verbReading.gender === reading.gender : verbReading.tags.includes('3per'))));
};

/** A word inside a sentence capitalised as a name's: no listed or known place or organisation, state body's short name, title, patronymic or Latin word. */
const NAME_INSIDE = and(title, isWord, not(latin), not(sentenceStart), not(listed('LOC')), not(listed('ORG')), not(knownGram('Geox')), not(knownGram('Orgn')), not(titleWord), not(knownGram('Patr')), not(functionWord), (word: Word) => !bodyShape(word), not(placeBeforeHyphen));
/**
 * A surname alone after a title has no name-shaped word or patronymic after it: `предприниматель Бессель Кок` is a given
 * name and a surname, which the rules for names with a first name read from the given name on.
 */
/**
 * Rule part `noun with its genitive`: the match's word is followed by a lower-case noun in the genitive, which it governs:
 * a noun opening a name (`Аналитик БКС | Мир инвестиций | Кирилл Чуйко`), as a surname takes no genitive after it.
 */
function headsGenitive({ following }: Match): boolean {
  return following !== undefined && lower(following) && best((reading) => reading.pos === 'NOUN' && reading.case === 'gent')(following);
}

function noSecondNameAfter(match: Match): boolean {
  if (match.following === undefined) return true;
  // `Глава Московского облизбиркома`, `глава Московского района`: an adjective before a noun it agrees with goes with that
  // noun, no surname (named `adjective of the next noun`)
  const last = match.words.at(-1)!;
  if (lower(match.following) && last.analyses.some((reading) => reading.pos === 'ADJF') && match.following.analyses.some((reading) => reading.pos === 'NOUN') &&
    caseAgrees({ ...match, words: [last, match.following] })) return false;
  // `Защитник Вирджил ван Дейк`: a particle after the word makes it the first name of a longer name (rule `Foreign Name, particle`),
  // and so does a particle's surname (`адвокат Саиф уль-Мулук`, rule `Foreign Name`).
  return !(NAME_INSIDE(match.following) || MIDDLE(match.following) || FOREIGN_PARTICLE(match.following) || PARTICLE_SURNAME(match.following));
}

/** What a title may govern before the name: a place or body by its name or abbreviation (`Лондона`, `МИД Венгрии`), or a lower-case word (`иностранных дел`). */
const TITLE_COMPLEMENT = or(listed('LOC'), listed('ORG'), knownGram('Geox'), upper, and(lower, isWord));
/** How many words a title's complement before a name may have (`министр иностранных дел Венгрии`). */
const COMPLEMENT_WORDS = 3;
/** The word right before a name after a title's complement: a place's or a body's (`Мэр Лондона`, `Премьер Сербии`, `глава МИД`). */
const TITLE_PLACE = or(listed('LOC'), listed('ORG'), knownGram('Geox'), upper);
/** A word a person's name may follow: a title, an adjective (of a title: `Римский`, `Московский`), a first name or surname. */
const GOES_WITH_A_PERSON = or(titleWord, pos('ADJF'), knownGram('Name'), knownGram('Surn'), knownGram('Patr'));
/**
 * Rule part `first name apart`: a first name alone right after a capitalised word inside the sentence is part of that
 * word's name (`на «Газпром Арене»`: a stadium, `Арене` read as the name `Арен`), as a person named by the first name alone
 * stands apart from other names; not after a word that goes with a person: a title with its complement or its adjective
 * (`президент Бразилии Лула`, `Папа Римский Франциск`) or a relative's name (`сына Рамзана Кадырова Адама`).
 */
function firstNameApart(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined || at === 0) return true;
  const previous = sentence[at - 1]!;
  return !(capitalized(previous) && properHere(previous)) || GOES_WITH_A_PERSON(previous) || afterTitle(match);
}

/**
 * Right after a title, with its complement or not (`Режиссер`, `Мэр Лондона`, `глава МИД Венгрии`): a title names the
 * person after it, so two capitalised words there are a name even when the dictionary reads them as common words.
 */
function afterTitle(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined || at === 0) return false;
  const previous = sentence[at - 1]!;
  if (titleWord(previous) && (lower(previous) || previous.sentenceStart)) return true;
  if (!TITLE_PLACE(previous)) return false;
  for (let i = at - 2; i >= Math.max(0, at - 1 - COMPLEMENT_WORDS); i--) {
    const word = sentence[i]!;
    if (titleWord(word) && (lower(word) || word.sentenceStart)) return true;
    if (!TITLE_COMPLEMENT(word)) return false;
  }
  return false;
}

/**
 * Rule `verbal surname after a title`: a capitalised word inside a sentence that the dictionary knows only as a verb's form
 * (`Смолов`, a gerund of `смолоть`), which no one capitalises there: after a title it is the holder's surname.
 */
const VERB_FORMS: ReadonlySet<string> = new Set(['VERB', 'INFN', 'GRND', 'PRTS']);
const VERBAL_SURNAME = and(title, isWord, not(latin), not(sentenceStart), not(listed('LOC')), not(listed('ORG')), formTest((word) =>
  word.analyses.some((reading) => reading.known) && word.analyses.every((reading) => !reading.known || VERB_FORMS.has(reading.pos))));

/**
 * Rule `с Surname`: the word before the match is `с` or `со`, and the match ends as a man's noun in the instrumental does
 * after a consonant (`Шольцем`, `Орбаном`), which a nominative the ending leaves shows: one meets, talks or signs with a person
 * (`переговоры с Шольцем`); a place takes `под`, `над`, `перед` rather, and a thing `с` and a common noun in lower case.
 */
function companionAfterWith(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined || at === 0) return false;
  const before = sentence[at - 1]!;
  return (before.folded === 'с' || before.folded === 'со') && /(?:ом|ем|ём)$/.test(match.words[0]!.folded) && manNominative(match.words[0]!.text, 'ablt') !== undefined;
}

/** A noun of a person's nationality (`француз`, `немка`; data/gazetteer/demonyms.json), by its lemma. */
const nationalityNoun: Predicate = inSet(NATIONALITY_NOUNS);
const PERSON_HEADS: ReadonlySet<string> = foldedSet(personHeads.nouns);
/** Verbs of saying whose subject may follow them and that take no person as their object (data/gazetteer/person-heads.json verbsBeforeSubject). */
const VERBS_BEFORE_SUBJECT: ReadonlySet<string> = foldedSet(personHeads.verbsBeforeSubject);
/** A consonant at a word's end: a foreign woman's surname that does not decline (`Бербок`), or a man's nominative. */
const CONSONANT_LAST = /[бвгджзйклмнпрстфхцчшщ]$/;

/**
 * Rule `person's noun, Surname`: the word before the match is a noun, in lower case or opening the sentence, of what only a person says, does or undergoes
 * (data/gazetteer/person-heads.json: `визит`, `слова`, `отставка`), and the match is in the genitive as a man's surname
 * in `-а`, `-я` after a consonant (`Шольца`), or ends in a consonant as a woman's that does not decline (`Бербок`).
 */
function afterPersonsNoun(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined || at === 0) return false;
  const before = sentence[at - 1]!;
  if (!(lower(before) || before.sentenceStart) || !before.analyses.some((reading) => reading.pos === 'NOUN' && PERSON_HEADS.has(reading.key))) return false;
  const word = match.words[0]!;
  // or in a vowel but `-а`, `-я`, a foreign surname that does not decline (`По словам Барнье`, `Отставка Абэ`), but not
  // after `интервью`, which an outlet's name in the dative follows as often (`интервью Фигаро`): rule part `undeclined surname after a person's noun`
  // a foreign surname's last vowel where it does not decline (`Барнье`, `Моди`, `Абэ`): not `-а`, `-я`, `-ы`, a declined one's genitive
  const undeclined = UNDECLINED_VOWEL_END.test(word.folded) && !before.analyses.some((reading) => reading.key === 'интервью');
  // rule part `man's surname in -а after a person's noun`: the genitive in `-ы`, `-и` of a surname in `-а` (`Слова Кулебы`,
  // `Отставка Обамы`), which a person's noun takes from a person only
  const aSurname = /(?:[бвдзлмнпрстф]ы|[гкхжшч]и)$/.test(word.folded) && word.text.length >= 5;
  return (/[ая]$/.test(word.folded) && manNominative(word.text, 'gent') !== undefined) || CONSONANT_LAST.test(word.folded) || undeclined || aSurname;
}

/**
 * Rule `namePartsAgree`: the two words of a name after a title agree in case and gender by their readings as names, where
 * the dictionary has some (`Мироновой Игорь` are no one name: a woman's surname in the genitive, then a man's first name
 * in the nominative, the owner's and the person's in `Продюсер Мироновой Игорь Ветров`).
 */
function namePartsAgree(match: Match): boolean {
  return agree(match.words.map((word) => ({ word, accept: (r: WordAnalysis) => r.tags.includes('Surn') || r.tags.includes('Name') }))) !== null;
}

/** A surname the dictionary knows or guesses first, as the rule `last` reads one alone. */
const SURNAME_ALONE = and(SURNAME, or(knownGram('Surn'), best((r) => r.tags.includes('Surn'))));
const LIST_SEPARATOR = text(',', ';', 'и');

/**
 * Rule `surname in a list of surnames`: the match's word is joined by a comma, a semicolon or `и` to a surname before it
 * (`Промес; Малком`), or to one after it, or a surname opens brackets right after it (`Бернс (Рой, Грин)`, a goal's scorer
 * and those who helped): the members of a list are of one kind, and a sports report lists people so.
 */
function besideListedSurname(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined) return false;
  const [before, beforeThat, after, afterThat] = [sentence[at - 1], sentence[at - 2], sentence[at + 1], sentence[at + 2]];
  if (before && beforeThat && LIST_SEPARATOR(before) && SURNAME_ALONE(beforeThat)) return true;
  return after !== undefined && afterThat !== undefined && (LIST_SEPARATOR(after) || after.text === '(') && SURNAME_ALONE(afterThat);
}

/** A word the guesser reads as a surname with a Russian surname's ending (`Акинфеев`, `Кержаков`, `Смолина`, `Дзагоев`). */
const RUSSIAN_SURNAME_SHAPE = and(gram('Surn'), formTest((word) => /(?:[оеё]в|[иы]н)а?$/.test(word.folded)));
/** A word the dictionary knows as a common noun in the nominative singular (`Роман`, a novel), which a sentence's start capitalises too. */
const commonNounNominative = (word: Word): boolean =>
  word.analyses.some((r) => r.known && r.pos === 'NOUN' && r.case === 'nomn' && r.number === 'sing' && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)));
/** A Turkic patronymic's word after the father's name (`оглы`, `кызы`; name-particles.json patronymicWords). */
const PATRONYMIC_WORD = text(...Object.keys(particles.patronymicWords));
/** A given name or the father's name before a Turkic patronymic's word (`Севиль Ариф кызы`): a capitalised word, no title, which the patronymic makes a name. */
const FATHERS_NAME = and(title, isWord, not(latin), not(titleWord));

export const PERSON_RULES: readonly Rule[] = [
  // Rules `Turkic patronymic`: `Ильхам Гейдар оглы Алиев`, `Мамедов Эльчин Рафик оглы`: the father's name and `оглы` (a son)
  // or `кызы` (a daughter) are an Azerbaijani or Turkic patronymic, in the slot of a Russian one, whatever the dictionary
  // reads the father's name as; official style puts the surname first.
  rule('first, Turkic patronymic, last', 'PER', [one(FATHERS_NAME, 'first'), one(FATHERS_NAME, 'middle'), one(PATRONYMIC_WORD, 'middle'), one(LAST_AFTER_FIRST, 'last')]),
  rule('last first, Turkic patronymic', 'PER', [one(ANY_SURNAME, 'last'), one(FATHERS_NAME, 'first'), one(FATHERS_NAME, 'middle'), one(PATRONYMIC_WORD, 'middle')]),
  // `Си Цзиньпин`, `с Си Цзиньпином`, `Ху Цзиньтао`: a Chinese family name of one syllable before a listed given name the
  // dictionary lacks (first-names.json lists Chinese given names apart from the family name); with a title before it, which
  // the rule 'title Surname' would otherwise take with the family name alone (`председатель Ху | Цзиньтао`). Before the
  // rule 'first middle? last', which would read a family name the dictionary knows as a first name (`Дэн`) and the given
  // name after it as a surname left in its case (`Дэн Сяопина`): a listed given name is no surname.
  rule('Chinese family name, given name', 'PER', [
    optional(and(lower, titleWord), 'context'), one(CHINESE_FAMILY_NAME, 'first'), one(and(title, firstNameListed, not(known)), 'given'),
  ]),
  // `Ван И`, `с Ван Цишанем`: a listed Chinese family name, whatever the dictionary reads it as (`Ван`: a Turkish town), before
  // a given name it does not know that ends as a Chinese syllable does
  rule('Chinese family name, syllable', 'PER', [one(LISTED_CHINESE_FAMILY_NAME, 'first'), one(CHINESE_GIVEN_NAME, 'given')]),
  // `Андрес Мануэль Лопес Обрадор`, `Луис Инасиу Лула да Силва`, `Урсула фон дер Ляйен`, `Абдель Фаттах ас-Сиси`: up to two
  // given names, up to two particles, and a second surname the dictionary does not know, or a particle's
  rule('first middle? last', 'PER', [
    one(FIRST_BEFORE_SURNAME, 'first'), repeat(or(MIDDLE, FIRST, GUESSED_FIRST), 0, 2, 'middle'), repeat(PARTICLE, 0, 2, 'particle'), one(LAST_AFTER_FIRST, 'last'),
    optional(SECOND_SURNAME, 'last'),
  ], (match) => nameAgrees(match) && surnameAfterGivenNames(match) && !oneLetterMiddle(match)),
  rule('first name a place reads too', 'PER', [one(PLACE_FIRST, 'first'), optional(MIDDLE, 'middle'), optional(LAST_AFTER_FIRST, 'last')],
    (match) => (match.roles.includes('middle') || match.words.some((word, i) => match.roles[i] === 'last' && word.analyses.some((r) => r.known && r.tags.includes('Surn')))) &&
      nameAgrees(match, placeOrName) && surnameAfterGivenNames(match)),
  rule('first, patronymic, surname in -ич', 'PER', [one(FIRST, 'first'), one(MIDDLE, 'middle'), one(and(MIDDLE, not(knownGram('Name')), not(knownGram('Surn'))), 'last')], patronymicShapedSurname),
  rule('first, second given name, last', 'PER', [one(FIRST, 'first'), one(NAME_PART_SHOWING_CASE, 'middle'), one(and(NAME_PART_SHOWING_CASE, not(knownGram('Name'))), 'last')], givenNamesShareCase),
  // `Ирина Богданович`, `Ирины Богданович`: after a woman's name a man's patronymic cannot be hers, which would end in `-на`:
  // it is her surname, which as a woman's in a consonant does not decline
  rule("woman's name, surname in -ич", 'PER', [one(FIRST, 'first'), one(MIDDLE, 'last')], womanBeforeManPatronymic),
  // `София Ротару`, `Софии Кенин`: a listed woman's name that a listed place reads the same is the name before a surname,
  // a word no place (a place before a place is a list of them), organisation or title, or one the dictionary knows as a surname;
  // not a listed first name before a surname, which opens a name of its own after the place (`главы Самары | Елены
  // Лапушкиной`: *place before a full name*)
  rule('first name that is also a place, Surname', 'PER', [
    one(and(title, firstNameListed, listed('LOC')), 'first'), one(and(LAST_AFTER_FIRST, or(knownGram('Surn'), and(not(listed('LOC')), not(knownGram('Geox')))), not(functionWord)), 'last'),
  ], (match) => womanSurnameAgrees(match) && !(firstNameListed(match.words[1]!) && match.following !== undefined && LAST_AFTER_FIRST(match.following))),
  rule('last first middle?', 'PER', [one(and(ANY_SURNAME, not(sentenceStart)), 'last'), one(FIRST, 'first'), optional(MIDDLE, 'middle')],
    (match) => nameAgrees(match) && guessedSurnameAgrees(match) && !surnameAfterName(match)),
  // `Иванов Иван Петрович, 1975 года рождения, задержан`, `Петрова Анна Сергеевна — ведущий специалист`: official style and
  // lists open a sentence with the surname before the first name and the patronymic; a surname the dictionary knows, with
  // both after it, is a name there, where rule 'last first middle?' takes none for the capitalised first word it may be.
  // So in a list of players or candidates with no patronymic (`Акинфеев Игорь, Игнашевич Сергей`): a surname the dictionary
  // knows, or one it guesses with a Russian surname's ending, and no common noun's nominative (`Роман Габриэля …`: a novel), and a first
  // name that agrees with it, no surname after it, are one name (rule part `surname first at the start`).
  rule('last first middle at the start', 'PER', [one(and(ANY_SURNAME, sentenceStart, or(knownGram('Surn'), RUSSIAN_SURNAME_SHAPE)), 'last'), one(FIRST, 'first'), optional(MIDDLE, 'middle')],
    (match) => nameAgrees(match) && (match.roles.includes('middle') || (!commonNounNominative(match.words[0]!) && !surnameAfterName(match)))),
  rule('first middle', 'PER', [one(FIRST, 'first'), one(MIDDLE, 'middle')], nameAgrees),
  // `Петр Фиала`, `с Петром Фиалой`: after a man's given name the dictionary knows, a word it knows only as a woman's given
  // name in the same case is his surname, declined as a noun in `-а` (rule "man's name, surname a woman's name"): no one
  // has a woman's given name after his own
  rule("man's name, surname a woman's name", 'PER', [one(and(FIRST, properHere), 'first'), one(and(title, knownGram('Name', 'sing')), 'last')], manBeforeWomansName),
  // `Хадим Хусейн Ризви`, `Гехад эль-Хаддад`: an Arabic, Persian or African name may hold a second given name the dictionary
  // knows between a first one and a surname it lacks, and its surname may be a particle's (rule part `foreign given names`)
  // (a surname the dictionary knows after a known given name is that name's, and the word before is another phrase's:
  // `Соратница Тихановской | Мария Колесникова`)
  rule('Foreign Name', 'PER', [one(and(UNKNOWN_FIRST, not(sentenceStart)), 'first'), repeat(PARTICLE, 0, 2, 'particle'), one(or(UNKNOWN_PROPER, PARTICLE_SURNAME), 'last')],
    (match) => !ownerBeforeForeignName(match) && !officialOrderAfter(match) && !complementBeforeName(match)),
  // `Вирджил ван Дейк`, `Вирджилом ван Дейком`: after a particle no Russian word is, the surname may be a common word's form
  rule('Foreign Name, particle', 'PER', [one(and(UNKNOWN_FIRST, not(sentenceStart)), 'first'), repeat(FOREIGN_PARTICLE, 1, 2, 'particle'), one(SURNAME_AFTER_PARTICLE, 'last')], (match) => !complementBeforeName(match)),
  // `Файсал бин Фархан`, `Абдаллой ибн Зайедом`: the word after an Arabic `бин`/`ибн` (`son of`) is the father's given name
  // and the surname's second part, though the dictionary knows it as a first name; and the word before is the given name,
  // whatever the dictionary knows of it (rule 'Arabic name, son of')
  rule('Arabic name, son of', 'PER', [one(and(ARABIC_GIVEN_NAME, or(not(sentenceStart), not(commonWord))), 'first'), one(SON_OF, 'particle'), one(ARABIC_GIVEN_NAME, 'last')]),
  // `Ле Пен пообещала`, `Фон дер Ляйен заявила`, `Де Мезьер призвал`: a surname with its particle alone at a sentence's start,
  // where the start capitalises the particle; a particle that is no Russian word before a capitalised word is a name's
  // (rule 'particle Surname at the start'), which would else lose its particle; not `Ла`, a place's article as often (`Ла Скала`)
  rule('particle Surname at the start', 'PER', [one(and(FOREIGN_PARTICLE, sentenceStart, not(text('Ла'))), 'particle'), repeat(FOREIGN_PARTICLE, 0, 1, 'particle'), one(SURNAME_AFTER_PARTICLE, 'last')]),
  // `По словам Ле Пен`, `Заявление фон дер Ляйен`, `имя де Голля`: inside a sentence too such a particle before a capitalised
  // word opens a surname named without its given name (rule 'particle Surname inside a sentence'); not `Ла`, `эль`, `аль`
  // (`Аль Джазира`, `Эль Ниньо`: bodies' and things' articles as often) nor a capitalised `Ван`, a Chinese family name
  rule('particle Surname inside a sentence', 'PER', [one(and(INNER_PARTICLE, not(sentenceStart)), 'particle'), repeat(FOREIGN_PARTICLE, 0, 1, 'particle'), one(SURNAME_AFTER_PARTICLE, 'last')]),
  // `Канье Уэст выпустил`, `Риши Сунак признал`: two words the dictionary does not know opening the sentence, the subject of a
  // singular verb after them, are a foreign given name and surname though the guesser reads neither as a name (rule
  // 'Foreign Name at the start, then its verb'); a body's or a place's name of two unknown words is rarely unlisted
  rule('Foreign Name at the start, then its verb', 'PER', [
    one(and(UNKNOWN_FIRST, sentenceStart, not(known)), 'first'), one(and(UNKNOWN_SURNAME, not(known)), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'),
    one(and(lower, pos('VERB')), 'context'),
  ], foreignNameVerbAgrees),
  rule('Foreign Name at the start', 'PER', [one(and(UNKNOWN_FIRST, sentenceStart), 'first'), repeat(PARTICLE, 0, 2, 'particle'), one(and(UNKNOWN_PROPER, or(gram('Surn'), gram('Name'))), 'last')]),
  // `Ли Со Ён`, `Аун Сан Су Чжи`, `Ким Чен Ын`: three or four short capitalised words in a row are one name
  rule('Asian name', 'PER', [one(and(NAME_SYLLABLE, not(functionWord), or(properHere, KOREAN_FAMILY_NAME_AT_START)), 'syllable'), repeat(NAME_SYLLABLE, 1, 2, 'syllable'), one(or(LAST_SYLLABLE, NAME_SYLLABLE), 'syllable')], shortSyllables),
  // After the East Asian names, which win a match as long (`Фам Минь Тьинем`): a second given name between (rule `Foreign Name`)
  rule('Foreign Name', 'PER', [one(and(UNKNOWN_FIRST, not(sentenceStart)), 'first'), one(FIRST, 'middle'), repeat(PARTICLE, 0, 2, 'particle'), one(SECOND_SURNAME, 'last')], (match) => !complementBeforeName(match)),
  // `Аарон Гринспен`, `Виторио Сандали`: a name the dictionary knows only as a surname or guesses, before a surname
  // `братом Сулимы Ямадаева`: a capitalised word inside a sentence that the dictionary knows only as a verb's form (`сулимы`, a
  // participle), which no one capitalises there, before a surname the dictionary knows, is a given name it lacks (rule
  // `verbal given name, Surname`, as `verbal surname after a title`)
  rule('verbal given name, Surname', 'PER', [one(VERBAL_SURNAME, 'first'), one(SURNAME_ALONE, 'last')]),
  rule('foreign first Surname', 'PER', [one(and(FOREIGN_PART, not(sentenceStart), (word: Word) => !bodyShape(word)), 'first'), one(and(FOREIGN_PART, or(gram('Surn'), gram('Name'), not(known))), 'last')],
    (match) => oneUnknown(match) && !nameOpensAfter(match) && !ownerBeforeForeignName(match) && !officialOrderAfter(match) && !complementBeforeName(match)),
  // `Режиссер Эмир Кустурица`, `Мэр Лондона Садик Хан`: after a title, a given name and a surname the dictionary reads as common words or lacks
  rule('title: First Surname', 'PER', [one(NAME_INSIDE, 'first'), one(NAME_INSIDE, 'last')],
    (match) => afterTitle(match) && namePartsAgree(match) && !surnameAfterName(match) && !officialOrderAfter(match) && !complementBeforeName(match)),
  // `Папа Римский Франциск`, `Патриарх Московский Кирилл`: the capitalised adjective after a sovereign's or a cleric's title
  // is the title's, no surname before the given name (roles.json sovereignTitles)
  rule('not a name: title of a sovereign', 'PER', [one(SOVEREIGN_TITLE, 'context'), one(TITLE_ADJECTIVE, 'context')]),
  // A title opening the sentence is capitalised as its first word (`Посол Нуланд`), as `afterTitle` allows too
  // Not an initial (`мэр Ю.М.Лужков`: the initials open the name, rule 'I. I. last'); a surname the dictionary reads only as a
  // verb's form is one here (`форвард Смолов`: rule `verbal surname after a title`)
  rule('title Surname', 'PER', [one(and(or(lower, sentenceStart), titleWord), 'context'), one(and(or(LAST, VERBAL_SURNAME), not(FIRST), not(singleLetter)), 'last')],
    (match) => noSecondNameAfter(match) || ownerBeforeName(match)),
  // `Президент Франции Макрон`, `Посол США в России Салливан`: a title's complement ends with a place or body, and the one
  // capitalised word after it is the holder's surname, even one the dictionary reads as a common word
  rule('title of place Surname', 'PER', [one(and(NAME_INSIDE, not(FIRST), not(singleLetter)), 'last')],
    (match) => match.at !== undefined && match.at > 0 && TITLE_PLACE(match.sentence![match.at - 1]!) && afterTitle(match) && noSecondNameAfter(match) &&
      !headsGenitive(match)),
  // `Француз Мбаппе`, `немка Кербер`: a nationality's noun names its bearer as a title does (rule `nationality Surname`)
  rule('nationality Surname', 'PER', [one(and(or(lower, sentenceStart), nationalityNoun), 'context'), one(and(or(LAST, VERBAL_SURNAME), not(FIRST), not(singleLetter)), 'last')],
    (match) => noSecondNameAfter(match) || ownerBeforeName(match)),
  rule('I. last', 'PER', [one(initial, 'first'), one(dot), one(LAST_AFTER_INITIAL, 'last')]),
  rule('I. I. last', 'PER', [one(initial, 'first'), one(dot), one(singleLetter, 'middle'), one(dot), one(LAST_AFTER_INITIAL, 'last')]),
  // `Ж.-М. Эро`, `Ж.-П. Раффарен`: the initials of a double given name, joined by a hyphen, are one first name's
  rule('I.-I. last', 'PER', [one(singleLetter, 'first'), one(dot), one(text('-'), 'hyphen'), one(singleLetter, 'first'), one(dot), one(LAST_AFTER_INITIAL, 'last')]),
  rule('last I. I.', 'PER', [one(ANY_SURNAME, 'last'), one(singleLetter, 'first'), one(dot), optional(singleLetter, 'middle'), optional(dot)]),
  // Not an adjective of the noun after it, which a name it begins capitalises (`Казанский вокзал`: rule `adjective, not a surname`)
  // `(Соболев, Промес; Малком)`, `01:23 Бернс (Рой, Грин)`: a word the dictionary does not know beside a surname in a list is a surname too
  rule('surname in a list of surnames', 'PER', [one(UNKNOWN_SURNAME, 'last')], besideListedSurname),
  // `Визит Шольца`, `Интервью Бербок`: after a noun of what only a person says, does or undergoes, a word the dictionary does not know in the genitive is the person's surname
  rule("person's noun, Surname", 'PER', [one(and(UNKNOWN_SURNAME, not(sentenceStart)), 'last')], afterPersonsNoun),
  // `встретился с Шольцем`: after `с`, a word the dictionary does not know in a man's instrumental is a companion's surname
  rule('с Surname', 'PER', [one(and(UNKNOWN_SURNAME, not(sentenceStart)), 'last')], companionAfterWith),
  rule('last', 'PER', [one(and(SURNAME, properHere, or(knownGram('Surn'), best((r) => r.tags.includes('Surn')))), 'last')], (match) => !adjectiveBeforeNoun(match)),
  rule('Surname at the start, then its verb', 'PER', [
    one(and(SURNAME, sentenceStart, best((r) => r.tags.includes('Surn') && r.case === 'nomn' && r.number === 'sing')), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'),
    one(and(lower, pos('VERB')), 'context'),
  ], surnameVerbAgrees),
  // `Песков отказался`: a surname whose common readings are oblique cases only (`песков` of `песок`) is the subject of a past verb that agrees with it
  rule('Surname at the start, then its verb', 'PER', [one(and(SURNAME, sentenceStart), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'), one(and(lower, pos('VERB')), 'context')],
    (match) => nameSubjectOfVerb(match.words[0]!, verbAfterSubject(match), 'Surn')),
  // `Королёв заявил`: a surname that says something is a person, even where a town bears the name (`Королёв`, `Пушкин`)
  rule('Surname at the start, then its speech verb', 'PER', [
    one(and(title, gram('Surn'), or(not(titleWord), commonOblique), sentenceStart, knownGram('Surn', 'nomn', 'sing')), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'),
    one((word: Word) => reportVerb(word), 'context'),
  ], surnameVerbAgreesAny),
  // `Орбан заявил`, `Бербок заявила`: a word the dictionary does not know at a sentence's start, the subject of a verb of saying,
  // is a foreign surname; not a listed name, a body's short name (`Мосгоризбирком`) or a listed first name
  rule('Unknown surname at the start, then its speech verb', 'PER', [
    one(and(UNKNOWN_SURNAME, sentenceStart), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'), one((word: Word) => reportVerb(word), 'context'),
  ], speakerVerbAgrees),
  // `Позже Орбан заявил`, `Накануне Бербок заявила`: the same after adverbs of time that open the sentence, which stand before
  // the subject as readily as after it
  rule('Unknown surname after an adverb, then its speech verb', 'PER', [
    one(and(sentenceStart, OPENING_ADVERB), 'context'), optional(OPENING_ADVERB, 'context'), optional(text(','), 'context'),
    one(and(UNKNOWN_SURNAME, not(sentenceStart)), 'last'), repeat(BEFORE_VERB, 0, 6, 'context'), one((word: Word) => reportVerb(word), 'context'),
  ], speakerAfterAdverbAgrees),
  // `Эрдоган промолчал`, `Вчера Олланд прилетел`, `Меркель поддержала`: a surname alone the dictionary does not read as one,
  // the subject of a past verb agreeing with it as with a person (rule `surname alone, then its past verb`)
  rule('surname alone, then its past verb', 'PER', [one(LONE_SURNAME, 'last'), repeat(BEFORE_VERB, 0, 6, 'context'), one(and(lower, pos('VERB')), 'context')], lonePersonAgrees),
  // `заявила Бербок`, `сообщил Гуринша`: a word the dictionary does not know right after a verb of saying inside the sentence
  // is the verb's subject, a person in news, where its ending shows no addressee's oblique case (`сказал Орбану`) and no
  // other capitalised word goes on the name (rule `speech verb, then unknown surname`)
  rule('speech verb, then unknown surname', 'PER', [
    one(and(lower, not(sentenceStart), formTest((word) => word.analyses.some((reading) => reading.pos === 'VERB' && VERBS_BEFORE_SUBJECT.has(reading.key)))), 'context'),
    one(and(UNKNOWN_SURNAME, not(sentenceStart)), 'last'),
  ], subjectAfterSpeechVerb),
  // `Свёнтек, которая`, `Трюдо, который`: a word the dictionary does not know before a relative pronoun whose gender agrees
  // with it as with a person only is a surname (rule `unknown surname, который`)
  rule('unknown surname, который', 'PER', [
    one(and(UNKNOWN_SURNAME, not(sentenceStart)), 'last'), one(text(','), 'context'), one(text('которая', 'который'), 'context'),
  ], relativeAgreesWithPerson),
  // `Людовик XIV`, `Иоанн Павел II`: a sovereign's or a pope's given names and regnal number, the number in the name as written
  rule('name, regnal number', 'PER', [one(FIRST, 'first'), optional(FIRST, 'first'), one(regnalNumber, 'regnal')]),
  // a first name alone, apart from any other name (rule part `first name apart`)
  rule('first', 'PER', [one(and(FIRST, properHere, likelierName), 'first')], firstNameApart),
  // `Великая Отечественная война`, `в Великую Отечественную`: capitalised adjectives that agree name no one (every word is context)
  // (rule part `adjectives of a body`: not before a body's noun they go with, where the second opens the body's name:
  // `Оппозиционная Народно-республиканская партия`, the first capitalised only as the sentence's first word)
  rule('not a name: adjectives of one name', 'PER', [one(and(title, best((reading) => reading.pos === 'ADJF')), 'context'), one(ADJECTIVE_SURNAME, 'context')],
    (match) => adjectivesAgree(match) && !(match.following !== undefined && BODY_HEAD(match.following) && mayModify(match.words[1]!, match.following))),
  // `слова Навального`, `позиция Зеленского`: a capitalised adjective with no noun to go with is a surname of that shape
  rule('Adjective surname', 'PER', [one(and(ADJECTIVE_SURNAME, not(sentenceStart)), 'last'), one(ANY_TOKEN, 'next')], noNounAfter),
  rule('Adjective surname at the start, then its verb', 'PER', [one(and(ADJECTIVE_SURNAME, sentenceStart, not(known)), 'last'), one(and(lower, pos('VERB')), 'context')], adjectiveSubject),
  // `аль-Барадеи`, `эль-Масри`: a particle joined to a surname names a person alone too
  rule('particle-Surname', 'PER', [one(PARTICLE_SURNAME, 'last')]),
];

// A state body's short name (the place rules leave it alone)

/** A case ending a short body name may take (`Мосгоризбиркома`, `Минпромторгу`, `Роскомнадзором`). */
const CASE_ENDING = /(?:ом|ами|ах|ы|а|у|е)$/;
/** The same ending in capitals too (`МОСГОРИЗБИРКОМА`), for a word as written. */
const CASE_ENDING_AS_WRITTEN = new RegExp(CASE_ENDING.source, 'i');
/**
 * The nominative of a short body name the dictionary does not know: the text without its case ending where the rest ends
 * like a body (`Мосгоризбиркома` → `Мосгоризбирком`); a `Мин…` name keeps its genitive field as written (`Минприроды`).
 */
export function bodyShortNominative(word: Word): string | undefined {
  if (known(word)) return undefined;
  const stem = word.text.replace(CASE_ENDING_AS_WRITTEN, '');
  if (stem !== word.text && endsLikeBody(fold(stem))) return stem;
  // `Роскачества` → `Роскачество`: the prefix as written and the field noun's lemma
  const compound = compoundField(word);
  return compound && compound.prefix + compound.reading.lemma;
}
/** The oblique forms of an adjective in `-ский`, `-цкий` (`Зеленскому`, `Зеленском`, `Высоцким`). */
const ADJECTIVE_SURNAME_OBLIQUE = /[сц]к(?:ого|ому|им|ом)$/;
/**
 * The field noun of a body's name made of a compound prefix and a noun written together, which the dictionary does not
 * know as a whole (`Роскачества`: `Рос` and `качества`; body-shapes.json compoundPrefixes): the rest after the prefix, a
 * common noun of four letters or more the dictionary knows, its singular reading first. Undefined when there is none.
 */
function compoundField(word: Word): { prefix: string; reading: WordAnalysis } | undefined {
  for (const prefix of COMPOUND_PREFIXES) {
    if (!word.folded.startsWith(prefix) || word.folded.length < prefix.length + 4) continue;
    const nouns = analyses(word.text.slice(prefix.length).toLowerCase())
      .filter((reading) => reading.known && reading.pos === 'NOUN' && !PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)));
    const reading = nouns.find((noun) => noun.number === 'sing') ?? nouns[0];
    if (reading) return { prefix: word.text.slice(0, prefix.length), reading };
  }
  return undefined;
}
/** A body's name of a compound prefix and a field noun that the dictionary does not know as a whole (`Роскачество`, `Госавтоинспекции`). */
const compoundBody: Predicate = formTest((word) => !word.latin && !known(word) && compoundField(word) !== undefined);
/**
 * The short name of a state body by its shape (data/gazetteer/body-shapes.json): a capitalised word the dictionary
 * does not know that starts with `Мин` (`Минпромторг`) or ends with `ком` or `надзор` (`Мосгоризбирком`, `Роскомнадзор`),
 * or is a compound prefix and a field noun written together (`Роскачество`, `Госавтоинспекция`). As a test of the form
 * read at a sentence's start (`atStart`) or inside one, each answered once per form.
 */
/** A Russian surname's ending in `-ов`, `-ев` and its cases (`Минниханов`, `Минниханова`, `Миннихановым`), folded. */
const SURNAME_IN_OV = /(?:ов|ев)(?:а|у|ым|ом|е|ой|ою|ых|ыми)?$/;
const bodyShapeOfForm = (atStart: boolean): Predicate => and(title, formTest((word) => {
  if (word.latin || word.text.includes('-')) return false;
  // A word the dictionary knows counts by its lemma (`Облизбиркома`, not `Человеком`); at a sentence's start, where the
  // capital says nothing, only when it can be nothing else (`Облизбирком зарегистрировал`).
  if (known(word)) {
    const readings = word.analyses.filter((reading) => reading.known);
    return !properReading(word) && (atStart ? readings.every((reading) => endsLikeBody(reading.key)) : readings.some((reading) => endsLikeBody(reading.key)));
  }
  const folded = word.folded;
  // An adjective's dative or instrumental is no body's (`Зеленскому`, `Зеленским`: their stem ends in `-ском`, `-ским` as `-ком` does),
  // nor a surname in `-ов`, `-ев` in any case, which no body's short name ends with (`Минниханов` is no ministry: *surname, not a body*).
  if (ADJECTIVE_SURNAME_OBLIQUE.test(folded) || SURNAME_IN_OV.test(folded)) return false;
  return [folded, folded.replace(CASE_ENDING, '')].some(
    (stem) => opensLikeBody(stem) || endsLikeBody(stem),
  ) || compoundBody(word);
}));
/** A state body's short name by its shape (`Облизбиркома`, `Мосгоризбирком`), read as its place in the sentence says. */
const bodyShape = or(and(sentenceStart, bodyShapeOfForm(true)), and(not(sentenceStart), bodyShapeOfForm(false)));
/** The dictionary knows the word as a person's name or a place. */
const properReading = or(knownGram('Surn'), knownGram('Name'), knownGram('Geox'));

/** The rule that takes a state body's short name by its shape (`Мосгоризбиркома`), whose normal form drops the case ending. */
export const BODY_SHORT_FORM_RULE = 'body short form';

/** The full names of the federal executive bodies, whose short names the bodies write with their state. */
const FEDERAL_EXECUTIVE = /^(?:Министерство|Федеральн)/;
/** The one-word short names of Russia's federal ministries, services and agencies (organisations.json `state`: `Минэнерго`, `ФАС`). */
const FEDERAL_SHORT_NAMES: ReadonlySet<string> = foldedSet(organisationsData.state.flatMap((item) =>
  typeof item === 'string' || !FEDERAL_EXECUTIVE.test(item.name) ? [] : (item.abbr ?? []).filter((abbr) => !abbr.includes(' '))));
/** A federal ministry's, service's or agency's short name: listed, or a ministry's by its shape (`Минпромторга`, `Минцифры`). */
const federalShortName: Predicate = (word) =>
  word.keys.some((key) => FEDERAL_SHORT_NAMES.has(key)) || FEDERAL_SHORT_NAMES.has(word.folded) ||
  (bodyShape(word) && startsWithBodyPrefix(word.folded));
/**
 * `России` after a federal body's short name: the state in its official short name (organisations.json `inOfficialName`),
 * as the bodies write themselves; `РФ` is the press's, a mention of its own (`Минсельхоз | РФ`).
 */
const STATE_IN_OFFICIAL_NAME = text('России');
/**
 * The rule `federal body's official short name`: a Russian ministry, service or agency names itself by its short name and
 * the state (`Минпромторг России`, `ФАС России`, `Минэнерго России`), as `МВД России` is listed: one name, the state in it.
 */
export const FEDERAL_BODY_RULE = "federal body's official short name";

// Places

const GEOX = and(capitalized, knownGram('Geox'), or(properHere, placeReadingFirst), formTest((word) => word.text.length > 1));
const ADJECTIVE = and(title, pos('ADJF'));
/**
 * Rule part `guessed indeclinable adjective`: a word the dictionary lacks that the guesser reads as an adjective only
 * indeclinable (`Микати агентство`, read as `хаки`) is a foreign name's, as the adjectives that open Russian names decline.
 */
const guessedIndeclinable: Predicate = formTest((word) => {
  const adjectives = word.analyses.filter((r) => r.pos === 'ADJF');
  return adjectives.length > 0 && !word.analyses.some((r) => r.known) && adjectives.every((r) => r.tags.includes('Fixd'));
});
/**
 * A capitalised adjective opening an organisation's name; not a word the dictionary knows only as something else, which
 * the guesser also reads as an indeclinable adjective (`в Петропавловск | дополнительную группу`: a place's name). Named
 * `known non-adjective`.
 */
const NAME_ADJECTIVE = or(
  and(ADJECTIVE, not(formTest((word) => word.analyses.some((r) => r.known) && !word.analyses.some((r) => r.known && r.pos === 'ADJF'))), not(guessedIndeclinable)),
  // Rule `participle in a name`: inside a sentence a capitalised participle opens a name as an adjective does (`Объединённого
  // института ядерных исследований`, `Объединённой авиастроительной корпорации`), where the dictionary reads it as a participle only
  and(title, pos('PRTF'), not(sentenceStart)),
);

/**
 * The match's one word is an adjective the dictionary knows that agrees with a lower-case word right after it that is likeliest a noun,
 * or after lower-case adjectives that agree with both: that noun's adjective, capitalised by a name it begins or by a sentence's start
 * (`Казанский вокзал`, `Лесной пожар`, `Московского международного кинофестиваля`).
 */
function adjectiveBeforeNoun(match: Match): boolean {
  const { sentence, at } = match;
  const word = match.words[0]!;
  if (match.words.length !== 1 || !sentence || at === undefined) return false;
  const adjective = (r: WordAnalysis): boolean => r.known && r.pos === 'ADJF';
  const noun = (r: WordAnalysis): boolean => r.known && r.pos === 'NOUN';
  if (!word.analyses.some(adjective)) return false;
  // Over lower-case adjectives agreeing with it (`Московского международного кинофестиваля`), a few at most.
  const parts = [{ word, accept: adjective }];
  let j = at + 1;
  while (j < Math.min(sentence.length, at + 4) && sentence[j]!.shape === 'lower' && sentence[j]!.analyses[0]?.pos === 'ADJF' && sentence[j]!.analyses[0]!.known) parts.push({ word: sentence[j++]!, accept: adjective });
  const next = sentence[j];
  if (next === undefined || next.shape !== 'lower') return false;
  // The next word's likeliest reading a noun: not a conjunction that also spells a letter's name (`Петров и Сидоров`)
  return next.analyses[0] !== undefined && noun(next.analyses[0]) && agree([...parts, { word: next, accept: noun }]) !== null;
}

/** A reading of an adjective or a noun: the words of an organisation's name agree by these. */
const ADJECTIVE_OR_NOUN = (r: { pos: string }): boolean => r.pos === 'ADJF' || r.pos === 'NOUN';

/** The words agree in case (and number and gender where they show them) as adjectives and nouns. */
const wordsAgree = (words: readonly Word[]): boolean => agree(words.map((word) => ({ word, accept: ADJECTIVE_OR_NOUN }))) !== null;

const caseAgrees = (match: Match): boolean => wordsAgree(match.words);

/** How many words after a place's adjective may close the name in quotes it opens (`«Волжская коммуна»`, `«Уральский рабочий»`). */
const QUOTED_NAME_REST = 3;

/**
 * Rule part `adjective of a name in quotes`: the one word at `start`, right after an opening quotation mark, read as an
 * adjective agreeing with the lower-case noun after it, opens a name the quotes close within a few words: a newspaper's, a
 * company's or a club's (`«Волжская коммуна»`, `в «Уральском рабочем»`), not the place the adjective is of (`Волжский`,
 * `Уральск`).
 */
export function adjectiveOfQuotedName(words: readonly Word[], start: number, length: number): boolean {
  const [before, word, next] = [words[start - 1], words[start], words[start + 1]];
  if (length !== 1 || !before || !word || !next || !QUOTE_OPEN(before) || !lower(next) || !isWord(next)) return false;
  if (!word.analyses.some((reading) => reading.pos === 'ADJF') || !wordsAgree([word, next])) return false;
  for (let i = start + 2; i <= start + 1 + QUOTED_NAME_REST && i < words.length; i++) {
    if (QUOTE_CLOSE(words[i]!)) return true;
    if (!isWord(words[i]!)) return false;
  }
  return false;
}

/** The words before the match's word of `role` agree with it (or there is no such word, or none before it). */
const agreeBefore = (match: Match, role: string): boolean => {
  const at = match.roles.indexOf(role);
  return at <= 0 || wordsAgree(match.words.slice(0, at + 1));
};

/**
 * Rule `adjectives agree with the body`: the adjectives before a body's word agree with it, or they are no part of its name
 * (`Учёные | Института океанологии`: a plural nominative at a sentence's start is the subject, not the institute's adjective).
 */
const adjectivesAgreeWithBody = (match: Match): boolean => agreeBefore(match, 'body');

/** The adjectives before a match's head agree with it. */
const adjectivesAgreeWithHead = (match: Match): boolean => agreeBefore(match, 'head');

/** The words of the name itself agree in case, the owner after it aside (`Верховный суд | Бангладеша`). */
const bodyCaseAgrees = (match: Match): boolean => wordsAgree(match.words.filter((_, i) => match.roles[i] !== 'next'));

const lemmaSet = (items: readonly string[]): Predicate => inSet(foldedSet(items));
const districtAdjective = and(lower, pos('ADJF'), lemmaSet(placeWords.districtAdjectives));
const districtNoun = and(lower, pos('NOUN'), lemmaSet(placeWords.districtNouns));
const streetWord = and(lower, pos('NOUN'), lemmaSet(placeWords.streets));
/** A word inside a sentence capitalised as a street's name, a place's too (`Арбат`, `Ордынка`): no body, person's name, title or Latin word. */
const STREET_NAME_WORD = and(
  title, isWord, not(latin), not(sentenceStart), not(listed('ORG')), not(knownGram('Orgn')), not(knownGram('Surn')), not(FIRST), not(titleWord), not(knownGram('Patr')),
);
/** A capitalised common noun in the genitive that names a street (`Мира`, `Революции`, `Энтузиастов`): the dictionary knows it so. */
const STREET_NOUN_GENITIVE = and(
  title, isWord, not(latin), not(sentenceStart), not(listed('LOC')), not(listed('ORG')), not(knownGram('Geox')), not(knownGram('Orgn')), not(titleWord),
  not(knownGram('Surn')), not(knownGram('Name')), formTest((word) => word.analyses.some((reading) => reading.known && reading.pos === 'NOUN' && reading.case === 'gent' && !PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)))),
);
/** A capitalised word the dictionary knows as a noun's or an adjective's genitive plural (`Героев`, `Красных`, `Зорь`), no listed name or title. */
const STREET_PLURAL_GENITIVE = and(
  title, isWord, not(latin), not(sentenceStart), not(listed('LOC')), not(listed('ORG')), not(titleWord), formTest((word) =>
    word.analyses.some((reading) => reading.known && (reading.pos === 'NOUN' || reading.pos === 'ADJF') && reading.case === 'gent' && reading.number === 'plur')),
);

/** A settlement's, a region's or a natural place's descriptor, after which a capitalised word is its name (data/gazetteer/place-words.json). */
// (rule part `descriptor at the start`: a sentence may open with the descriptor, its capital saying nothing: `Река Оёдо вышла из берегов`)
const namedPlaceDescriptor = and(or(lower, and(title, sentenceStart)), best((reading) => reading.pos === 'NOUN'), lemmaSet(placeWords.namedPlaceDescriptors));
const settlementDescriptor = and(lower, best((reading) => reading.pos === 'NOUN'), lemmaSet(placeWords.settlementDescriptors));
/**
 * A word that may name a place no list knows: capitalised, in no list, no organisation's name or title (listed places take
 * their own rules), no first name but one that names a place too (`в округе | Виктора Ишаева`, but `на реке Лена`), and
 * no single letter, which is an initial or a block's letter (`глава района | А. Н. Кузнецов`, `корпус Б`).
 */
const UNLISTED_NAME = and(
  title, isWord, not(latin), not(singleLetter), not(listed('LOC')), not(listed('ORG')), not(knownGram('Orgn')), not(titleWord), or(not(FIRST), knownGram('Geox')),
);

/**
 * A word the dictionary reads only as the plural locative of a noun for people (`Хамовниках` of `хамовник`, a weaver):
 * capitalised after `в`, a place named after those who lived there (`в Хамовниках`, `в Сокольниках`), as people are not
 * where things happen. Named `place named after people`.
 */
const PEOPLE_PLACE = formTest((word) => word.analyses.length > 0 && word.analyses.every((reading) =>
  reading.known && reading.pos === 'NOUN' && reading.tags.includes('anim') && reading.number === 'plur' && reading.case === 'loct'));
/**
 * A capitalised word in the locative after `в` that is a place: one the dictionary knows as a place in that case, or one it
 * does not know at all (`в Бирюлеве`, not the surname `Бирюлев`; `в Тусоне`): people are rarely the place where things happen.
 * A noun only, an adjective begins a longer name (`в Северо-Кавказском федеральном округе`); no state body's short name (`в Мосгоризбирком`).
 */
const IN_PLACE = and(UNLISTED_NAME, not(bodyShape), not(NAMED_BANK), best((reading) => reading.pos === 'NOUN'), or(knownGram('Geox', 'loct'), and(not(known), gram('loct')), PEOPLE_PLACE));

/** A capitalised noun in the locative that a list of places after `в` may hold: a surname's form too (`Арсеньеве`, a town). */
const IN_PLACE_IN_LIST = or(and(UNLISTED_NAME, not(bodyShape), best((reading) => reading.pos === 'NOUN'), gram('loct')), and(UNLISTED_NAME, formTest(adjectiveTownInLocative)));
/**
 * Rule part `town of an adjective surname`: a capitalised adjective in the locative singular that the dictionary knows as a
 * surname's form too (`Чайковском`, `Жуковском`) is a town named after a person in a list of places after `в`, as a person is
 * no place where things are.
 */
function adjectiveTownInLocative(word: Word): boolean {
  return word.analyses[0]?.pos === 'ADJF' && word.analyses.some((reading) => reading.tags.includes('Surn') && reading.case === 'loct' && reading.number === 'sing');
}
/** A place of a list in the locative: listed, or known to the dictionary as a place in that case. */
const PLACE_IN_LOCATIVE = or(and(listed('LOC'), gram('loct')), knownGram('Geox', 'loct'));
/**
 * The check of rule `в Place, Place`: the words before the comma or `и` are a list of places in the locative that `в`
 * opens (`в Уссурийске, …`), each a place listed or known to the dictionary, as a person is rarely where things happen.
 */
function listOfPlacesAfterIn(match: Match): boolean {
  const { sentence, at } = match;
  if (!sentence || at === undefined) return false;
  // An adjective's town ends before a lower-case noun it goes with (`в Кунгуре, Чайковском районе`: the district's name)
  const last = match.words.at(-1)!;
  if (adjectiveTownInLocative(last) && match.following !== undefined && lower(match.following) && match.following.analyses[0]?.pos === 'NOUN' && mayModify(last, match.following)) return false;
  for (let i = at - 1; i >= 0; i -= 2) {
    if (!PLACE_IN_LOCATIVE(sentence[i]!)) return false;
    const before = sentence[i - 1];
    if (before === undefined) return false;
    if (/^(в|во)$/i.test(before.text)) return true;
    if (before.text !== ',') return false;
  }
  return false;
}

/**
 * The check of rule `places after a plural descriptor`: the words before the comma or `и` are names listed by commas after a
 * place's descriptor in the plural (`префектуры Кагосима и Миядзаки`, `в штатах Техас, Аризона и Нью-Мексико`), which
 * announces several places of its kind, so each name of the list is one.
 */
function listAfterPluralDescriptor({ sentence, at }: Match): boolean {
  for (let i = (at ?? 0) - 1; sentence && i >= 1 && i >= at! - 8; i -= 2) {
    const before = sentence[i - 1]!;
    if (!capitalized(sentence[i]!)) return false;
    if (namedPlaceDescriptor(before)) return before.analyses.some((r) => r.number === 'plur' && PLACE_DESCRIPTORS.has(fold(r.key)));
    if (before.text !== ',') return false;
  }
  return false;
}
const PLACE_DESCRIPTORS: ReadonlySet<string> = foldedSet(placeWords.namedPlaceDescriptors);

/** A word that may name a place after an adjective agreeing with it: as UNLISTED_NAME, a first name's form too (`Верхние Луки`). */
const UNLISTED_NAME_AFTER_ADJECTIVE = and(title, isWord, not(latin), not(listed('LOC')), not(listed('ORG')), not(knownGram('Orgn')), not(titleWord));
/** A natural feature's noun that a capitalised adjective names (`Поклонной горе`; data/gazetteer/place-words.json naturalPlaceNouns); not `о`, a preposition that also abbreviates `остров`. */
const naturalPlaceNoun = lemmaSet(placeWords.naturalPlaceNouns);
const builtPlaceNoun = lemmaSet(placeWords.builtPlaceNouns);
/** A capitalised noun after `под` in the instrumental the dictionary does not know, no surname by its guessed ending (`Угледаром`, not `Хабибуллиным`). */
const UNDER_PLACE = and(UNLISTED_NAME, not(bodyShape), not(known), best((reading) => reading.pos === 'NOUN'), gram('ablt'), not(gram('Surn')));

/**
 * A land named by `При-`, `За-`, `По-` or `Меж-` and the river, lake or mountains it lies by, a neuter noun in `-ье`
 * (`Приангарье`, `Заонежье`, `Приамурья`), in any case, that the dictionary does not know (it knows `Поволжье`, `Прикамье`).
 */
const REGION_BY_PREFIX_FORM = /^(?:При|За|По|Меж)\p{Ll}{3,}(?:ье|ья|ью|ьем)$/u;
const REGION_BY_PREFIX = and(title, isWord, not(known), not(listed('LOC')), not(listed('ORG')), formTest((word) => REGION_BY_PREFIX_FORM.test(word.text)));
/** Rule `region named by a prefix`, whose name is put in the nominative by its ending (`Приамурья` → `Приамурье`). */
export const REGION_BY_PREFIX_RULE = 'region named by a prefix';
/** The nominative of a land named by a prefix (`Приангарью` → `Приангарье`). */
export function regionByPrefixNominative(word: Word): string {
  return word.text.replace(/(?:ья|ью|ьем)$/u, 'ье');
}

/** An adjective of size or age that may open a place's name (`Малой`, `Большой`, `Старом`; place-words.json nameAdjectives). */
const nameAdjective = lemmaSet(placeWords.nameAdjectives);
/** A compass adjective (`западной`, `Центральной`; data/gazetteer/place-words.json). */
const direction = and(or(lower, title), pos('ADJF'), lemmaSet(placeWords.directions));
/** A word of a listed place, or one the dictionary knows as a place. */
const PLACE_WORD = and(capitalized, or(listed('LOC'), knownGram('Geox')), not(listed('ORG')));

/** A word in capitals, the place of a dateline; a listed place takes the listed name (and its link) instead. */
const DATELINE_WORD = and(upper, isWord, not(latin), not(listed('LOC')));
const NUMBER: Predicate = formTest((word) => word.kind === 'number');
const month = and(lower, lemmaSet(placeWords.months));

/** A noun after which a place's name in quotes is still a place (`аэропорт «Домодедово»`; data/gazetteer/place-words.json); no preposition that abbreviates one (`с «Уралом»`, not `с.` for `село`). */
const quotedPlaceDescriptor = and(lower, lemmaSet(placeWords.quotedPlaceDescriptors), not(functionWord));
const QUOTE_MARK = text('«', '»', '"', '„', '“', '”');

/** A person's name in the genitive that a street is named after (`Горького`, `Минина`): no place's or body's name. */
const STREET_PERSON = and(title, isWord, not(listed('LOC')), not(listed('ORG')), knownGram('gent'), or(knownGram('Surn'), knownGram('Name')));
const STREET_SURNAME_AFTER_FIRST = and(title, isWord, not(listed('ORG')), knownGram('gent'), knownGram('Surn'));
/** A capitalised adjective inside a sentence that may name a street (`Северной`, `Ковалевской`): no body's word, no title. */
const STREET_ADJECTIVE = and(ADJECTIVE, isWord, not(latin), not(sentenceStart), not(listed('ORG')), not(titleWord));
/** The second word of a street's name after an adjective: a capitalised adjective or noun, no organisation's or first name (`улицы Тбилисской | Гульнара Исмагилова`). */
const STREET_NAME_AFTER_ADJECTIVE = and(title, isWord, not(latin), not(sentenceStart), not(listed('ORG')), not(titleWord), not(FIRST), or(pos('ADJF'), pos('NOUN')));

/** Rule `places after a plural descriptor`: a name joined to the names after a place's descriptor in the plural is one more (`префектуры Кагосима и Миядзаки`). */
const PLACES_AFTER_DESCRIPTOR = rule('places after a plural descriptor', 'LOC', [one(text(',', 'и'), 'context'), one(UNLISTED_NAME)], listAfterPluralDescriptor);

/**
 * Rule `Adjective built place`: one or two capitalised adjectives inside a sentence with a built place's noun that agrees
 * (place-words.json builtPlaceNouns) name it (`Ворошиловского моста`, `Казанского кремля`, `на Большом Каменном мосту`)
 */
const ADJECTIVE_BUILT_PLACE: Rule[] = [
  rule('Adjective built place', 'LOC', [
    repeat(and(ADJECTIVE, not(sentenceStart), not(listed('ORG'))), 1, 2), one(and(lower, builtPlaceNoun, pos('NOUN'))),
  ], caseAgrees),
];

export const LOCATION_RULES: readonly Rule[] = [
  // Rule part `adjective, not a place`: a word the dictionary knows as a place (a town named by an adjective, `Лесной`,
  // `Красная`) and as an adjective agreeing with the lower-case noun after it is that noun's adjective: at a sentence's start,
  // whose capital says nothing (`Лесной пожар подошел…`), and inside one, where it opens a name of its own (`на Красную планету`)
  rule('place name', 'LOC', [one(GEOX)], (match) => !adjectiveBeforeNoun(match)),
  // `на Малой Бронной`, `на Большой Дмитровке`, `на Старом Арбате`: a size's or an age's adjective is part of the place's name
  rule('Adjective Place', 'LOC', [one(and(ADJECTIVE, not(sentenceStart), nameAdjective)), one(and(PLACE_WORD, not(sentenceStart)))], caseAgrees),
  rule('Adjective region', 'LOC', [one(and(ADJECTIVE, not(sentenceStart))), one(and(or(lower, title), regionDescriptor))], caseAgrees),
  // `Северо-Кавказском федеральном округе`, `Западного военного округа`
  rule('Adjective district', 'LOC', [one(ADJECTIVE), one(districtAdjective), one(districtNoun)], caseAgrees),
  // `в Кривоколенном переулке`, `на Большом Козихинском переулке`: the descriptor is part of a street's name
  rule('Adjective street', 'LOC', [repeat(and(ADJECTIVE, not(sentenceStart)), 1, 2), one(streetWord)], caseAgrees),
  // `на улице Горького`, `проспекта Академика Сахарова`, `площадь Льва Толстого`: a street named after a person is a place, the
  // descriptor in its name as with an adjective; the name is a genitive person's, not a place's (`улицы Лондона` are London's)
  rule('street of Name', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), optional(and(FIRST, gram('gent'))), one(STREET_PERSON),
  ], personOfStreet),
  // Rule part `surname after a first name`: after a first name in the genitive a surname is one though a place is named so too
  // (`на улице Богдана Хмельницкого`, not the town Хмельницкий)
  rule('street of Name', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), one(and(FIRST, gram('gent'))), one(STREET_SURNAME_AFTER_FIRST),
  ], personOfStreet),
  // `на площади Минина и Пожарского`, `сквер Петра и Февронии`: a street named after two people joined by `и`
  rule('street of Name and Name', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), one(STREET_PERSON), one(text('и')), one(STREET_PERSON),
  ], (match) => personOfStreet({ ...match, words: match.words.slice(0, 2), following: match.words[2] }) && personOfStreet({ ...match, words: [match.words[0]!, match.words[3]!] })),
  // `на улице Академика Королева`, `проспекта Маршала Жукова`: a rank before the person is the name's too, and the surname stays
  // the person's even where a town reads the same (`Королёв`)
  rule('street of Rank Name', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), one(and(title, titleWord, knownGram('gent'))), optional(and(FIRST, gram('gent'))),
    one(and(title, isWord, not(listed('ORG')), knownGram('gent'), or(knownGram('Surn'), knownGram('Name')))),
  ], personOfStreet),
  // `на проспекте Мира`, `площади Революции`, `шоссе Энтузиастов`: a capitalised common noun in the genitive after a street
  // word names the street, the descriptor in its name; no place's or body's name, which is the owner (`улицы Лондона`)
  rule('street of Noun', 'LOC', [one(and(streetWord, gram('sing')), 'head'), one(STREET_NOUN_GENITIVE)], (match) => singularStreet(match.words[0]!)),
  // `на улице Красных Зорь`, `улица Героев Панфиловцев`: two capitalised words in the genitive plural after a street word, an
  // adjective and its noun or a noun and its apposition, name the street together (rule `street of two plurals`); no person's
  // name second (`площади Героев | Иванов`)
  rule('street of two plurals', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), one(STREET_PLURAL_GENITIVE), one(and(STREET_PLURAL_GENITIVE, pos('NOUN'), not(knownGram('Surn')), not(knownGram('Name')))),
  ], (match) => singularStreet(match.words[0]!) && wordsAgree(match.words.slice(1))),
  // `на улице Большая Ордынка`, `улица Новый Арбат`: a name in the nominative after a street word, whatever the word's case,
  // is the street's as the signs write it; no person's name (`На улице Лена встретила …`)
  // (a name the dictionary does not know may be a noun in the nominative whatever its guessed likeliest reading: `на площади Баязыт`)
  rule('street Name', 'LOC', [
    one(and(streetWord, gram('sing')), 'head'), optional(and(ADJECTIVE, STREET_NAME_WORD, knownGram('nomn'))), one(and(STREET_NAME_WORD, or(best((reading) => reading.pos === 'NOUN' && reading.case === 'nomn'), and(not(known), formTest((word) => word.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'nomn')))))),
  ], (match) => singularStreet(match.words[0]!) && (match.words.length < 3 || caseAgrees({ ...match, words: match.words.slice(1) }))),
  // `на улице Северной`, `улицы Тбилисской`, `на проспекте Ленинском`: a capitalised adjective after a street word, agreeing with
  // it in gender, case and number, is the street's name written after its descriptor, the descriptor in the name as before it;
  // no adjective of a noun after it (`на улице | Московской области`)
  rule('street Adjective', 'LOC', [one(and(streetWord, gram('sing')), 'head'), one(STREET_ADJECTIVE)], streetAdjectiveAgrees),
  // `на улице Большая Покровская`, `на улице Малая Грузинская`: a street named by two capitalised adjectives in the nominative,
  // written after its word whatever its case, the second one a surname's shape too (`Покровская`); both agree with each
  // other and with the street word's gender (rule `street Adjective Adjective`)
  // (`на улице Большой Ордынке`: or in the street word's case, the adjective agreeing with the noun after it)
  rule('street Adjective Adjective', 'LOC', [one(and(streetWord, gram('sing')), 'head'), one(STREET_ADJECTIVE), one(STREET_NAME_AFTER_ADJECTIVE)], streetAdjectivesNamed),
  // `в городе Маунтин-Вью`, `в провинции Гильменд`, `на реке Лена`, `в посёлке Малые Вишеры`: after a place's descriptor,
  // a capitalised word (an adjective before it agreeing) names the place, even one no list or dictionary knows
  rule('descriptor Place', 'LOC', [one(namedPlaceDescriptor, 'context'), optional(and(ADJECTIVE, UNLISTED_NAME)), one(UNLISTED_NAME)], namedPlaceAgrees),
  // `в селе Верхние Луки`, `посёлка Новые Ляды`: after an adjective agreeing with it the noun is the name's even where the
  // dictionary reads it as a first name's form too (`Луки`, also the genitive of `Лука`)
  rule('descriptor Adjective Place', 'LOC', [one(namedPlaceDescriptor, 'context'), one(and(ADJECTIVE, UNLISTED_NAME)), one(and(UNLISTED_NAME_AFTER_ADJECTIVE, pos('NOUN')))], namedPlaceAgrees),
  // `на Поклонной горе`, `Курильского хребта`: a capitalised adjective with a natural feature's noun is its name (naturalPlaceNouns in place-words.json)
  rule('Adjective natural place', 'LOC', [one(and(ADJECTIVE, not(sentenceStart), not(listed('ORG')))), one(and(lower, naturalPlaceNoun, not(functionWord), formTest((word) => word.text.length > 2)))], caseAgrees),
  ...ADJECTIVE_BUILT_PLACE,
  // `охватили Приангарье`, `в Заонежье`: a land named by a prefix and a river's, a lake's or mountains' name
  rule(REGION_BY_PREFIX_RULE, 'LOC', [one(REGION_BY_PREFIX)]),
  // `под Угледаром`: a capitalised word in the instrumental after `под` that the dictionary does not know, no surname by its
  // ending, is the town the fighting or the accident is near (`под Москвой` is listed)
  rule('под Place', 'LOC', [one(text('под', 'Под'), 'context'), one(UNDER_PLACE)]),
  // `в лондонском районе Тоттенхэм`: after a settlement's or a district's noun, a name a list knows as a club's is the place's
  rule('settlement named as a body', 'LOC', [one(settlementDescriptor, 'context'), one(and(title, isWord, not(latin), listed('ORG'), not(knownGram('Orgn'))))]),
  // `в Тусоне`, `в Бирюлеве`: a capitalised word in the locative after `в` is where something is or happens
  rule('в Place', 'LOC', [one(text('в', 'во', 'В', 'Во'), 'context'), one(IN_PLACE)]),
  // `в Уссурийске, Арсеньеве и Партизанском районе`: a capitalised word in the locative that joins a list of places after `в`
  // is one of them, a town named after a person too (rule `в Place, Place`)
  rule('в Place, Place', 'LOC', [one(text(',', 'и'), 'context'), one(IN_PLACE_IN_LIST)], listOfPlacesAfterIn),
  PLACES_AFTER_DESCRIPTOR,
  // `западной Европы`, `в Центральной России`: a compass adjective and the place are the part of it, one place
  rule('direction Place', 'LOC', [one(direction), repeat(and(PLACE_WORD, best((reading) => reading.pos === 'ADJF')), 0, 2), one(and(PLACE_WORD, pos('NOUN')))], caseAgrees),
  // `ТУСОН, 9 января.`, `ГРОЗНЫЙ, 7 мая.`: the words in capitals that open a news item before its date are its place
  rule('dateline', 'LOC', [
    one(and(DATELINE_WORD, sentenceStart)), repeat(DATELINE_WORD, 0, 2), one(text(','), 'context'), one(NUMBER, 'context'), one(month, 'context'),
  ]),
  // `в аэропорту «Домодедово»`: after a place's descriptor, the name in quotes is the place
  rule('descriptor «Place»', 'LOC', [
    one(quotedPlaceDescriptor, 'context'), one(QUOTE_MARK, 'context'), one(and(capitalized, or(listed('LOC'), knownGram('Geox')))), one(QUOTE_MARK, 'context'),
  ]),
];


/** Rule `street Adjective`: the adjective agrees with the singular street word and modifies no noun after it. */
function streetAdjectiveAgrees(match: Match): boolean {
  const [street, adjective] = [match.words[0]!, match.words[1]!];
  if (!singularStreet(street) || !mayModify(adjective, street)) return false;
  // The next word a lower-case noun or adjective by its likeliest reading (not `и`, also a letter's name) that the adjective may modify
  const next = match.following;
  // (a capitalised one too: `на улице Большой Ордынке` is named by both, rule `street Adjective Adjective`)
  const nextHead = next !== undefined && (next.shape === 'lower' || STREET_NAME_AFTER_ADJECTIVE(next)) && next.analyses[0] !== undefined && ['NOUN', 'ADJF'].includes(next.analyses[0].pos);
  // Rule part `case of the street`: only in the case it shares with the street word (`на улице Садовой | площадью 120
  // метров`: `Садовой` is the street's locative, no instrumental of `площадью`).
  return !nextHead || !mayModify(adjective, next!, agreeingCases(adjective, street));
}

/**
 * The two words after a singular street word name it: both nominative singular of the street word's gender, an adjective
 * and an adjective or noun (`улице Большая Покровская`), or in the street word's case, the adjective agreeing with both
 * (`улице Большой Ордынке`).
 */
function streetAdjectivesNamed(match: Match): boolean {
  const [street, adjective, last] = match.words as [Word, Word, Word];
  if (!singularStreet(street)) return false;
  const genders = new Set(street.analyses.filter((r) => r.pos === 'NOUN' && placeWords.streets.includes(r.key)).map((r) => r.gender));
  const nominative = (word: Word, parts: readonly string[]): boolean =>
    word.analyses.some((r) => r.known && parts.includes(r.pos) && r.case === 'nomn' && r.number === 'sing' && genders.has(r.gender));
  if (nominative(adjective, ['ADJF']) && nominative(last, ['ADJF', 'NOUN'])) return true;
  return mayModify(adjective, street) && mayModify(adjective, last);
}

/** The street word may be singular (`улице`, not `улицы` of a city's many streets alone). */
function singularStreet(street: Word): boolean {
  return street.analyses.some((reading) => reading.pos === 'NOUN' && reading.number === 'sing' && placeWords.streets.includes(reading.key));
}

/** The street word is singular, and the person after it (a first name and a surname, or a surname; a rank aside) agrees in the genitive. */
function personOfStreet(match: Match): boolean {
  if (!singularStreet(match.words[0]!)) return false;
  const after = match.words.slice(1);
  const name = after.length > 1 && titleWord(after[0]!) ? after.slice(1) : after;
  // A name that may be in the nominative before a verb is its subject (`На площади | Путин выступил`, `На улице | Лена встретила`),
  // unless the verb is plural, or a noun before the street's preposition is the clause's subject already (`работы на улице
  // Окунева завершатся`, `достройка школы на улице Фрунзе завершится`). Named `street name no subject`.
  const verb = match.following?.analyses[0];
  const preposition = match.at !== undefined && match.sentence !== undefined ? match.sentence[match.at - 1] : undefined;
  const before = match.at !== undefined && match.sentence !== undefined ? match.sentence[match.at - 2] : undefined;
  const subjectBefore = preposition?.shape === 'lower' && before?.shape === 'lower' && before.analyses[0]?.pos === 'NOUN';
  const subjectAfter = verb?.pos === 'VERB' && !verb.tags.includes('plur') && !subjectBefore;
  if (subjectAfter && name.at(-1)!.analyses.some((r) => (r.tags.includes('Surn') || r.tags.includes('Name')) && r.case === 'nomn')) return false;
  return agree(name.map((word) => ({ word, accept: (r: WordAnalysis) => (r.tags.includes('Surn') || r.tags.includes('Name')) && r.case === 'gent' && r.number === 'sing' }))) !== null;
}

/** Two words of a place's name after its descriptor agree in case (`Малые Вишеры`; not `Грозном | Рамзан`). */
function namedPlaceAgrees(match: Match): boolean {
  // Rule part `adjective of the next phrase`: a capitalised adjective last, agreeing with the lower-case word after it, opens
  // that word's phrase (`в деревне Ивановка | Раменского городского округа`), not the place's name.
  const [last, next] = [match.words[match.words.length - 1]!, match.following];
  if (match.words.length >= 3 && next !== undefined && next.shape === 'lower' && mayModify(last, next)) return false;
  // Nor an adjective last that agrees with a place's name after it, which the two name together (`в провинции Северный
  // Дарфур`: rule `direction Place` reads them, the listed `Дарфур` being no unlisted name).
  if (next !== undefined && next.shape === 'title' && PLACE_WORD(next) && last.analyses.some((reading) => reading.pos === 'ADJF') && mayModify(last, next)) return false;
  return match.words.length < 3 || caseAgrees({ ...match, words: match.words.slice(1) });
}

// Organisations

/** A product's or a technology's name (`Android`, `IPO`, `Brexit`; data/gazetteer/not-names.json). */
const productName = text(...notNames.products);
/** A noun that introduces a product, a vehicle or a work by its name (`браузер`, `корабль`, `автомобиль`). */
const productWord = inSet(foldedSet(notNames.productWords));
/** A product word in lower case or capitals, or capitalised where only the sentence's start makes it so (`Игра Minecraft`). */
const PRODUCT_WORD_HERE = and(productWord, or(lower, upper, and(title, sentenceStart)));
const makerNoun = inSet(foldedSet(notNames.makerNouns));
/** Rule part `maker of a kind`: the product word follows a noun for its maker (`производитель грузовиков Volvo`): it names the kind, and the name after it the maker. */
const afterMaker = ({ sentence, at }: Match): boolean => sentence !== undefined && at !== undefined && at > 0 && makerNoun(sentence[at - 1]!);
/**
 * Rule part `maker after a product word`: a listed company's Latin name right after the product word is the product's
 * maker, an organisation (`автомобили BMW и Kia`, `смартфонов Samsung`, `самолета Airbus`), as news names a car, a phone
 * or a plane by its maker; a name no list holds as a company's is the product's own (`браузер Chrome`).
 */
const makerAfterProduct = ({ words }: Match): boolean => words.length > 1 && listed('ORG')(words[1]!);
/** A token of a title in quotes: anything up to the closing mark, a sentence's marks too. */
const IN_TITLE = and(not(QUOTE_OPEN), not(QUOTE_CLOSE));
const ONLINE_PREFIXES: ReadonlySet<string> = new Set(rolesData.onlinePrefixes);
const ONLINE_HEADS: ReadonlySet<string> = new Set(rolesData.onlineHeads);
/**
 * Rule part `online kind`: a company's kind made with a prefix and a hyphen (`онлайн-кинотеатра`, `интернет-банк`; roles.json
 * onlinePrefixes, onlineHeads), by its last part's lemma, as the dictionary lacks most such compounds.
 */
const onlineKind: Predicate = formTest((word) => {
  const hyphen = word.text.indexOf('-');
  if (hyphen <= 0 || !ONLINE_PREFIXES.has(word.text.slice(0, hyphen).toLowerCase())) return false;
  return analyses(word.text.slice(hyphen + 1).toLowerCase()).some((reading) => reading.pos === 'NOUN' && ONLINE_HEADS.has(reading.lemma));
});
/**
 * A noun that heads an organisation's name only before a name in quotes, as it names other things too (`сеть «Магнит»`;
 * roles.json quotedNameDescriptors), and a company's online kind (`онлайн-кинотеатр «Иви»`).
 */
const quotedNameDescriptor = or(lemmaSet(rolesData.quotedNameDescriptors), and(or(lower, sentenceStart), onlineKind));
/** A legal form or a kind of organisation in capitals (`ОАО`, `ПАО`, `ИА`): the word before a name, not a name. */
const legalForm = and(upper, listedIn((lists) => lists.organisationDescriptors));

const ORGN = and(capitalized, knownGram('Orgn'), properHere, not(legalForm));
/** An abbreviation of a thing, an event, a document or a kind of facility (`ЧС`, `ОСАГО`, `АЭС`; not-names.json abbreviations). */
const thingAbbreviation = text(...notNames.abbreviations);
/** A kind of facility's abbreviation and the gender of the noun it stands for (not-names.json `facilityAbbreviations`). */
const FACILITY_GENDERS: Readonly<Record<string, string>> = notNames.facilityAbbreviations;
const FACILITY_ABBREVIATION = text(...Object.keys(FACILITY_GENDERS));
/** The adjective before a facility's abbreviation agrees with the noun it stands for (`Рефтинская ГРЭС`: электростанция), in the singular. */
function adjectiveAgreesWithFacility(match: Match): boolean {
  const gender = FACILITY_GENDERS[match.words[1]!.text];
  return match.words[0]!.analyses.some((r) => r.pos === 'ADJF' && r.number === 'sing' && r.gender === gender);
}
/** A federal body's regional unit's abbreviation and the gender of the noun it stands for (roles.json `regionalUnits`: `УФАС`, neut). */
const UNIT_GENDERS: Readonly<Record<string, string>> = rolesData.regionalUnits;
const UNIT_ABBREVIATION = text(...Object.keys(UNIT_GENDERS));
/** Rule `region's unit`: a region's or a city's adjective and a federal body's unit it agrees with (`Краснодарское УФАС`). */
export const REGIONAL_UNIT_RULE = "region's unit";
/** The adjective before a unit's abbreviation agrees with the noun it stands for (`Краснодарское УФАС`: управление), in the singular. */
function adjectiveAgreesWithUnit(match: Match): boolean {
  const gender = UNIT_GENDERS[match.words[1]!.text];
  return match.words[0]!.analyses.some((r) => r.pos === 'ADJF' && r.number === 'sing' && r.gender === gender);
}
/** `Рефтинской ГРЭС` → `Рефтинская ГРЭС`: the adjective in the nominative of its reading that agrees with the abbreviation (a unit's too: `Краснодарского УФАС`). */
export function facilityNominative([adjective, abbreviation]: readonly Word[]): string | undefined {
  const gender = FACILITY_GENDERS[abbreviation!.text] ?? UNIT_GENDERS[abbreviation!.text];
  const reading = adjective!.analyses.find((r) => r.pos === 'ADJF' && r.number === 'sing' && r.gender === gender);
  const form = reading && (reading.case === 'nomn' ? adjective!.text : nominative(reading));
  if (!form) return undefined;
  // The guesser may read an adjective it lacks after a prefix it drops (`Антипинский`: `пинский`): the text keeps the prefix.
  const prefixed = reading!.case === 'nomn' ? undefined : prefixRestored(adjective!.text, form);
  return `${restoreSpelling(adjective!.text, prefixed ?? form)} ${abbreviation!.text}`;
}

/** A model's code: up to four capitals, an optional hyphen and a number, and maybe a letter (`ТМА-7`, `М-52`, `A320`). */
const MODEL_CODE = /^[A-ZА-ЯЁ]{1,4}-?\d+[A-ZА-ЯЁa-zа-яё]?$/;
const modelCode: Predicate = formTest((word) => MODEL_CODE.test(word.text));
/** The letters of a model's code in Latin capitals, before its number (`S` of `S21`, `A` of `A320`). */
const MODEL_LETTERS: Predicate = formTest((word) => word.latin && /^[A-Z]{1,4}$/.test(word.text));
/** An all-capitals word of 2 to 6 letters the dictionary knows as nothing else: `ДПНИ`, `КЗЖ`; no thing's abbreviation or model's code (`МС-21`). */
const ABBREVIATION = and(upper, formTest((word) => word.text.length >= 2 && word.text.length <= 6), not(listed('LOC')), formTest((word) =>
  word.analyses.every((reading) => !reading.known || reading.tags.includes('Orgn'))),
  not(romanNumeral), not(productName), not(legalForm), not(thingAbbreviation), not(modelCode),
);
const NAME_IN_QUOTES = and(not(QUOTE_OPEN), not(QUOTE_CLOSE), not(text('.', ',', ';', ':', '!', '?')));
/** A lower-case Latin word of up to four letters inside a Latin title (`of`, `the`, `de`: `The Best of Blogs`, `Game of Thrones`). */
const LATIN_JOINER = and(lower, formTest((word) => word.latin && word.text.length <= 4));
/** Latin capitals, a single letter too (`T` of `AT&T`). */
const LATIN_CAPITALS = and(capitalized, latin, formTest((word) => word.text === word.text.toUpperCase()));
/** A lower-case particle inside a Latin-script organisation's name (`of`, `du`; name-particles.json latinJoiners). */
const LATIN_NAME_JOINER = and(lower, text(...particles.latinJoiners));
const LATIN_NAME = and(capitalized, formTest((word) => word.latin && word.text.length > 1), not(romanNumeral));
/** A kind of organisation named by what it does (`оператор`, `застройщик`; roles.json agentKinds). */
const AGENT_KIND = inSet(foldedSet(rolesData.agentKinds));
const PLACE_OR_ORGANISATION = and(or(listed('LOC'), listed('ORG'), knownGram('Geox'), ORGN, ABBREVIATION), or(genitive, upper, knownGram('Fixd'), not(known)));
/** A noun or adjective in the genitive (`Безопасности`, `иностранных`), not a conjunction that is also a letter's name. */
const placeBody: Predicate = listedIn((lists) => lists.placeBodies);
/** The head of a state body's name: a capitalised organisation word inside a sentence, or a known organisation (`Минобороны`); not a word for a place's government (`Правительство`). */
const BODY = and(capitalized, not(placeBody), not(legalForm), or(and(organisationHead, not(sentenceStart)), ORGN, listed('ORG')));
const GENITIVE_WORD = and(isWord, genitive, not(titleWord), formTest((word) => word.text.length > 1), best((reading) => ['NOUN', 'ADJF', 'PRTF'].includes(reading.pos)));
/** A lower-case title word whose likeliest reading is a noun in the genitive plural: the people a body unites (`муфтиев`, `журналистов`). */
const MEMBERS = and(isWord, lower, titleWord, best((reading) => reading.pos === 'NOUN' && reading.case === 'gent' && reading.number === 'plur'));

/**
 * A lower-case word between a descriptor and the name in quotes: the descriptor's complement (`Центр современной
 * культуры «Гараж»`), not a verb or a product word, after which the quotes name something else (`на заводе будут
 * собирать автомобили «Шкода Октавия»`).
 */
const DESCRIPTOR_COMPLEMENT = and(lower, isWord, not(productWord), not(best((reading) => reading.pos === 'VERB' || reading.pos === 'INFN')));
/** The lemmas of the adjectives of a state (`российский`, `британский`; data/gazetteer/place-adjectives.json with locations.json's countries). */
const STATE_ADJECTIVES: ReadonlySet<string> = (() => {
  const countries = new Set(locations.countries);
  return foldedSet(Object.entries(placeAdjectives.adjectives).filter(([, place]) => countries.has(place)).map(([lemma]) => lemma));
})();
/**
 * Endings that turn a relative adjective's stem back into its place's name (`казан|ский` → `Казань`, `самар|ский` → `Самара`,
 * `черепове|цкий` → `Череповец`, `доне|цкий` → `Донецк`).
 */
const PLACE_ENDINGS = ['', 'ь', 'а', 'я', 'и', 'ия', 'о', 'ы', 'ц', 'цк'];
/**
 * The adjective's lemma names a place that is not a state: listed in place-adjectives.json, or its stem with an ending is a
 * listed place. Not remembered per lemma (a map of every adjective's lemma would grow with every new word a stream
 * brings): its callers are tests of the form alone, answered once per form.
 */
function localLemma(lemma: string): boolean {
  const stem = lemma.replace(/(?:ск|цк)ий$/, '').replace(/ь$/, '');
  const listedPlace = (name: string): boolean => (gazetteer().byFirstKey.get(name) ?? []).some((entry) => entry.type === 'LOC' && entry.words.length === 1);
  return !STATE_ADJECTIVES.has(lemma) && (fold(lemma) in placeAdjectives.adjectives || (stem !== lemma && placeOfStem(stem, listedPlace)) || opensListedRegion(lemma));
}
/**
 * Rule part `adjective in -инский`: a town in a vowel makes its adjective with `-ин-` before `-ский` (`Махачкала` →
 * `махачкалинский`, `Ялта` → `ялтинский`, `Тольятти` → `тольяттинский`), so the stem without `ин` names the town too.
 */
function placeOfStem(stem: string, isPlace: (name: string) => boolean): boolean {
  if (PLACE_ENDINGS.some((ending) => isPlace(stem + ending))) return true;
  const short = stem.endsWith('ин') ? stem.slice(0, -2) : undefined;
  return short !== undefined && short.length >= 3 && PLACE_ENDINGS.some((ending) => ending !== '' && isPlace(short + ending));
}
/**
 * Rule `adjective of a listed region`: the adjective opens a listed region's name of two words whose second is a region's
 * noun (`пензенский` of `Пензенская область`, `костромской` of `Костромская область`), which names that region whatever
 * its stem (`Пенза` → `пензенский`), as a region is named by its adjective.
 */
function opensListedRegion(lemma: string): boolean {
  return (gazetteer().byFirstKey.get(fold(lemma)) ?? []).some((entry) =>
    entry.type === 'LOC' && entry.words.length === 2 && gazetteer().regionDescriptors.has(fold(entry.name.slice(entry.name.indexOf(' ') + 1))));
}
/**
 * An adjective made from the name of a city or a region (`московский`, `казанский`, `мюнхенский`), not of a state: a club
 * or a paper is named after its city (`казанский «Рубин»`), a company after its country is only described (`российский «Газпром»`).
 */
const localAdjective: Predicate = and(
  formTest(perForm((word) => word.analyses.some((reading) => reading.pos === 'ADJF' && /(?:ск|цк)ий$/.test(reading.key) && localLemma(reading.key))), ['lower', 'title']),
  (word) => word.shape === 'lower' || (word.shape === 'title' && word.sentenceStart),
);
const CITIES: ReadonlySet<string> = foldedSet([...locations.cities, ...Object.keys(locations.capitals)]);
const STATES: ReadonlySet<string> = foldedSet(locations.countries);
/**
 * A state's adjective (`российский`, `японская`; place-adjectives.json, mapped to a listed country), in lower case or opening
 * the sentence: before a name in quotes it describes an organisation of that state, no part of its name (`российский «Автотор»`).
 */
export const stateAdjective: Predicate = formTest(perForm((word) => (word.shape === 'lower' || (word.shape === 'title' && word.sentenceStart)) &&
  word.analyses.some((reading) => reading.pos === 'ADJF' && STATES.has(fold((placeAdjectives.adjectives as Record<string, string>)[fold(reading.key)] ?? '')))), ['lower', 'title']);
const REGIONS: ReadonlySet<string> = foldedSet([...locations.regions, ...locations.areas, ...locations.countries]);
/** The last word of a listed town's, region's or country's name of several words (`Новгород` of `Нижний Новгород`). */
const SETTLEMENT_LAST_WORD = inSet(foldedSet([...locations.cities, ...locations.regions, ...locations.areas, ...locations.countries]
  .filter((name) => name.includes(' ')).map((name) => name.slice(name.lastIndexOf(' ') + 1))));
/** The adjective's lemma names a listed city: by place-adjectives.json, or its stem with an ending (`мюнхен|ский` → `Мюнхен`); asked once per form, as {@link localLemma}. */
function cityLemma(lemma: string): boolean {
  const place = (placeAdjectives.adjectives as Record<string, string>)[fold(lemma)];
  const stem = lemma.replace(/(?:ск|цк)ий$/, '').replace(/ь$/, '');
  return place !== undefined ? CITIES.has(fold(place)) : stem !== lemma && placeOfStem(stem, (name) => CITIES.has(fold(name)));
}
/** A city's adjective in lower case (`мюнхенской`, `лондонского`). */
const cityAdjective: Predicate = formTest(perForm((word) => word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'ADJF' && cityLemma(reading.key))), ['lower']);
/** A listed region's or country's one-word name that is also a listed organisation's (`Бавария`, the region and the club). */
const alsoOrganisation = formTest((word) => word.keys.some((key) => REGIONS.has(key)) &&
  word.keys.some((key) => (gazetteer().byFirstKey.get(key) ?? []).some((entry) => entry.type === 'ORG' && entry.words.length === 1)));
/**
 * The two-word listed organisations of an adjective and a body's noun that an adjective's lemma opens, with the noun's gender
 * (`большой` → `Большой театр`, masc). Not remembered per lemma: the test that asks is answered once per form, and most
 * lemmas open no listed name, which one look in the gazetteer tells.
 */
function elidedNamesOf(lemma: string): readonly { gender: string | undefined; entry: GazetteerEntry }[] {
  const entries = (gazetteer().byFirstKey.get(fold(lemma)) ?? []).filter((entry) => entry.type === 'ORG' && entry.words.length === 2 && !entry.abbreviation);
  return entries.flatMap((entry) => analyses(entry.name.split(' ')[1]!)
    .filter((reading) => reading.pos === 'NOUN' && reading.case === 'nomn' && gazetteer().organisationDescriptors.has(fold(reading.key)))
    .map((reading) => ({ gender: reading.gender, entry })));
}
/** The listed name that a singular adjective opens in its noun's gender (`Большого` → `Большой театр`), if any. */
export function elidedListedName(word: Word): GazetteerEntry | undefined {
  for (const reading of word.analyses) {
    // A reading the dictionary knows: a guess from the ending is no adjective of the name (`Ларионовой` is not `Новой` of `Новая газета`).
    if (reading.pos !== 'ADJF' || reading.number !== 'sing' || !reading.known) continue;
    const name = elidedNamesOf(reading.key).find((candidate) => candidate.gender === reading.gender);
    if (name) return name.entry;
  }
  return undefined;
}
/** The rule that names a listed body by its adjective, the noun left out: its mention's normal form and key are the listed name's. */
export const ELIDED_NAME_RULE = 'listed name, noun left out';
/** A singular adjective that opens a two-word listed body's name, in its noun's gender (`Большого` of `Большой театр`). */
const ELIDED_NAME_ADJECTIVE = formTest((word) => elidedListedName(word) !== undefined);
/** No noun follows that the adjective may go with (a conjunction is none, though `и` is a letter's name too; an unknown word may be one), and no quotes are around it (`«Большой»`, `«Новой волны»`). */
const nounLeftOut = (match: Match): boolean => {
  const [adjective, next] = [match.words[0]!, match.words[1]!];
  const before = match.sentence && match.at ? match.sentence[match.at - 1] : undefined;
  // A name in quotes opens with it (`«Новой волны-2009»`): the adjective is that name's.
  if (QUOTE_CLOSE(next) || (before && QUOTE_OPEN(before))) return false;
  return next.kind !== 'word' || functionWord(next) || (known(next) && !mayModify(adjective, next));
};
/** A lower-case body's noun in the plural, which capitalised adjectives joined before it may share (`областные думы`, `театров`). */
const SHARED_BODY_NOUN = and(lower, organisationHead, formTest((word) => word.analyses.some((reading) => reading.pos === 'NOUN' && reading.number === 'plur')));
/** The rule that names a body by its adjective before a plural noun it shares with another (`Тверская | и Ярославская областные думы`). */
export const SHARED_NOUN_RULE = 'adjectives sharing a body\'s noun';
/**
 * The normal form of a body named by rule `adjectives sharing a body's noun`: its adjective, the lower-case adjectives and
 * the shared noun, all in the nominative singular (`Тверской и Ярославской областных дум` → `Тверская областная дума`,
 * `Ярославская областная дума`); the match's words, the adjective first, the joiner and the second adjective after it
 * for the first of two.
 */
export function sharedNounNominative(words: readonly Word[]): string | undefined {
  const phrase = words[1] !== undefined && (words[1].text === 'и' || words[1].text === ',') ? [words[0]!, ...words.slice(3)] : words;
  const noun = phrase.at(-1)!;
  // the noun's reading in the case the adjective shows (`Тверскую … думы`: the accusative, not the nominative)
  const head = noun.analyses.find((reading) => reading.pos === 'NOUN' && reading.number === 'plur' && reading.known &&
    phrase[0]!.analyses.some((r) => r.pos === 'ADJF' && r.number === 'sing' && r.case === reading.case && r.gender === reading.gender));
  if (!head) return undefined;
  const texts = phrase.map((word, i) => {
    const reading = i === phrase.length - 1 ? head : word.analyses.find((r) => r.pos === 'ADJF' && r.case === head.case && (r.number === 'plur' || r.gender === head.gender));
    const form = reading ? singularNominative(reading, head.gender) : null;
    return form === null ? word.text : restoreSpelling(word.text, form);
  });
  return texts.join(' ');
}
/**
 * The adjectives of rule `adjectives sharing a body's noun` are each singular in the gender of the plural noun after them, all
 * in its case (the lower-case ones plural); `second`: the match is the last adjective, and a capitalised adjective in the
 * same case and gender stands before it, after `и` or a comma.
 */
function adjectivesShareNoun(match: Match, second = false): boolean {
  const words = match.words;
  const capitals = words.filter((word) => word.shape !== 'lower' && word.text !== ',');
  if (second) {
    const { sentence, at } = match;
    const [joiner, before] = sentence && at !== undefined && at >= 2 ? [sentence[at - 1]!, sentence[at - 2]!] : [undefined, undefined];
    if (!joiner || !before || !(joiner.text === 'и' || joiner.text === ',') || !ADJECTIVE(before)) return false;
    capitals.unshift(before);
  }
  const noun = words.at(-1)!;
  const lowers = words.filter((word, i) => i > 0 && i < words.length - 1 && word.shape === 'lower' && word.text !== 'и');
  return noun.analyses.some((head) => head.pos === 'NOUN' && head.number === 'plur' &&
    capitals.every((word) => word.analyses.some((r) => r.pos === 'ADJF' && r.number === 'sing' && r.case === head.case && r.gender === head.gender)) &&
    lowers.every((word) => word.analyses.some((r) => r.pos === 'ADJF' && r.number === 'plur' && r.case === head.case)));
}
/** A team's word (`сборная`, `команда`; roles.json teamWords). */
const teamWord = lemmaSet(rolesData.teamWords);
/** A kind of organisation (`компания`, `банк`; roles.json organisationKinds): an adjective before it at a sentence's start describes it (`Российская компания`). */
const organisationKind = lemmaSet(rolesData.organisationKinds);
/** An adjective that opens institutions' names and rarely describes one (roles.json institutionAdjectives: `Национальная`, `Государственная`). */
const INSTITUTION_ADJECTIVE = lemmaSet(rolesData.institutionAdjectives);
/**
 * A one-word name in apposition: capitalised, in the nominative and in no oblique case the dictionary knows or its guesser
 * reads from the ending (`Открытие`, `Ленинград`, `Кин-Топ`; not `Хиддинка`, a genitive by its ending), no place that shows no
 * case (`в центре Сочи` is the town's centre), no verb (`Подари`, a name's first word); no person's name or part of one, no Latin word or listed organisation (each has its own rule).
 */
// (rule part `abbreviation after its kind`: a name in capitals too, that the dictionary reads as a common word or a surname, as
// no person is written in capitals in running text: `генподрядчик ПИК`)
const APPOSED_NAME = and(
  or(
    and(title, not(FIRST), not(knownGram('Surn')), not(knownGram('Patr')), formTest((word) =>
      word.analyses.every((reading) => reading.case === undefined || reading.tags.includes('Fixd') || reading.case === 'nomn' || reading.case === 'accs'))),
    and(upper, not(legalForm), not(listed('LOC')), formTest((word) => word.text.length >= 2)),
  ),
  isWord, not(latin), not(sentenceStart), not(listed('ORG')), not(titleWord),
  not(best((reading) => reading.pos === 'VERB')), not(and(or(listed('LOC'), knownGram('Geox')), knownGram('Fixd'))));
/**
 * The word after a kind is its name, not a person's: the kind is no title's complement, whose holder follows it (`шеф
 * концерна Бернд Пишетсридер`, `руководитель центра Э. Чернова`), it is no initial, and no second name runs on after it.
 */
function nameOfKind(match: Match): boolean {
  const { sentence, at, following } = match;
  const before = sentence && at !== undefined && at > 0 ? sentence[at - 1] : undefined;
  if (before && titleWord(before)) return false;
  // Rule part `body's name after its kind`: a body's word with its field in the genitive after it is a longer name, which
  // rule `body with complements` reads (`партия Союз правых сил`, `группировка Армия национального освобождения`).
  if (following && organisationHead(match.words[1]!) && lower(following) && genitive(following)) return false;
  return match.words[1]!.text.length > 1 && !(following && following.kind === 'word' && following.shape !== 'lower');
}
/** A body a city or a region has one of (`полиция`, `биржа`; roles.json localInstitutions): the place's adjective names it. */
const localInstitution = lemmaSet(rolesData.localInstitutions);
/** An adjective of the level of a place a body serves (`областной`, `городской`; roles.json levelAdjectives), in lower case. */
const levelAdjective = and(lower, pos('ADJF'), lemmaSet(rolesData.levelAdjectives));
/** A body named by the district or town it serves (`суд`, `прокуратура`; roles.json districtBodies). */
const districtBody = lemmaSet(rolesData.districtBodies);
/** A body named by the region it studies (`институт`; roles.json studyBodies), capitalised and singular. */
const STUDY_BODY = and(title, pos('NOUN'), gram('sing'), lemmaSet(rolesData.studyBodies));
/** A body named by the city or land it stands in (`Университет`; roles.json placeNamedBodies), capitalised and singular. */
const PLACE_NAMED_BODY = and(title, pos('NOUN'), gram('sing'), lemmaSet(rolesData.placeNamedBodies));
/**
 * An adjective made from a district's or a town's name (`Басманный`, `Пресненский`, `Хамовнический`): one the dictionary
 * reads as a place's, or a relative one in `-ский`, `-цкий` or `-ской` that is no state's (`Российский суд` is any Russian court) and no level of a district (`городской`; place-words.json districtAdjectives).
 */
const districtNameAdjective = and(not(lemmaSet(placeWords.districtAdjectives)), formTest((word) => word.analyses.some((reading) =>
  reading.pos === 'ADJF' && !reading.tags.includes('Qual') && !STATE_ADJECTIVES.has(reading.key) && (reading.tags.includes('Geox') || /(?:ск|цк)(?:ий|ой)$/.test(reading.key)))));
/**
 * A listed body's short noun the dictionary does not know, in an oblique case (`горизбиркома`, `облсуда`): its stem without
 * the case ending is the listed noun (named `short body noun declined`).
 */
export const declinedBodyNoun: Predicate = and(lower, formTest((word) => {
  const stem = bodyShortNominative(word);
  return stem !== undefined && gazetteer().organisationDescriptors.has(fold(stem));
}));
/**
 * Rule part `compound body noun`: a lower-case compound whose last part after a hyphen is a body's noun (`рок-клуба`,
 * `бизнес-школы`, `арт-центр`): the compound heads a name as that noun does (`Свердловского рок-клуба`).
 */
const compoundBodyNoun: Predicate = and(lower, formTest((word) => {
  const hyphen = word.text.lastIndexOf('-');
  if (hyphen <= 0 || word.text.length - hyphen < 5) return false;
  return analyses(word.text.slice(hyphen + 1)).some((reading) => reading.known && reading.pos === 'NOUN' && gazetteer().organisationDescriptors.has(fold(reading.lemma)));
}), pos('NOUN'));
const BODY_HEAD = or(and(lower, or(organisationHead, localInstitution), pos('NOUN')), declinedBodyNoun, compoundBodyNoun);
/** At a sentence's start, where the capital says nothing, a head that an adjective and what follows may make a name: no kind of organisation or place's institution. */
const START_BODY_HEAD = and(BODY_HEAD, not(organisationKind), not(placeBody));
const AND = text('и');
const ministry: Predicate = listedIn((lists) => lists.ministries);
const LOWER_ADJECTIVE = and(lower, pos('ADJF'));
/**
 * No name follows that the words before describe: a name in quotes or a capitalised word (`Государственная транспортная
 * компания «Россия»`), for the rules that read a name of adjectives and a body's noun at a sentence's start.
 */
function noNameAfter(match: Match): boolean {
  const next = match.following;
  return next === undefined || !(QUOTE_OPEN(next) || (next.shape !== 'lower' && isWord(next)));
}
/** A lower-case adjective of a field (`металлургический`, `политехнический`): no quality's (`крупный`, `новый`), no place's. */
const FIELD_ADJECTIVE = and(LOWER_ADJECTIVE, not(placeAdjective), formTest((word) => !word.analyses.some((r) => r.pos === 'ADJF' && r.tags.includes('Qual'))));
const IN_QUOTES_FIRST = and(NAME_IN_QUOTES, not(lower));
/** A venue's noun (place-words.json venueNouns): `Арена`, `Сити`. */
const VENUE_NOUN = lemmaSet(placeWords.venueNouns);
const VENUE_NOUNS: ReadonlySet<string> = foldedSet(placeWords.venueNouns);
/** A name and a venue's noun joined by a hyphen (`Минск-Арена`, `Уфа-Арене`), read by the noun its last part is. */
const HYPHENATED_VENUE = formTest((word) => word.text.includes('-') && word.analyses.some((reading) => reading.pos === 'NOUN' && VENUE_NOUNS.has(reading.key)));
/** The nominative of a venue's name (`«Газпром Арене»` → `Газпром Арена`): the name before the venue's noun as written, the noun declined. */
export function venueNominative(words: readonly Word[]): string | undefined {
  const noun = words.at(-1)!;
  const reading = noun.analyses.find((r) => r.pos === 'NOUN' && r.number === 'sing' && VENUE_NOUNS.has(r.key));
  const declined = reading && reading.case !== 'nomn' ? nominative(reading) : undefined;
  if (words.length < 2 || !reading || declined === null) return undefined;
  const form = declined === undefined ? noun.text : restoreSpelling(noun.text, declined);
  return `${words.slice(0, -1).map((word) => word.text).join(' ')} ${form}`;
}

/** A word of a unit's or a brand's name after its organisation's in quotes: a capitalised word or a noun, no building's noun (place-words.json facilityNouns). */
const NAME_WORD_AFTER_ORGANISATION = and(NAME_IN_QUOTES, isWord, or(capitalized, best((reading) => reading.pos === 'NOUN')), not(pos('VERB')), not(lemmaSet(placeWords.facilityNouns)));

// An organisation's name with its complements: `Министерство труда и социальной защиты`,
// `Комитет Совета Федерации по международным делам`, `Следственного комитета при прокуратуре`,
// `Бюро США по патентам и товарным знакам`, `Музыкального театра имени Станиславского`.

/** Prepositions that continue an organisation's name, and the case each governs. */
const COMPLEMENT_PREPOSITIONS: Record<string, string> = { по: 'datv', при: 'loct', против: 'gent', имени: 'gent' };
/** A sphere noun in the locative after `в` inside a field after `по` (`по надзору в сфере связи`; roles.json fieldSpheres). */
const FIELD_SPHERE = and(lower, formTest((word) => word.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'loct')), lemmaSet(rolesData.fieldSpheres));
/** Nouns after `по` or `при` that make a phrase about the sentence, not a part of a name (`по данным`, `при поддержке`). */
const DISCOURSE_FORMS: ReadonlySet<string> = new Set(notNames.discourseForms);
/** A noun (by its lemma) or a form (as written, `делу`) that makes `по`, `при` a phrase about the sentence (not-names.json). */
const discourseNoun = or(inSet(foldedSet(notNames.discourseNouns)), formTest((word) => DISCOURSE_FORMS.has(word.text)));
/** A lower-case noun for a place (`города`, `страны`; place-words.json ownerPlaces): the owner after a body's name, no part of it. */
const ownerPlace = and(lower, pos('NOUN'), lemmaSet(placeWords.ownerPlaces));
/** An institution's kind in capitals that its field names (`НИИ нейрохирургии`, `НПО машиностроения`; roles.json fieldKinds). */
const fieldKind = text(...rolesData.fieldKinds);
const academy = text(...rolesData.academies);
const unitAbbreviation = text(...rolesData.unitAbbreviations);
const universityKind = text(...rolesData.universityKinds);
/** An abbreviation of a unit before its academy's: two to six letters, two capitals at least (`СО`, `УрО`, `ДВО`, `ИКИ`), no place's. */
const ACADEMY_UNIT = and(capitalized, not(listed('LOC')), not(academy), formTest((word) => /^[А-ЯЁ][А-ЯЁа-яё]{1,5}$/.test(word.text) && /^[А-ЯЁ][а-яё]*[А-ЯЁ]/.test(word.text)));
const COMPLEMENT_HEAD = or(and(organisationHead, pos('NOUN'), not(legalForm)), fieldKind);
const FUNCTION_POS: ReadonlySet<string | undefined> = new Set(['CONJ']);
// Rule part `no conjunction in a field`: a word the dictionary reads as a conjunction too opens the next phrase (`Союз
// биатлонистов России | тем временем`, `тем более`: `тем`, also `тьма`'s genitive plural), no field's noun
const lowerWord = and(lower, isWord, formTest((word) => word.text.length > 1 && !word.analyses.some((reading) => FUNCTION_POS.has(reading.pos))),
  best((reading) => ['NOUN', 'ADJF', 'PRTF'].includes(reading.pos)));
const inCase = (grammeme: string): Predicate => formTest((word) => word.analyses.some((reading) => reading.tags.includes(grammeme) && ['NOUN', 'ADJF', 'PRTF'].includes(reading.pos)));
const placeOrBody = or(listed('LOC'), listed('ORG'), knownGram('Geox'), ORGN, ABBREVIATION);
// The tests `complementsParse` asks, built once: a test built at each call would take a new place among a form's
// remembered answers every time, and a long batch would fill the forms with them.
/** A body's or a place's word after `при` (`Совет при Президенте`); other nouns after it are no complement (`при поддержке`). */
const PRI_OBJECT = or(organisationHead, titleWord, placeBody, placeOrBody);
// Rule `namedAfterGenitive`: the person a body is named after stands in the genitive (`имени Ломоносова`), so a first name the
// dictionary reads as a nominative singular is the next person's, who heads the phrase after the body (`МГУ имени Ломоносова
// Виктор Садовничий`), whatever its guessed or other readings allow (`Эдуард` as a plural genitive of `Эдуарда`).
const NAMED_GENITIVE = and(title, gram('gent'), not(knownGram('Name', 'sing', 'nomn')));
const BODY_WORD = or(titleWord, organisationHead, placeBody);
/** A word in a preposition's case, and one in the genitive, by the preposition's case. */
const COMPLEMENT_CASES = [...new Set(['gent', ...Object.values(COMPLEMENT_PREPOSITIONS)])];
const IN_CASE: Readonly<Record<string, Predicate>> = Object.fromEntries(COMPLEMENT_CASES.map((grammeme) => [grammeme, inCase(grammeme)]));
/** A capitalised word of a body's name in the case the complement puts it in: as written (in capitals, indeclinable, unknown) or in that case. */
const CAPITALISED_IN_CASE: Readonly<Record<string, Predicate>> = Object.fromEntries(
  COMPLEMENT_CASES.map((grammeme) => [grammeme, or(upper, knownGram('Fixd'), not(known), inCase(grammeme))]),
);
const CAPITALISED_GENITIVE = or(upper, knownGram('Fixd'), not(known), genitive);
/** Any word a complement may hold; `complementsParse` decides whether the run is one. */
const COMPLEMENT_WORD = or(text(','), and(isWord, or(lower, placeOrBody, and(capitalized, or(titleWord, organisationHead, placeBody)), and(title, gram('gent')))));

/**
 * The complements after an organisation's head word, read left to right: genitive words (`сельского
 * хозяйства`), `и` between two genitive runs, a place or organisation in the genitive (`США`, `Совета
 * Федерации`), and prepositional phrases (`по` + dative, `при` + a body or title in the prepositional,
 * `против` + genitive, `имени` + capitalised genitive names), and the parent in capitals last (`РАН`). Ends on a word; `и`
 * joins lower-case words, names, or two places.
 */
function complementsParse(words: readonly Word[]): boolean {
  let mode = 'gent';
  let needWord = false;
  let afterAnd = false;
  let name = false;
  /** A comma opened a list of fields that no `и` has closed yet. */
  let listOpen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const preposition = COMPLEMENT_PREPOSITIONS[word.text];
    if (word.text === 'и') {
      if (needWord || i === 0) return false;
      needWord = afterAnd = true;
      listOpen = false;
      continue;
    }
    // Rule `fields listed by commas`: after `по` the fields of one body may be listed by commas, the last joined by `и`
    // (`Комитет по труду, социальной политике и делам ветеранов`); a list that no `и` closes is no part of the name.
    if (word.text === ',') {
      if (needWord || i === 0 || mode !== 'datv' || !lower(words[i + 1] ?? word)) return false;
      needWord = afterAnd = listOpen = true;
      continue;
    }
    // `по надзору в сфере связи`: a field's sphere, `в` and a sphere noun in the locative with its genitive (named `field sphere`)
    if (word.text === 'в' && mode === 'datv' && !needWord && i + 2 < words.length && FIELD_SPHERE(words[i + 1]!)) {
      mode = 'gent';
      needWord = true;
      afterAnd = false;
      i++;
      continue;
    }
    if (preposition) {
      if (needWord) return false;
      mode = preposition;
      name = word.text === 'имени';
      needWord = true;
      afterAnd = false;
      const next = words[i + 1];
      if (next && discourseNoun(next)) return false;
      if (word.text === 'при' && next && !PRI_OBJECT(next)) return false;
      continue;
    }
    // `Института океанологии РАН`, `Института Европы РАН`: the parent in capitals ends the name (named `parent at the end`)
    if (i === words.length - 1 && !needWord && parentAtEnd(words)) return true;
    // `Департамент образования | города Москвы`: a place's noun names the owner, not the field; so does a place's
    // institution in lower case with its adjective (`Палата общин | британского парламента`; not `Аппарат правительства`)
    if (ownerPlace(word)) return false;
    const nextWord = words[i + 1];
    if (lower(word) && word.analyses[0]?.pos === 'ADJF' && nextWord && lower(nextWord) && placeBody(nextWord) && nextWord.analyses[0]?.pos === 'NOUN') return false;
    // `и` joins lower-case words, names after `имени`, and two places studied (`Институт США и Канады РАН`)
    if (afterAnd && !(name ? title(word) : lower(word) || (word.listed === 'LOC' && words[i - 2]?.listed === 'LOC'))) return false;
    if (name) {
      // `имени Ломоносова | и Института океанологии`: a body's word after `и` opens another name, not a second person's
      if (!NAMED_GENITIVE(word) || (afterAnd && BODY_WORD(word))) return false;
    } else if (lower(word)) {
      if (!lowerWord(word)) return false;
      // The first word after a preposition is in its case; the words after may be genitive (`по развитию информационного общества`).
      if (!(needWord && !afterAnd ? IN_CASE[mode]!(word) : IN_CASE[mode]!(word) || IN_CASE['gent']!(word))) return false;
    } else if (!(placeOrBody(word) || BODY_WORD(word))) return false;
    else if (!(needWord ? CAPITALISED_IN_CASE[mode]! : CAPITALISED_GENITIVE)(word)) return false;
    needWord = false;
  }
  return !needWord && !listOpen;
}

/** An organisation in capitals that a unit belongs to (`РАН`, `МГУ`). */
// Rule `no Latin parent`: a Latin name after a Russian body's field is the body's own name or another one, not the parent
// its unit belongs to (`Профсоюз пилотов | IALPA`, `отдела корпоративных серверов | HP`)
const PARENT = and(upper, not(latin), or(listed('ORG'), ABBREVIATION));
/**
 * The last of the complements is the organisation in capitals the unit belongs to, after its field: a lower-case word, a
 * place studied or a person it is named after (`Институт океанологии РАН`, `Институт Европы РАН`, `Физический институт
 * имени Лебедева РАН`); after a capitalised body's word it is that body's owner, named apart (`Совет Безопасности | ООН`).
 */
function parentAtEnd(words: readonly Word[]): boolean {
  return words.length >= 2 && PARENT(words.at(-1)!) && words.slice(0, -1).some((word) => word.shape === 'lower' || word.listed === 'LOC' || word.text === 'имени') &&
    !PARENT(words.at(-2)!);
}

const FIELD_OBJECT_NOUNS: ReadonlySet<string> = foldedSet(rolesData.fieldObjectNouns);
const PLACE_KNOWN = knownGram('Geox');
/**
 * Rule part `place of a field`: the capitalised words that end a body's complements are its field's object, part of its name,
 * where a noun of a field that takes an object (roles.json fieldObjectNouns: `развития`, `истории`, `по делам`), with no
 * adjective of its own, stands right before them (`Корпорация развития Дальнего Востока и Арктики`, `Музей истории Екатеринбурга`): a body develops or studies
 * a place, which does not own it.
 */
function placeOfField(words: readonly Word[], following: Word | undefined): boolean {
  // The place ends with the complements, not inside a listed name (`развития Нижегородской | области`)
  if (following?.listed === 'LOC' && words.at(-1)!.listed === 'LOC') return false;
  const first = words.findIndex((word) => word.shape !== 'lower' || word.listed === 'LOC');
  const before = words[first - 1];
  // Not after an adjective of its own, which makes the noun a field's name that a state owns (`Министерство внутренних дел | Пакистана`)
  const modified = words[first - 2] !== undefined && lower(words[first - 2]!) && words[first - 2]!.analyses[0]?.pos === 'ADJF';
  return before !== undefined && !modified && lower(before) && before.analyses.some((reading) => reading.pos === 'NOUN' && FIELD_OBJECT_NOUNS.has(reading.key)) &&
    words.slice(first).every((word) => word.text === 'и' || word.listed === 'LOC' || (!word.latin && word.shape !== 'lower' && PLACE_KNOWN(word)));
}

/** A field after a body's word: a lower-case genitive noun or adjective that names no body, place, title or owner (`образования`, `внутренних`). */
const fieldWord = and(lower, inCase('gent'), not(organisationHead), not(placeBody), not(ministry), not(titleWord), not(ownerPlace));

/** A place or a person, which may follow a body's name as its owner or a name of its own. */
/** A capitalised genitive that owns a body's unit named by its field: a place, a person or an organisation (`Главного управления кадров | Минобороны`). */
const ownerName = or(listed('LOC'), knownGram('Geox'), knownGram('Surn'), knownGram('Name'), listed('ORG'));
/** Words after which a genitive noun is the object of a negation (`У Национальной гвардии претензий нет`), not a field. */
const NEGATION = text('не', 'нет', 'ни');
/**
 * One genitive noun of a body's field after `Adjective body` (`Всероссийской федерации волейбола`, `Национальной ассоциации
 * телерадиовещателей`): a field noun after which the phrase ends, as a noun that goes on to govern a genitive or is negated
 * is a phrase of the sentence (`Конституционного суда | здания бывшего сената`, `у Федеральной службы | вопросов нет`).
 * Named `lone field`.
 */
function loneField(noun: Word, following: Word | undefined): boolean {
  if (!fieldWord(noun) || !noun.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'gent')) return false;
  if (!following || following.kind !== 'word') return true;
  // A capitalised genitive after it is the body's owner place, person or organisation (`волейбола | России`, `кадров | Минобороны`),
  // or a name the noun governs (`здания | Сената`).
  return !NEGATION(following) && !(lower(following) && fieldWord(following)) && !(capitalized(following) && genitive(following) && !ownerName(following));
}

/**
 * The name's last word is the verb of which the name is the subject: it may be a verb that agrees with the head in the
 * nominative, and no verb follows it that would be the predicate instead (`Комиссия по расследованию | начала работу`;
 * not `Ассоциация производителей мыла заявила`). Named `verb of the name`.
 */
function headsVerb(head: Word, last: Word, following: Word | undefined, before?: Word): boolean {
  if (following?.analyses.some((reading) => reading.pos === 'VERB')) return false;
  // Rule part `noun after its adjective`: a word an adjective before it agrees with is a noun, no verb (`Служба горного дела`,
  // `дела` not `деть`'s past), as an adjective goes with a noun
  if (before !== undefined && lower(before) && before.analyses[0]?.pos === 'ADJF' && mayModify(before, last)) return false;
  return head.analyses.some((subject) => subject.case === 'nomn' && last.analyses.some((reading) => reading.pos === 'VERB' && (
    reading.tags.includes('past') ? reading.number === subject.number && (subject.number === 'plur' || reading.gender === subject.gender) : reading.tags.includes('3per') && reading.number === subject.number)));
}

/** The first word of a body's field: a genitive field word, or `по` that opens a phrase of its field (named `field after по`). */
const fieldStart = or(fieldWord, text('по'));

/** A capitalised word that names no place: the organisation a body before it is a unit of. */
const unitOf = (word: Word | undefined): boolean =>
  word !== undefined && word.kind === 'word' && word.shape !== 'lower' && !or(listed('LOC'), knownGram('Geox'))(word);

/** A head with complements: a capitalised head, or a lower-case one after a capitalised adjective or before a place and a prepositional phrase. */
function complementedName(match: Match): boolean {
  const head = match.roles.indexOf('head');
  const words = match.words.slice(head + 1);
  if (words.length === 0 || !complementsParse(words)) return false;
  const headWord = match.words[head]!;
  // A place's institution (`Правительство`, `Департамент`, `Руководство`) makes a name only with its field after it
  // (`Департамент образования и науки`), not with its owner (`Правительство страны`, `Руководство компании`); before a
  // capitalised name that is no place it is a unit of that body, which is the name (`Служба прессы | Конституционного суда`).
  // A field may be a genitive or a phrase with `по` (`Служба по финансовым рынкам`, `Департамент по делам молодёжи`).
  if (placeBody(headWord) && !(fieldStart(words[0]!) && words.every((word) => word.shape === 'lower') && !unitOf(match.following))) return false;
  if (headsVerb(headWord, words.at(-1)!, match.following, words.at(-2))) return false;
  // A name does not end on an adjective whose noun follows it (`Палата общин | британского парламента`, not `… британского`)
  const lastComplement = words.at(-1)!;
  if (lower(lastComplement) && lastComplement.analyses[0]?.pos === 'ADJF' && match.following && lower(match.following) && mayModify(lastComplement, match.following)) return false;
  if (describesNameAfter(match.words[0]!, match.following)) return false;
  const prepositional = words.some((word) => COMPLEMENT_PREPOSITIONS[word.text] !== undefined);
  // A place or a name at the end stands on its own (`Верховный суд | Бангладеша`, `Собрания | Приморского края`,
  // `Корпорация | Google`), unless a name after `имени`.
  const last = words.at(-1)!;
  if ((last.shape !== 'lower' || last.listed === 'LOC') && !words.some((word) => word.text === 'имени') && !parentAtEnd(words) && !placeOfField(words, match.following)) return false;
  // Lower-case adjectives belong to the name only after a capitalised one (`Социалистической рабочей партии`, not `влиятельного Комитета`).
  if (head > 0 && match.words[0]!.shape === 'lower') return false;
  if (headWord.shape !== 'lower') return true;
  // After `Adjective body`, one genitive noun may be the next phrase (`Конституционного суда | здания Сената`): two words, a
  // preposition, or one noun of the field that ends the phrase (`Всероссийской федерации волейбола`).
  if (head > 0) return prepositional || words.length >= 2 || loneField(words[0]!, match.following);
  return prepositional && words.some((word, i) => word.shape !== 'lower' && placeOrBody(word) && !inFieldPhrase(words, i));
}

/**
 * Rule part `capital inside a field`: whether the complement word at `i` stands in a phrase after `по`, a body's field, which
 * names what the body does in lower case (`по международным делам`); a capital there is a document's or a thing's name
 * (`отчетности банка по МСФО`, `по ОСАГО`), no owner that would make the lower-case body a name (`комитетом ООН`).
 */
function inFieldPhrase(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (COMPLEMENT_PREPOSITIONS[words[j]!.text] !== undefined) return words[j]!.text === 'по';
  return false;
}

/**
 * Rule `kind before a name at the start`: an organisation's word at a sentence's start, where the capital says nothing,
 * with its genitives describes the name that follows it in quotes, in Latin letters or listed (`Оператор газопровода |
 * Nord Stream 2 AG`, `Профсоюз пилотов | IALPA`, `Компания розничной торговли | «Лента»`), as the same phrase would
 * inside a sentence in lower case.
 */
function describesNameAfter(head: Word, following: Word | undefined): boolean {
  if (!head.sentenceStart || !following) return false;
  return QUOTE_OPEN(following) || (following.latin === true && following.shape !== 'lower') || following.listed === 'ORG';
}

// A federal body's unit with the territory it serves: `Управление МВД по Тульской области`, `ГУ МЧС по Москве`, `УФСИН по
// Кировской области`. The territory after `по` is part of the unit's name, as the unit is named so (factRuEval marks the whole).

/**
 * A one-word international organisation's name or abbreviation (organisations.json `international`: `ООН`, `ПАСЕ`): it serves
 * no territory of a state, so `по` after it names a subject (`резолюция ООН по Крыму`).
 */
const internationalBody = inSet(foldedSet(organisationsData.international.flatMap((item) =>
  typeof item === 'string' ? [item] : [item.name, ...(item.abbr ?? [])]).filter((name) => !name.includes(' '))));
/** The first word of a body that serves a territory: a capitalised organisation word, a listed body, an abbreviation, a body's short name. */
const SERVING_BODY = and(capitalized, isWord, not(legalForm), not(internationalBody), or(and(capitalized, or(organisationHead, placeBody)), listed('ORG'), ORGN, ABBREVIATION, bodyShape));
/** An organisation word in lower case, only after a capitalised adjective (`Главного управления МВД по Москве`, not `управления МВД`). */
const LOWER_SERVING_BODY = and(lower, or(organisationHead, placeBody), pos('NOUN'));
/** A word of the body's name after its first: another body (`МВД`, `Росреестра`) or a genitive word of its field (`внутренних дел`). */
const SERVING_BODY_PART = or(SERVING_BODY, and(not(text('по')), GENITIVE_WORD));
/** `городу` in `по городу Москве`: a city's noun before its name. */
const CITY_WORD = and(lower, pos('NOUN'), lemmaSet(['город']));
/** A one-word territory a federal body's unit serves (`Москве`, `Татарстану`, `СКФО`; place-words.json servedTerritories). */
const servedTerritory = lemmaSet(placeWords.servedTerritories);
/** A word of the territory after `по`: a place's word, a region's noun, a capitalised adjective or a territory's name. */
const TERRITORY_WORD = and(isWord, or(and(capitalized, or(listed('LOC'), knownGram('Geox'), pos('ADJF'), servedTerritory)), and(lower, or(regionDescriptor, districtAdjective, districtNoun, CITY_WORD, text('и')))));
/** In the dative `по` governs, or showing no case (`СКФО`, `Марий Эл`). */
const DATIVE_OR_FIXED = or(inCase('datv'), knownGram('Fixd'), upper);

/**
 * The words after `по` are the territory a unit serves: a region named with its region noun in the dative (`по Тульской
 * области`, `по Республике Татарстан`, `по Ханты-Мансийскому автономному округу`), or one listed territory of the federation
 * (`по Москве`, `по Татарстану`), not a country or a part of the world, which `по` makes a subject (`МИД по Сирии`); or
 * two of them joined by `и`. An international body serves none (`резолюция ООН по Крыму`). Named `territory served`.
 */
function territoryServed(match: Match): boolean {
  const by = match.words.findIndex((word) => word.text === 'по');
  const place = match.words.slice(by + 1);
  if (by < 1 || place.length === 0 || !DATIVE_OR_FIXED(place[0]!)) return false;
  // Two territories joined by `и` (`по Москве и Московской области`), each one as alone.
  const and = place.findIndex((word) => word.text === 'и');
  return and < 0 ? oneTerritory(place) : oneTerritory(place.slice(0, and)) && oneTerritory(place.slice(and + 1));
}

/** The words name one territory: a listed one alone or after `городу`, or a region with its region noun in the dative. */
function oneTerritory(place: readonly Word[]): boolean {
  // `по городу Москве`: the city's noun in the dative before a listed city
  if (place.length === 2 && CITY_WORD(place[0]!) && inCase('datv')(place[0]!)) return servedTerritory(place[1]!);
  if (place.length === 1) return servedTerritory(place[0]!);
  const region = place.findIndex((word) => regionDescriptor(word) || districtNoun(word));
  // Rule `region noun closes the territory`: a region's noun after its adjectives ends its name (`по Пермскому краю`), so a
  // capitalised word after it is the next phrase's, most often the name of the unit's head (`ГУ МВД по Самарской области Иван
  // Петров`); after a noun that opens the name (`по Республике Марий Эл`) a first name is no part of it either.
  if (region > 0 && place.length > region + 1) return false;
  if (region === 0 && place.slice(1).some(knownGram('Name'))) return false;
  return region >= 0 && inCase('datv')(place[region]!) && place.every((word, i) => i === region || (word.shape !== 'lower' && word.text !== 'и') || districtAdjective(word));
}

/**
 * Rule `not a name: agent at the start`: at a sentence's start a kind named by what it does and its genitive describe an
 * organisation by its role (`Оператор станции — концерн «Росэнергоатом»`; roles.json agentKinds).
 */
const AGENT_AT_START = rule('not a name: agent at the start', 'ORG', [one(and(title, sentenceStart, AGENT_KIND), 'context'), repeat(and(lower, isWord, genitive), 1, 3, 'context')]);
/** Rule `region's unit`: a federal body's regional unit named by its region's or city's adjective before its abbreviation (`Краснодарское УФАС`). */
const REGIONAL_UNIT = rule(REGIONAL_UNIT_RULE, 'ORG', [one(and(ADJECTIVE, placeAdjective, not(listed('ORG')))), one(UNIT_ABBREVIATION, 'head')], adjectiveAgreesWithUnit);
// Rule part `two capitalised adjectives` of `Adjective body`: a name may open with an institution's and a place's adjective
// and hold three lower-case ones (`Государственная Новосибирская областная клиническая больница`).

/**
 * Rule `«Name venue»`: a name in quotes that ends with a venue's noun (place-words.json venueNouns), written apart or joined
 * by a hyphen, is a stadium's, an arena's or a tower's, a place, though a sponsor's or a city's name opens it (`на «Газпром
 * Арене»`, `«Минск-Арена»`): companies and cities name venues so
 */
const NAME_VENUE: Rule[] = [
  rule(VENUE_RULE, 'LOC', [
    one(QUOTE_OPEN, 'context'), repeat(and(NAME_IN_QUOTES, isWord, capitalized, not(VENUE_NOUN)), 1, 3), one(and(capitalized, VENUE_NOUN)), one(QUOTE_CLOSE, 'context'),
  ]),
  rule(VENUE_RULE, 'LOC', [one(QUOTE_OPEN, 'context'), one(and(capitalized, HYPHENATED_VENUE)), one(QUOTE_CLOSE, 'context')]),
];

/**
 * Rule part `letter and dot`: one Latin capital, a dot and a Latin word in capitals, with no space, are one company's name
 * (`E.ON`), not an initial, which a capitalised surname follows (`J.Smith`), nor an abbreviation's dots (`U.S.`)
 */
const LETTER_AND_DOT: Rule[] = [
  rule('Name.Name', 'ORG', [one(and(capitalized, latin, formTest((word) => word.text.length === 1))), one(dot), one(and(upper, latin, formTest((word) => word.text.length > 1)))], writtenTogether),
];

/**
 * Rule `station «Name»`: a name in quotes right after `станция` is a metro's or a railway's station, a place, as `metro
 * «Name»` reads it; not after an adjective of the station's kind (`орбитальной станции «Мир»`, `заправочной станции`), nor
 * on board (`на борту станции «Мир»`), a craft's
 */
const STATION_NAME: Rule[] = [
  rule('station «Name»', 'LOC', [
    one(and(lower, lemmaSet(['станция'])), 'context'), one(QUOTE_OPEN, 'context'), one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 3), one(QUOTE_CLOSE, 'context'),
  ], (match) => {
    const before = match.sentence?.[(match.at ?? 0) - 1];
    return before === undefined || !(before.keys.includes('борт') || (lower(before) && before.analyses[0]?.pos === 'ADJF' && mayModify(before, match.words[0]!)));
  }),
];

/**
 * Rule `unit of an academy`: an abbreviation right before an academy's (roles.json academies) is a branch's or an institute's
 * of that academy, one name with it (`УрО РАН`, `ДВО РАН`, `ИКИ РАН`), as `Институт океанологии РАН` is, not two
 */
const ACADEMY_UNIT_NAME: Rule[] = [
  rule('unit of an academy', 'ORG', [one(ACADEMY_UNIT), one(academy)]),
];

/**
 * Rule `unit of a federal body`: a unit's abbreviation (roles.json unitAbbreviations) before a body's abbreviation, with the
 * state of its official name or not, is one name (`ГУ МВД`, `ГСУ СК России`), as `Управление МВД` is
 */
const FEDERAL_UNIT_NAME: Rule[] = [
  rule('unit of a federal body', 'ORG', [one(unitAbbreviation), one(and(upper, or(listed('ORG'), ABBREVIATION), not(unitAbbreviation))), optional(STATE_IN_OFFICIAL_NAME)]),
];

/**
 * Rule `university kind «Name»`: a research university's kind in capitals (roles.json universityKinds) and its short name in
 * quotes are one name (`НИТУ «МИСИС»`, `НИЯУ «МИФИ»`), as the kind is part of the official name, no legal form left out
 */
const UNIVERSITY_KIND_NAME: Rule[] = [
  rule(UNIVERSITY_KIND_RULE, 'ORG', [one(universityKind), one(QUOTE_OPEN), one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 3), one(QUOTE_CLOSE)]),
];

export const ORGANISATION_RULES: readonly Rule[] = [
  // Rules that find nothing: every word is context, so the words they take are no one's name.
  // `ОС Android`, `Chrome Web Store`, `IPO`: a product and the Latin words after its name
  rule('not a name: product', 'ORG', [one(productName, 'context'), repeat(and(LATIN_NAME, title), 0, 3, 'context')]),
  // `браузера Chrome`, `игр FarmVille и CityVille`, `корабля «Союз ТМА-11»`: the name after a product word
  rule(PRODUCT_AFTER_WORD_RULE, 'ORG', [
    one(PRODUCT_WORD_HERE, 'context'), repeat(or(LATIN_NAME, LATIN_JOINER, text('и', ',')), 0, 5, 'context'), one(LATIN_NAME, 'context'),
  ], (match) => !afterMaker(match) && !makerAfterProduct(match)),
  // `автомобили Hyundai Solaris`: the listed maker after a product word, and the model's Latin words after it no name
  rule('maker and model after a product word', 'ORG', [
    one(PRODUCT_WORD_HERE, 'context'), one(and(LATIN_NAME, listed('ORG'))), repeat(LATIN_NAME, 1, 2, 'context'),
  ], (match) => !afterMaker(match)),
  // (rule part `title with its marks`: a work's or an event's title in quotes may hold a sentence's marks, `форум «Россия
  // зовёт!»`, `книга «Путин. Итоги»`, `форум «Россия — исламский мир: KazanForum»`; what stands in it is the title's)
  rule('not a name: after a product word', 'ORG', [
    one(PRODUCT_WORD_HERE, 'context'), one(QUOTE_OPEN, 'context'), repeat(IN_TITLE, 1, 10, 'context'), one(QUOTE_CLOSE, 'context'),
  ]),
  AGENT_AT_START,
  // `MP3`, `PS5`, `MH17`: Latin capitals written together with a number are a format's, a model's or a flight's code
  rule('not a name: code', 'ORG', [one(and(upper, latin, not(listed('ORG'))), 'context'), one(NUMBER, 'context')], writtenTogether),
  // `Boeing 737 MAX`, `Galaxy S21 Ultra`, `iPhone 15 Pro Max`: Latin words after a model's number, or its code of a letter
  // written together with a number, that follows a Latin name are the model's name, as a company's name stands before its
  // model's number, never after it
  rule('not a name: model after its number', 'ORG', [
    optional(MODEL_LETTERS, 'context'), one(NUMBER, 'context'), repeat(or(LATIN_NAME, and(upper, latin)), 1, 3, 'context'),
  ], (match) => afterLatinName(match) && (NUMBER(match.words[0]!) || match.words[1]!.token.start === match.words[0]!.token.end)),
  // `«Союз ТМА-7»`, `«Прогресс М-52»`: a name in quotes that ends with a model's code (letters and a number) is a vehicle's or a device's
  rule('not a name: model in quotes', 'ORG', [
    one(QUOTE_OPEN, 'context'), repeat(and(NAME_IN_QUOTES, not(modelCode)), 1, 4, 'context'), one(modelCode, 'context'), one(QUOTE_CLOSE, 'context'),
  ]),
  // `«Ростов» обыграл «Урал»`, `газета «Сибирь»`: a place's name in quotes names a club, a band, a newspaper or a company;
  // quotes make it a name, also where it opens a sentence or spells a common word (`ростов`)
  // (`«Нижний Новгород»`: the words of one listed town, region or country too, not a landmark's: `в аркаде «Охотный ряд»`)
  // (`«Кубань 24»`, `«Москва 24»`: a place's name and a number in quotes name a channel or a club, whatever the place: *place
  // and number*)
  rule('«Place»', 'ORG', [
    one(QUOTE_OPEN, 'context'), one(and(capitalized, or(listed('LOC'), knownGram('Geox')))), repeat(and(isWord, listed('LOC')), 0, 3), optional(NUMBER), one(QUOTE_CLOSE, 'context'),
  ], (match) => match.words.length === 3 || NUMBER(match.words.at(-2)!) || SETTLEMENT_LAST_WORD(match.words.at(-2)!)),
  ...NAME_VENUE,
  // Rule `«Organisation and more»`: a name in quotes that opens with an organisation's name and goes on is one name, of a
  // unit, a subsidiary or a brand of that organisation (`«ВТБ Капитал»`, `«БКС Мир инвестиций»`, `«Газпром нефть»`), whole as
  // the quotes mark it; not words that say something (`«ВТБ будет расти»`), nor a building's the company names (`«Газпром Арена»`),
  // nor one listed name whole (`«Голоса Америки»`, the list's)
  rule('«Organisation and more»', 'ORG', [
    one(QUOTE_OPEN, 'context'), one(and(capitalized, or(listed('ORG'), ORGN, ABBREVIATION))), repeat(NAME_WORD_AFTER_ORGANISATION, 1, 3), one(QUOTE_CLOSE, 'context'),
  ], (match) => !match.words.every((word) => word.listed === 'ORG' || QUOTE_OPEN(word) || QUOTE_CLOSE(word))),
  // `московского «Центра»`, `казанский «Рубин»`: a city's or a region's adjective before a name in quotes is part of the
  // name of a club, a band or a paper of that place
  rule(LOCAL_QUOTED_NAME_RULE, 'ORG', [
    one(localAdjective), one(QUOTE_OPEN), one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 3), one(QUOTE_CLOSE),
  ], localNameAgrees),
  // `московского Спартака`, `лондонского Арсенала`: a city's or a region's adjective before an organisation's name is part of it,
  // as before a name in quotes
  rule('local Name', 'ORG', [one(localAdjective), one(and(capitalized, isWord, or(listed('ORG'), ORGN)), 'head')], caseAgrees),
  // Rule `Adjective listed name`: inside a sentence a capitalised adjective right before a listed organisation's name of
  // capitalised words, agreeing with it, is the first word of the name, as a lower-case one would not be capitalised
  // (`Российский Красный Крест`, `Американская Торговая палата`)
  rule('Adjective listed name', 'ORG', [
    one(and(NAME_ADJECTIVE, title, not(sentenceStart), not(listed('ORG')), not(listed('LOC')))), repeat(and(title, isWord, listed('ORG'), not(ABBREVIATION)), 1, 4),
  ], caseAgrees),
  // `мюнхенской Баварии`: a region is no part of a city, so a region's name after a city's adjective is the city's club named after it
  rule('city\'s Region', 'ORG', [one(cityAdjective), one(and(title, listed('LOC'), alsoOrganisation), 'head')], caseAgrees),
  // `худрук Большого`, `солисты Большого и Мариинского театров`: a listed name of an adjective and a body's noun is named by its
  // adjective alone where no noun follows that it may go with, as news leaves out a noun the reader knows
  rule(ELIDED_NAME_RULE, 'ORG', [one(and(title, not(sentenceStart), ELIDED_NAME_ADJECTIVE)), one(ANY_TOKEN, 'next')], nounLeftOut),
  // `Яндекс.Деньги`, `Mail.Ru`: an organisation's name, a dot and a capitalised word, with no space, are one name (a service of it)
  rule('Name.Name', 'ORG', [one(or(ORGN, listed('ORG'), LATIN_NAME)), one(dot), one(and(capitalized, isWord))], writtenTogether),
  ...LETTER_AND_DOT,
  // `агентство Спутник-Грузия`, `РИА Новости-Крым`: an outlet or a company named with the place of its branch
  rule('Name-Place', 'ORG', [one(BRANCH_OF_PLACE)]),
  // `НТВ-Плюс`, `Газпром-Медиа`: a unit named after its listed parent
  rule('Parent-Unit', 'ORG', [one(UNIT_OF_LISTED)]),
  // `Тинькофф-банк`, `Хоум-банке`: a name and `банк` joined by a hyphen are one bank's name, in any case
  rule(NAMED_BANK_RULE, 'ORG', [one(NAMED_BANK)]),
  rule('organisation name', 'ORG', [one(ORGN)]),
  // `Антипинский НПЗ`, `Рефтинской ГРЭС`: a capitalised adjective and a kind of facility's abbreviation that it agrees with
  rule(FACILITY_RULE, 'ORG', [one(and(ADJECTIVE, not(listed('ORG')))), one(FACILITY_ABBREVIATION, 'head')], adjectiveAgreesWithFacility),
  REGIONAL_UNIT,
  rule('abbreviation', 'ORG', [one(ABBREVIATION)]),
  // `Минпромторг`, `Мосгоризбиркома`, `Роскомнадзор`: the short name of a state body, by its shape
  rule(BODY_SHORT_FORM_RULE, 'ORG', [one(bodyShape)]),
  rule(FEDERAL_BODY_RULE, 'ORG', [one(and(capitalized, federalShortName), 'head'), one(STATE_IN_OFFICIAL_NAME)]),
  rule('latin name', 'ORG', [repeat(LATIN_NAME, 1, 4)]),
  // Rule part `joined Latin name`: lower-case particles may join the capitalised words of one name (`Bank of America`, `Les
  // Films du Fleuve`), which Romance and English names put between them
  rule('latin name', 'ORG', [one(LATIN_NAME), repeat(or(LATIN_NAME, LATIN_NAME_JOINER), 1, 4), one(LATIN_NAME)]),
  // Rule part `ampersand name`: `&` joins the words of one name, with spaces or without (`AT&T`, `Marks & Spencer`), its
  // letters too (`H&M`), which a company's name alone puts on both sides of it
  rule('latin name', 'ORG', [one(or(LATIN_NAME, LATIN_CAPITALS)), one(text('&')), one(or(LATIN_NAME, LATIN_CAPITALS))], ampersandJoins),
  // `3Com`, `2GIS`: a number written together with a Latin name is part of it
  rule('number+Latin name', 'ORG', [one(NUMBER), one(LATIN_NAME), repeat(LATIN_NAME, 0, 3)], numberWrittenTogether),
  // `компания Криптонит`, `в центре Кин-Топ`, `группа Ленинград`: a name in apposition after a kind of organisation, written in
  // the nominative whatever the kind's case; a genitive after it is the kind's owner (`в центре Москвы`, `компании Ивана Петрова`)
  rule('kind Name', 'ORG', [one(and(or(lower, sentenceStart), organisationKind), 'context'), one(APPOSED_NAME)], nameOfKind),
  // `станции метро «Чистые пруды»`, `у метро «Сокол»`: a name in quotes after `метро` is a station's, a place, whatever its
  // words; a place's rule among the bodies' so that it comes before the descriptor's of equal length, which reads `станция` as a body's kind
  rule('metro «Name»', 'LOC', [
    optional(and(or(lower, sentenceStart), lemmaSet(['станция'])), 'context'), one(and(or(lower, sentenceStart), lemmaSet(['метро'])), 'context'), one(QUOTE_OPEN, 'context'),
    one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 3), one(QUOTE_CLOSE, 'context'),
  ]),
  ...STATION_NAME,
  // `движение «Солидарность»`, `Центр современной культуры «Гараж»`: the name inside the quotes
  rule('descriptor … «Name»', 'ORG', [
    one(or(organisationHead, quotedNameDescriptor), 'context'), repeat(DESCRIPTOR_COMPLEMENT, 0, 3, 'context'), one(QUOTE_OPEN, 'context'),
    one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 5), one(QUOTE_CLOSE, 'context'),
  ]),
  // `партии «Вперед, Италия»`, `движение «Вперед, Россия!»`: a party's or a movement's name may be a call of two parts, a
  // comma before a capitalised word, and its end mark too; whole inside the quotes after its descriptor (rule part `name with a comma`)
  rule('descriptor … «Name»', 'ORG', [
    one(or(organisationHead, quotedNameDescriptor), 'context'), repeat(DESCRIPTOR_COMPLEMENT, 0, 3, 'context'), one(QUOTE_OPEN, 'context'),
    one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 2), one(text(',')), one(and(capitalized, NAME_IN_QUOTES)), repeat(NAME_IN_QUOTES, 0, 2), optional(text('!')),
    one(QUOTE_CLOSE, 'context'),
  ]),
  // Rule `legal form inside the quotes`: `АО «НАК «Азот»`, `ОАО «НК «Роснефть»`: a kind in capitals that opens the outer quotes is
  // a legal form too, and the name is the one in the inner quotes (news closes both with one mark or two)
  rule('descriptor «legal form «Name»»', 'ORG', [
    optional(or(organisationHead, quotedNameDescriptor), 'context'), one(QUOTE_OPEN, 'context'), one(legalForm, 'context'), one(QUOTE_OPEN, 'context'),
    one(IN_QUOTES_FIRST), repeat(NAME_IN_QUOTES, 0, 5), one(QUOTE_CLOSE, 'context'), optional(QUOTE_CLOSE, 'context'),
  ]),
  ...ACADEMY_UNIT_NAME,
  ...FEDERAL_UNIT_NAME,
  ...UNIVERSITY_KIND_NAME,
  // `НИИ Склифосовского`, `КБ Туполева`: an institution's kind in capitals is part of the name after it, as it is of its field's
  rule('field kind Name', 'ORG', [one(fieldKind), repeat(and(capitalized, isWord, not(legalForm)), 1, 3)], oneName),
  // `ОАО Газпром`, `ФК Ростов`, `ИА Regnum`: the name after a legal form or kind in capitals
  // (rule part `no state after a legal form`: a state's abbreviation after capitals is a code's state, `НК РФ`, `ГК РФ`, no company)
  rule('legal form Name', 'ORG', [
    one(legalForm, 'context'), one(and(capitalized, isWord, not(legalForm), not(and(upper, listed('LOC'))))), repeat(and(capitalized, isWord, not(legalForm)), 0, 2),
  ], oneName),
  // Rule `adjectives sharing a body's noun`: capitalised adjectives joined by `и` or a comma before one plural body's noun name
  // one body each, in the singular, as factRuEval marks them: each adjective alone, the plural noun neither's (`Тверская и
  // Ярославская областные думы`, `студенты Московского и Санкт-Петербургского университетов`); the first leaves the rest to
  // the second, and is no listed body named by its adjective alone, as the noun is there (not `Московский патриархат`)
  rule(SHARED_NOUN_RULE, 'ORG', [
    one(ADJECTIVE), one(or(AND, text(',')), 'next'), one(and(ADJECTIVE, not(sentenceStart)), 'next'),
    repeat(LOWER_ADJECTIVE, 0, 2, 'next'), one(SHARED_BODY_NOUN, 'next'),
  ], adjectivesShareNoun),
  rule(SHARED_NOUN_RULE, 'ORG', [
    one(and(ADJECTIVE, not(sentenceStart))), repeat(LOWER_ADJECTIVE, 0, 2, 'context'), one(SHARED_BODY_NOUN, 'context'),
  ], (match) => adjectivesShareNoun(match, true)),
  // `Законодательного собрания`, `Социалистической рабочей партии`: a capital on the first adjective makes a name
  rule(ADJECTIVE_BODY_RULE, 'ORG', [one(and(NAME_ADJECTIVE, not(sentenceStart))), optional(and(NAME_ADJECTIVE, not(sentenceStart))), repeat(LOWER_ADJECTIVE, 0, 3), one(BODY_HEAD)], caseAgrees),
  // `Лондонская полиция заявила`, `Нью-йоркская фондовая биржа`: at a sentence's start the capital says nothing, so a city's or a
  // region's adjective makes a name only with a body the place has one of
  rule('Adjective body at the start', 'ORG', [one(and(localAdjective, sentenceStart)), repeat(LOWER_ADJECTIVE, 0, 2), one(and(lower, localInstitution, pos('NOUN')))], caseAgrees),
  // Rule `body of a level at the start`: a city's or a region's adjective and an adjective of a level (`областная`, `городская`)
  // name the one body of that level there, whatever the body (`Пензенская областная библиотека`, `Самарская губернская дума`),
  // as a place has one regional library or duma; so even at a sentence's start, where the capital says nothing
  rule('body of a level at the start', 'ORG', [
    one(and(localAdjective, sentenceStart)), one(levelAdjective), optional(LOWER_ADJECTIVE), one(and(lower, or(organisationHead, localInstitution), pos('NOUN'))),
  ], caseAgrees),
  // `Басманный суд арестовал`, `Пресненский районный суд`: a court is named by the district or town it sits in, so an adjective
  // of a proper name before it names one even at a sentence's start (not `Городской суд`, `Районный суд`, a court's level)
  rule('district court at the start', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart, districtNameAdjective)), repeat(LOWER_ADJECTIVE, 0, 2), one(and(lower, districtBody, pos('NOUN'))),
  ], caseAgrees),
  // Rule `local institution of a field at the start`: a city's or a region's adjective (not a state's), lower-case adjectives of a
  // field (no quality's, no place's) and an institution's noun name that place's one institution of the field, as `body of a level
  // at the start` does with a level (`Томский политехнический университет`, `Западно-Сибирский металлургический комбинат`), so even
  // at a sentence's start; a state's adjective describes as well (`Американский инвестиционный фонд`), a company's kind too, and
  // a plural head names a kind (`Уральские металлургические заводы`)
  rule('local institution of a field at the start', 'ORG', [
    one(and(localAdjective, sentenceStart)), repeat(FIELD_ADJECTIVE, 1, 2),
    one(and(BODY_HEAD, or(not(organisationKind), lemmaSet(rolesData.fieldNamedKinds)), not(placeBody), gram('sing')), 'head'),
  ], (match) => caseAgrees(match) && noNameAfter(match)),
  // `Верховный суд Бангладеша`, `Исламского комитета России`: the place after such a body is its owner, named on its own as in `Body of place`
  rule('Adjective body of place', 'ORG', [
    one(and(NAME_ADJECTIVE, not(sentenceStart))), repeat(LOWER_ADJECTIVE, 0, 2), one(BODY_HEAD), repeat(and(listed('LOC'), genitive), 1, 3, 'next'),
  ], bodyCaseAgrees),
  // `Футбольная ассоциация Англии оштрафовала`: at a sentence's start, the owner after a body that is no kind of organisation
  // (`Российская компания`) makes it a name
  rule('Adjective body of place', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart)), repeat(LOWER_ADJECTIVE, 0, 2), one(START_BODY_HEAD), repeat(and(listed('LOC'), genitive), 1, 3, 'next'),
  ], bodyCaseAgrees),
  // (at a sentence's start an adjective that opens institutions' names before `банк` and a country names that country's central
  // bank, which news names so as often as by its short name: `Центральный банк Турции`, `Национальный банк Польши`; rule
  // part *country's bank at the start*)
  rule('Adjective body of place', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart, INSTITUTION_ADJECTIVE)), one(and(lower, lemmaSet(['банк']))), repeat(and(listed('LOC'), genitive), 1, 3, 'next'),
  ], bodyCaseAgrees),
  // `Совет Безопасности ООН`, `Администрация Президента Азербайджана`, `Минобороны Азербайджана`: the place or
  // organisation after the body makes it a name, and is named on its own (`Конгресса | США`, `МИД | РФ`), as news writes either alone;
  // a listed place's words are the owner's, not the body's (`Облизбирком | Ленинградской области`)
  // A first name is no body's genitive word: it opens a person after the body, whose surname a town may spell (`КПРФ | Ренат
  // Сулейманов`, `Росимущества | Андрея Павлова`; rule part `no first name in a body`)
  rule('Body of place', 'ORG', [repeat(NAME_ADJECTIVE, 0, 2), one(BODY, 'body'), repeat(and(GENITIVE_WORD, not(listed('LOC')), not(FIRST), not(ACADEMY_UNIT)), 0, 3), one(or(PLACE_OR_ORGANISATION, ACADEMY_UNIT), 'next')],
    (match) => adjectivesAgreeWithBody(match) && listedNameWhole(match)),
  // Rule `listed body of place at the start`: at a sentence's start, where `Body of place` does not read a capital, a listed
  // organisation's name still takes the place in the genitive after it as its owner (`Государственный департамент | США`),
  // as the gazetteer, not the capital, says it is a name
  rule('listed body of place at the start', 'ORG', [
    one(and(sentenceStart, listed('ORG'))), repeat(listed('ORG'), 0, 4), repeat(and(listed('LOC'), genitive), 1, 3, 'next'),
  ]),
  // `Института Дальнего Востока`, `Институт Европы`: an institute's place is the region it studies, part of its name, not its owner
  rule('Institute of region', 'ORG', [one(STUDY_BODY, 'head'), repeat(and(listed('LOC'), genitive), 1, 3)]),
  // `Университете Лос-Анджелеса`, `Университета Торонто`: a university is named by the city it stands in, which owns no
  // university, so the place is its name's
  rule('University of place', 'ORG', [one(PLACE_NAMED_BODY, 'head'), repeat(and(listed('LOC'), genitive), 1, 2)]),
  // `Совета муфтиев | России`, `Союза журналистов | Армении`: a body named by the people it unites, a plural person's noun that is
  // a title word too, before the place it unites them in; a place only, as a body after them is another one (`Палаты
  // представителей | Конгресса`)
  // `Союза журналистов России`, `Совета муфтиев России`: a Russian union names itself with the state, which stays in its name
  // as in a federal body's official short name (organisations.json `inOfficialName`)
  rule('Body of members of Russia', 'ORG', [repeat(NAME_ADJECTIVE, 0, 2), one(BODY), one(MEMBERS), one(STATE_IN_OFFICIAL_NAME)], listedNameWhole),
  rule('Body of members of place', 'ORG', [repeat(NAME_ADJECTIVE, 0, 2), one(BODY), one(MEMBERS), one(and(or(listed('LOC'), knownGram('Geox')), genitive), 'next')], listedNameWhole),
  // `Министерство труда и социальной защиты`, `Комитета Совета Федерации по международным делам`, `комитетом ООН против пыток`
  rule('body with complements', 'ORG', [
    optional(and(NAME_ADJECTIVE, not(sentenceStart))), repeat(LOWER_ADJECTIVE, 0, 3), one(COMPLEMENT_HEAD, 'head'), repeat(COMPLEMENT_WORD, 1, 10, 'complement'),
  ], (match) => complementedName(match) && listedNameWhole(match)),
  // Rule `complemented body of place`: the place in the genitive right after such a body is its owner (`Союз журналистов |
  // Карелии`, `Ассоциация туроператоров | России`, `Федерация хоккея | Латвии`), named on its own as in `Body of place`, so the
  // body's name holds it wherever the body stands, a sentence's start too, where `Body of place` does not read it
  rule('complemented body of place', 'ORG', [
    optional(and(NAME_ADJECTIVE, not(sentenceStart))), repeat(LOWER_ADJECTIVE, 0, 2), one(COMPLEMENT_HEAD, 'head'), repeat(COMPLEMENT_WORD, 1, 10, 'complement'),
    repeat(and(listed('LOC'), genitive), 1, 3, 'next'),
  ], (match) => {
    const own = match.roles.indexOf('next');
    const body = { ...match, words: match.words.slice(0, own), roles: match.roles.slice(0, own), following: match.words[own] };
    return complementedName(body) && listedNameWhole(match);
  }),
  // Rule `named after, at the start`: at a sentence's start, where the capital says nothing, an adjective with a body's word
  // and complements is still a name when they name the person it is named after, as no description names one
  // (`Национальный медицинский исследовательский центр имени Алмазова`, `Московский театр имени Пушкина`)
  rule('body named after at the start', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart)), repeat(LOWER_ADJECTIVE, 0, 3), one(COMPLEMENT_HEAD, 'head'), repeat(COMPLEMENT_WORD, 1, 10, 'complement'),
  ], (match) => match.words.some((word) => word.text === 'имени') && complementedName(match) && listedNameWhole(match)),
  // (a place's adjective opens one too, before a body's noun or a kind of fieldNamedKinds and its field: `Российский фонд прямых
  // инвестиций`, `Новосибирский завод химконцентратов`; a company's kind with a field describes: `Российская компания по
  // производству удобрений`)
  // Rule `institution with its field at the start`: at a sentence's start a listed adjective that opens institutions' names
  // (`Национальная`, `Государственная`), a body's word that is no kind of organisation and its field after it name one, as a
  // description would take no such adjective (`Национальная ассоциация негосударственных пенсионных фондов`; not `Российская
  // компания`, `Крупнейшая ассоциация`; a place's adjective there may describe, and is left to the place rules);
  // it ends on its field, as a name in capitals after it is the name it describes (`Международная федерация футбола | ФИФА`)
  rule('institution with its field at the start', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart, or(INSTITUTION_ADJECTIVE, placeAdjective))), repeat(LOWER_ADJECTIVE, 0, 3),
    one(and(COMPLEMENT_HEAD, or(not(organisationKind), lemmaSet(rolesData.fieldNamedKinds))), 'head'), repeat(COMPLEMENT_WORD, 1, 10, 'complement'),
  ], (match) => match.words.at(-1)!.shape === 'lower' && adjectivesAgreeWithHead(match) && complementedName(match) && listedNameWhole(match)),
  // Rule `institution at the start`: at a sentence's start a listed adjective that opens institutions' names, lower-case
  // adjectives and a body's noun name one (`Объединенная двигателестроительная корпорация`, `Национальная медицинская
  // палата`), as a description takes no such adjective, nor a place's adjective between (`Главная российская компания`
  // describes); not before a name in quotes or capitals, which it describes
  // (`Государственная транспортная компания «Россия»`)
  rule('institution at the start', 'ORG', [
    one(and(sentenceStart, INSTITUTION_ADJECTIVE, or(NAME_ADJECTIVE, and(title, pos('PRTF'))))), repeat(and(LOWER_ADJECTIVE, not(placeAdjective)), 1, 3), one(BODY_HEAD, 'head'),
  ], (match) => caseAgrees(match) && noNameAfter(match)),
  // `МХТ имени Чехова`, `МГУ имени Ломоносова`: an institution's abbreviation with the person it is named after is one name
  rule('abbreviation named after', 'ORG', [
    one(and(upper, or(ABBREVIATION, listed('ORG'))), 'head'), one(text('имени')), repeat(COMPLEMENT_WORD, 1, 6, 'complement'),
  ], (match) => complementsParse(match.words.slice(1))),
  // `Управление МВД по Тульской области`, `ГУ МЧС по Москве`: a body's unit and the territory it serves
  rule('body by territory', 'ORG', [
    one(SERVING_BODY, 'head'), repeat(SERVING_BODY_PART, 0, 3), one(text('по')), repeat(TERRITORY_WORD, 1, 4),
  ], territoryServed),
  rule('body by territory', 'ORG', [
    one(and(NAME_ADJECTIVE, not(sentenceStart))), one(or(SERVING_BODY, LOWER_SERVING_BODY), 'head'), repeat(SERVING_BODY_PART, 0, 3), one(text('по')), repeat(TERRITORY_WORD, 1, 4),
  ], territoryServed),
  // Rule `body by territory at the start`: at a sentence's start, where the capital says nothing, an adjective, a unit's noun,
  // the body it belongs to and the territory it serves still name one unit, as a description names no parent body and
  // territory (`Главное управление МЧС по Москве`, `Следственное управление СК по Приморскому краю`)
  rule('body by territory at the start', 'ORG', [
    one(and(NAME_ADJECTIVE, sentenceStart)), one(LOWER_SERVING_BODY, 'head'), repeat(SERVING_BODY_PART, 1, 3), one(text('по')), repeat(TERRITORY_WORD, 1, 4),
  ], (match) => wordsAgree(match.words.slice(0, 2)) && territoryServed(match)),
  // `сборную России по бобслею и скелетону`, `сборной страны по футболу`: a team with its place and its sport is a named team
  rule('team of place by sport', 'ORG', [
    optional(LOWER_ADJECTIVE), one(and(lower, teamWord), 'head'), one(and(or(placeOrBody, and(lower, pos('NOUN'))), genitive)), one(text('по')), repeat(COMPLEMENT_WORD, 1, 5, 'complement'),
  ], teamBySport),
  // `японского МИДа`, `российском министерстве финансов`, `министерство обороны Армении`; a place's noun after the field
  // names the owner, not the field (`министерство культуры | республики`, as in `body with complements`)
  // `министерства труда и социальной защиты`: `и` joins two fields of one ministry
  // (`По данным | Минэнерго РФ`: a discourse noun that reads as an adjective too is the phrase's, no adjective of the ministry)
  rule('ministry', 'ORG', [
    repeat(and(LOWER_ADJECTIVE, not(discourseNoun)), 0, 2), one(ministry), repeat(and(lower, or(GENITIVE_WORD, AND), not(ownerPlace)), 0, 6), optional(and(or(listed('LOC'), knownGram('Geox')), genitive), 'next'),
  ], ministryNamed),
];


/**
 * A listed name is whole as listed: a lower-case noun right after it is the head of a phrase of the sentence, not more of
 * the name (`Конституционного суда | здания Сената`, `У Следственного комитета | вопросов нет`), while a prepositional
 * complement or a term may continue it (`Следственного комитета при прокуратуре`, `Государственной думы шестого созыва`).
 * Named `listed name whole`.
 */
function listedNameWhole(match: Match): boolean {
  for (let i = 1; i < match.words.length && match.roles[i] !== 'next'; i++) {
    const [previous, word] = [match.words[i - 1]!, match.words[i]!];
    // `имени` is a noun's form too, but it opens a complement (`Московского государственного университета имени Ломоносова`)
    if (previous.listed === 'ORG' && word.listed === undefined && lower(word) && nounFirst(word) && COMPLEMENT_PREPOSITIONS[word.text] === undefined) return false;
  }
  return true;
}
const nounFirst = best((reading) => reading.pos === 'NOUN');

/** The place's adjective agrees with the first word of the name in quotes (`московского «Центра»`, not `московский «Центра»`). */
function localNameAgrees(match: Match): boolean {
  return caseAgrees({ ...match, words: [match.words[0]!, match.words[2]!] });
}

/** The number and the name after it are written with no space between them (`3Com`, not `в 2010 Google`). */
function numberWrittenTogether(match: Match): boolean {
  return match.words[1]!.token.start === match.words[0]!.token.end;
}

/** The words after the team's place are its sport: `по` and a phrase in the dative (`по бобслею и скелетону`). */
function teamBySport(match: Match): boolean {
  const head = match.roles.indexOf('head');
  return complementsParse(match.words.slice(head + 2));
}

/** The words of the match are written with no space between them. */
/** The match follows a Latin word, written apart from it (`Boeing | 737 MAX`). */
function afterLatinName({ sentence, at }: Match): boolean {
  const before = sentence && at !== undefined && at > 0 ? sentence[at - 1] : undefined;
  return before !== undefined && before.latin && before.token.end < sentence![at!]!.token.start;
}

/** Single letters stand by `&` only written together with it (`AT&T`, `H&M`), never as initials (`Marks & Spencer` has none). */
function ampersandJoins({ words }: Match): boolean {
  const together = words[0]!.token.end === words[1]!.token.start && words[1]!.token.end === words[2]!.token.start;
  return together || (words[0]!.text.length > 1 && words[2]!.text.length > 1);
}

function writtenTogether(match: Match): boolean {
  return match.words.every((word, i) => i === 0 || word.token.start === match.words[i - 1]!.token.end);
}

/** The words after a legal form are one name: in one script, and no person's name runs on after it (`ИА Regnum Минченко`). */
function oneName(match: Match): boolean {
  const name = match.words.slice(1);
  return name.every((word, i) => word.latin === name[0]!.latin && (i === 0 || !(word.grammemes.has('Surn') || word.grammemes.has('Name'))));
}

/**
 * A ministry word needs something that makes it a name: an adjective, a field, a place, or its own capital.
 * Plural adjectives alone describe a kind of body, not one body (`многие ведомства`, `профильные министерства`).
 */
function ministryNamed(match: Match): boolean {
  const head = match.words.findIndex((word) => ministry(word));
  if (!oneFieldJoined(match.words.slice(head + 1))) return false;
  // Rule `owner place ends the ministry`: a lower-case noun of a place after the field names the ministry's owner, not
  // its field (`Министерство финансов | края`, `министерства здравоохранения | республики`), as in `body with complements`.
  if (match.words.slice(head + 1).some(ownerPlace)) return false;
  // The noun in the plural too, whatever its adjectives' forms show (`профильным ведомствам`: `профильным` may be singular).
  if (head > 0 && head === match.words.length - 1 && (match.words.slice(0, head).every(pluralOnly) || pluralOnly(match.words[head]!))) return false;
  // The adjectives before it agree with it in case (`По данным ведомства`: `данным` is no adjective of `ведомства`).
  if (head > 0 && !wordsAgree(match.words.slice(0, head + 1))) return false;
  // Alone, its capital names it only inside a sentence: at the start it refers back to a body named before (`Ведомство возглавляет`).
  return match.words.length > 1 || (match.words[0]!.shape !== 'lower' && !match.words[0]!.sentenceStart);
}

/**
 * The fields after a ministry's word hold at most one `и`, between two genitive phrases, and the second names a field,
 * not a second body (`труда и социальной защиты`, not `финансов и налоговой службы`), and ends on its noun.
 */
function oneFieldJoined(words: readonly Word[]): boolean {
  const and = words.findIndex((word) => word.text === 'и');
  if (and < 0) return true;
  const second = words.slice(and + 1).filter((word) => word.shape === 'lower');
  // the second phrase ends on its noun (`социальной защиты`, not `налоговой | службы` cut short)
  const last = second.at(-1);
  return and > 0 && last !== undefined && last.analyses.some((reading) => reading.pos === 'NOUN') &&
    !second.some((word) => word.text === 'и' || organisationHead(word) || placeBody(word) || ministry(word));
}

const pluralOnly = (word: Word): boolean => word.analyses.length > 0 && word.analyses.every((reading) => reading.tags.includes('plur'));

const MEMBER_CUES: ReadonlySet<string> = foldedSet(rolesData.memberCues);
/**
 * A noun of a post held in an organisation, of its people, parts or shares, after which a name in quotes in the genitive is an
 * organisation (`аналитик «Финама»`, `тренер «Зенита»`, `акции «Детского мира»`; roles.json memberCues), in lower case or opening the sentence.
 */
export const memberCue: Predicate = (word) => (word.shape === 'lower' || word.sentenceStart) && word.analyses.some((reading) => reading.pos === 'NOUN' && MEMBER_CUES.has(reading.key));
/** A noun after which a name in quotes in the dative or the genitive is a news outlet (`в интервью «Свободной прессе»`; roles.json outletCues). */
const OUTLET_CUES: ReadonlySet<string> = foldedSet(rolesData.outletCues);
export const outletCue: Predicate = (word) => word.shape === 'lower' && word.keys.some((key) => OUTLET_CUES.has(key));
/** The first word of an outlet's name after its cue: in the dative or the genitive, or unknown (`«Свободной прессе»`, `«Эха Москвы»`). */
export const outletNameStart: Predicate = or(inCase('datv'), inCase('gent'), not(known));

const SPEECH_VERBS: ReadonlySet<string> = foldedSet(cues.speechVerbs);
const SOURCE_NOUNS: ReadonlySet<string> = foldedSet(cues.sourceNouns);
/** A lower-case verb of a list, in the third person or the past: one that a third party, a name in the text, may be the subject of. */
const thirdPartyVerb = (lemmas: ReadonlySet<string>): Predicate => formTest((word) =>
  word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'VERB' && lemmas.has(reading.key) && !reading.tags.includes('1per') && !reading.tags.includes('2per')), ['lower']);
/** A speech verb in the third person or the past (`заявил`, `сообщает`; quotes/cues.json speechVerbs): what a name before it says. */
export const reportVerb: Predicate = thirdPartyVerb(SPEECH_VERBS);
/** A verb by which a source reports news, in the third person or the past (`сообщил`, `передает`; roles.json reportingVerbs). */
export const reportingVerb: Predicate = thirdPartyVerb(foldedSet(rolesData.reportingVerbs));
/** A verb of what a company does (`открыл`, `купил`, `сократил`; roles.json companyActionVerbs), in the third person or the past. */
export const companyActionVerb: Predicate = thirdPartyVerb(foldedSet(rolesData.companyActionVerbs));
const DEAL_CUES: ReadonlySet<string> = foldedSet(rolesData.dealCues);
/** A word of a deal or of agreeing with a party (`договорился`, `контракт`, `соглашение`; roles.json dealCues), before `с` and the party. */
export const dealCue: Predicate = (word) => word.shape === 'lower' && word.keys.some((key) => DEAL_CUES.has(key));
/** A word that may be a verb's own subject after it (`сказал он`, `заявил Иванов`): then the name in quotes before the verb is what was said. */
export const subjectAfterVerb: Predicate = (word) =>
  word.shape !== 'lower' || word.analyses.some((reading) => reading.pos === 'NPRO' || reading.tags.includes('Apro'));
/** A noun before the name in quotes, which is the verb's subject with the name its apposition (`книга «Тишина» рассказала`). */
export const nounBefore: Predicate = (word) => word.analyses.some((reading) => reading.pos === 'NOUN');
/** A noun for what a source says, before its source in the genitive (`по данным «…»`, `по мнению «…»`; quotes/cues.json sourceNouns). */
export const sourceNoun: Predicate = (word) => word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'NOUN' && SOURCE_NOUNS.has(reading.key));
/** The first word of a name that may be a verb's subject: in the nominative, or unknown. */
export const subjectNameStart: Predicate = or(inCase('nomn'), not(known));
/** The first word of a source's name after a source noun: in the genitive, or unknown. */
export const sourceNameStart: Predicate = or(inCase('gent'), not(known));
