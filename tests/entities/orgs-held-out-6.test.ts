/**
 * A sixth probe of organisations (after orgs-held-out-5.test.ts), as linked, normalised entities: the shape the
 * official factRuEval track 2 scores (issues 13 and 17). Short news documents of several sentences written for this
 * file with names chosen for it, not taken from any corpus. Each expected line is one organisation entity of the
 * document, `name: mention | mention` with the mentions as written, entities in the order of their first mention;
 * written by hand from the Russian text, following factRuEval's conventions (../shared/specs/evaluation.md,
 * docs/entities.md): the name in the nominative, a state body's name with the state it belongs to where the document
 * gives it right after the body (`МИД Франции`), the state itself a place of its own (not listed here).
 */
import { analyze } from '../../src/index.js';
import { probeKinds } from '../support/probe.js';

/** Each organisation entity of the text as `name: its mentions`, by its first mention. */
async function organisations(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities
    .filter((e) => e.type === 'ORG')
    .map((e) => ({ e, mentions: [...e.mentions].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map(({ e, mentions }) => `${e.name}: ${mentions.map((m) => m.text).join(' | ')}`);
}

probeKinds(
  {
    "a body's short form and its full form with the state: one entity": [
      {
        text: 'МИД Норвегии вызвал посла для объяснений. Как сообщили в МИД, встреча продлилась час. Позже МИД опубликовал заявление.',
        expected: ['МИД Норвегии: МИД | МИД | МИД'],
      },
      {
        text: 'Минздрав Казахстана утвердил новые правила. Документ Минздрава вступит в силу в январе.',
        expected: ['Минздрав Казахстана: Минздрав | Минздрава'],
      },
      {
        text: 'В Минфине сообщили о новых займах. Минфин Украины разместил облигации на миллиард долларов.',
        expected: ['Минфин Украины: Минфине | Минфин'],
      },
      {
        text: 'Министерство обороны Эстонии закупит гаубицы. Представитель министерства обороны назвал сроки поставки.',
        expected: ['Министерство обороны Эстонии: Министерство обороны | министерства обороны'],
      },
    ],
    'two states of one body: two entities, the short form alone joins neither': [
      {
        text: 'МИД Польши и МИД Литвы выступили с совместным заявлением. В МИД отказались от комментариев.',
        expected: ['МИД Польши: МИД', 'МИД Литвы: МИД', 'МИД: МИД'],
      },
    ],
    "a body of its members and the state after it: the state is in the body's name": [
      {
        text: 'Председатель Союза архитекторов Казахстана открыл выставку. Союз архитекторов провел конкурс проектов.',
        expected: ['Союз архитекторов Казахстана: Союза архитекторов | Союз архитекторов'],
      },
      {
        text: 'Эксперты Ассоциации юристов Молдавии подготовили доклад. В Ассоциации юристов заявили о поддержке реформы.',
        expected: ['Ассоциация юристов Молдавии: Ассоциации юристов | Ассоциации юристов'],
      },
      {
        text: 'Заявление опубликовала Федерация профсоюзов Белоруссии. Федерация профсоюзов призвала поднять зарплаты.',
        expected: ['Федерация профсоюзов Белоруссии: Федерация профсоюзов | Федерация профсоюзов'],
      },
      {
        text: 'Совет муфтиев Татарстана осудил нападение на мечеть. Председатель Совета муфтиев призвал к спокойствию.',
        expected: ['Совет муфтиев Татарстана: Совет муфтиев | Совета муфтиев'],
      },
    ],
    'another common name of one organisation: one entity': [
      {
        text: 'Генсек НАТО прибыл в Вильнюс. Атлантический альянс усилит присутствие в Прибалтике.',
        expected: ['Атлантический альянс: НАТО | Атлантический альянс'],
      },
    ],
    'an acronym introduced in brackets, used before or after': [
      {
        text: 'Доклад подготовила Ассоциация российских банков (АРБ). По оценке АРБ, кредитование вырастет.',
        expected: ['Ассоциация российских банков: Ассоциация российских банков | АРБ | АРБ'],
      },
      {
        text: 'Эксперты ВОЗ предупредили о новой волне гриппа. Всемирная организация здравоохранения (ВОЗ) рекомендует прививки.',
        expected: ['Всемирная организация здравоохранения: ВОЗ | Всемирная организация здравоохранения | ВОЗ'],
      },
      {
        text: 'Как сообщает Федеральная налоговая служба, сборы выросли. В ФНС отметили рост числа предпринимателей.',
        expected: ['Федеральная налоговая служба: Федеральная налоговая служба | ФНС'],
      },
    ],
    'an organisation in an oblique case: its name in the nominative': [
      {
        text: 'Данные опубликованы Росстатом в пятницу. По оценке Росстата, цены выросли.',
        expected: ['Росстат: Росстатом | Росстата'],
      },
      {
        text: 'Контракт подписан Министерством обороны. Представители Министерства обороны прибыли на завод.',
        expected: ['Министерство обороны: Министерством обороны | Министерства обороны'],
      },
      {
        text: 'Заявление сделано Государственной думой в среду. Депутаты Государственной думы приняли обращение.',
        expected: ['Государственная дума: Государственной думой | Государственной думы'],
      },
      {
        text: 'Решение принято Центральным банком. Совет директоров Центрального банка собрался в понедельник.',
        expected: ['Центральный банк: Центральным банком | Центрального банка'],
        known: "the bank's board at a sentence's start is read as an organisation of its own (`Совет директоров`), without its bank",
      },
    ],
    'a company named in quotes after its descriptor, then by its name alone': [
      {
        text: 'Компания «Северсталь» увеличила выпуск стали. Акции «Северстали» подорожали на бирже.',
        expected: ['Северсталь: Северсталь | Северстали'],
      },
      {
        text: 'Авиакомпания «Победа» открыла новые рейсы. Пассажиры «Победы» смогут лететь в Сочи.',
        expected: ['Победа: Победа | Победы'],
      },
    ],
    "a facility named by an adjective and an abbreviation is an organisation, the abbreviation alone none": [
      {
        text: 'Антипинский НПЗ остановил работу. На Антипинском НПЗ начался ремонт.',
        expected: ['Антипинский НПЗ: Антипинский НПЗ | Антипинском НПЗ'],
      },
      { text: 'Пожар на Рефтинской ГРЭС потушен.', expected: ['Рефтинская ГРЭС: Рефтинской ГРЭС'] },
      { text: 'Михайловский ГОК увеличил добычу руды.', expected: ['Михайловский ГОК: Михайловский ГОК'] },
      { text: 'Авария на Чернобыльской АЭС случилась в 1986 году.', expected: ['Чернобыльская АЭС: Чернобыльской АЭС'] },
      { text: 'Вчера на НПЗ произошел пожар, а на ГОК приехала комиссия.', expected: [] },
      { text: 'Председатель СНТ «Ромашка» подал иск, и ТСЖ «Уют» его поддержало.', expected: ['Ромашка: Ромашка', 'Уют: Уют'] },
    ],
    "at a sentence's start, an institution's adjective, lower-case adjectives and a body's noun name one": [
      {
        text: 'Объединенная двигателестроительная корпорация (входит в госкорпорацию «Ростех») поставит двигатели.',
        expected: ['Объединенная двигателестроительная корпорация: Объединенная двигателестроительная корпорация', 'Ростех: Ростех'],
      },
      { text: 'Национальная медицинская палата выступила против законопроекта.', expected: ['Национальная медицинская палата: Национальная медицинская палата'] },
      { text: 'Государственная жилищная инспекция проверит дом.', expected: ['Государственная жилищная инспекция: Государственная жилищная инспекция'] },
      // A place's adjective between describes: no name.
      { text: 'Главная российская компания отчиталась о прибыли.', expected: [] },
      { text: 'Российский фонд прямых инвестиций вложит средства в завод.', expected: ['Российский фонд прямых инвестиций: Российский фонд прямых инвестиций'] },
      { text: 'Новосибирский завод химконцентратов увеличил выпуск.', expected: ['Новосибирский завод химконцентратов: Новосибирский завод химконцентратов'] },
      { text: 'Всероссийская федерация волейбола наказала клуб.', expected: ['Всероссийская федерация волейбола: Всероссийская федерация волейбола'] },
      // A company's kind with its field describes.
      { text: 'Российская компания по производству удобрений заявила о планах.', expected: [] },
    ],
    "a region's body takes the region's whole name as its owner, not its adjective alone": [
      {
        text: 'Министерство культуры Нижегородской области объявило конкурс. Министерство здравоохранения Московской области сообщило о вакцинации.',
        expected: ['Министерство культуры Нижегородской области: Министерство культуры', 'Министерство здравоохранения Московской области: Министерство здравоохранения'],
      },
    ],
  },
  organisations,
);
