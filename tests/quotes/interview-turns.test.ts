/**
 * Interviews set as dash turns with no labels (rule `interview turns`, pattern `— …? ‖ — …`): each question and each
 * answer is a direct quote (../shared/specs/quotes.md: dialogue and interview lines introduced by a dash); an answer is
 * the interviewee's, whom a question addresses by name or the lead names most; a question names no one. Texts written
 * for this test; each expected line worked out by hand from the text: `kind «piece | piece» speaker=… → name`.
 */
import { probeKinds, type Case } from '../support/probe.js';
import { quotes } from '../support/quotes.js';

const kinds: Record<string, Case[]> = {
  'questions and answers opening with a dash are quotes, the answers the interviewee\'s': [
    {
      text:
        'Министр экономики Максим Орешкин ответил на вопросы «Известий» о перспективах роста.\n\n' +
        '— Максим Станиславович, когда закончится спад?\n\n' +
        '— Мы ожидаем, что уже во втором квартале экономика начнет расти. Инфляция замедляется.\n\n' +
        '— А что с курсом рубля?\n\n' +
        '— Курс определяет рынок, и правительство не будет вмешиваться.',
      expected: [
        'direct «Максим Станиславович, когда закончится спад?» speaker=— → —',
        'direct «Мы ожидаем, что уже во втором квартале экономика начнет расти. Инфляция замедляется.» speaker=Максим Орешкин → Максим Станиславович Орешкин',
        'direct «А что с курсом рубля?» speaker=— → —',
        'direct «Курс определяет рынок, и правительство не будет вмешиваться.» speaker=Максим Орешкин → Максим Станиславович Орешкин',
      ],
    },
    {
      text:
        'Тренер «Спартака» Гильермо Абаскаль подвел итоги сезона. Журналисты спросили Абаскаля о планах клуба.\n\n' +
        '— Кого клуб купит летом?\n\n' +
        '— Нам нужен центральный защитник.\n\n' +
        '— Вы останетесь в команде?\n\n' +
        '— Да, контракт действует еще год.',
      expected: [
        'direct «Кого клуб купит летом?» speaker=— → —',
        'direct «Нам нужен центральный защитник.» speaker=Гильермо Абаскаль → Гильермо Абаскаль',
        'direct «Вы останетесь в команде?» speaker=— → —',
        'direct «Да, контракт действует еще год.» speaker=Гильермо Абаскаль → Гильермо Абаскаль',
      ],
    },
  ],
  'a paragraph with no dash between an answer and the next question continues the answer': [
    {
      text:
        'Глава Центробанка Эльвира Набиуллина дала интервью РБК. Набиуллина рассказала о планах регулятора.\n\n' +
        '— Будет ли снижена ключевая ставка?\n\n' +
        '— Это зависит от инфляции. Мы не торопимся.\n\n' +
        'Решение примет совет директоров банка.\n\n' +
        '— Когда ждать решения?\n\n' +
        '— Ближайшее заседание пройдет в марте.',
      expected: [
        'direct «Будет ли снижена ключевая ставка?» speaker=— → —',
        'direct «Это зависит от инфляции. Мы не торопимся. | Решение примет совет директоров банка.» speaker=Эльвира Набиуллина → Эльвира Набиуллина',
        'direct «Когда ждать решения?» speaker=— → —',
        'direct «Ближайшее заседание пройдет в марте.» speaker=Эльвира Набиуллина → Эльвира Набиуллина',
      ],
    },
  ],
  'no interview without a question answered by a dash line': [
    {
      text: 'Программа правительства включает:\n\n— снижение налогов для малого бизнеса;\n\n— поддержку экспорта.',
      expected: [],
    },
    {
      text: 'Жители района недовольны.\n\n— Что будет дальше?\n\nЭтот вопрос задают многие, но ответа пока нет.',
      expected: [],
    },
  ],
  'no one named before the interview: the answers name no one': [
    {
      text: 'В редакцию позвонил читатель.\n\n— Почему закрыли мост?\n\n— Его ремонтируют до осени.',
      expected: ['direct «Почему закрыли мост?» speaker=— → —', 'direct «Его ремонтируют до осени.» speaker=— → —'],
    },
  ],
  'an interview stops where the paragraphs after its last answer tell the news again': [
    {
      text:
        'Губернатор Иван Смирнов побывал на заводе.\n\n' +
        '— Завод закроют?\n\n' +
        '— Нет, мы нашли инвестора.\n\n' +
        'После визита губернатор уехал в Москву.',
      expected: ['direct «Завод закроют?» speaker=— → —', 'direct «Нет, мы нашли инвестора.» speaker=Иван Смирнов → Иван Смирнов'],
    },
  ],
  'labelled turns: an abbreviation\'s stop and a name\'s quotation marks are the label\'s (rule `markedLabel`)': [
    {
      text:
        'Глава Минцифры Максут Шадаев ответил на вопросы «Российской газеты».\n' +
        'Корр.: Когда заработает единая платформа?\n' +
        'Максут Шадаев: Платформа уже работает в тестовом режиме.',
      expected: [
        'direct «Когда заработает единая платформа?» speaker=Корр. → —',
        'direct «Платформа уже работает в тестовом режиме.» speaker=Максут Шадаев → Максут Шадаев',
      ],
    },
    {
      text: 'Министр ответил на вопросы газеты.\n«РГ»: Когда заработает платформа?\nМаксут Шадаев: Платформа уже работает.',
      expected: [
        'direct «Когда заработает платформа?» speaker=«РГ» → РГ',
        'direct «Платформа уже работает.» speaker=Максут Шадаев → Максут Шадаев',
      ],
    },
    {
      text: 'Фото: РИА Новости.\nСм. также: пожар на складе в Подольске.',
      expected: [],
    },
  ],
};

probeKinds(kinds, quotes);
