import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, eldFile, eldMediumData, eldVersion, encodeSnapshot, readSnapshot, writeSnapshot, type EldData } from '../src/langid-snapshot.js';
import { ROOT } from './spawn-bin.js';

// The compact snapshot of eld's database gives a detector identical to eld's own module: the same
// language, the same scores to the bit (in the same order) and the same reliability.

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

const require = createRequire(import.meta.url);
const { createEld } = require(eldFile('../languageDetector.js')) as { createEld(): { instance: Eld; loadData(d: EldData): unknown } };
const fromModule = (require(eldFile('./static.medium.js')) as { eld: Eld }).eld;
const original = eldMediumData();
const version = eldVersion();

function compactDetector(data: EldData): Eld {
  const { instance, loadData } = createEld();
  loadData(data);
  return instance;
}

/** Everything eld says about a text, scores as exact entries in their order. */
function verdict(eld: Eld, text: string): string {
  const r = eld.detect(text);
  const scores = Object.entries(r.getScores()).map(([lang, score]) => `${lang}=${Object.is(score, -0) ? '-0' : String(score)}`);
  return `${JSON.stringify(r.language)} ${String(r.isReliable())} ${scores.join(' ')}`;
}

/** The texts (and their lines) of the development benchmark beside the repository, when it is there. */
function benchmarkTexts(): string[] {
  const file = path.join(ROOT, '..', 'shared', 'bench', 'aceb-dev.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      const r = JSON.parse(l) as { gold?: unknown; inputs?: Record<string, unknown> };
      return [r.gold, ...Object.values(r.inputs ?? {})].filter((t): t is string => typeof t === 'string');
    });
}

const fixtureTexts = readdirSync(path.join(ROOT, 'fixtures')).map((d) => readFileSync(path.join(ROOT, 'fixtures', d, 'input.txt'), 'utf8'));

const samples = [
  'The only shop in the village reopened on Saturday after residents bought shares in it.',
  'Ne Düşünüyorsun? Site Yöneticisi - Editör',
  'Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.',
  'Le conseil municipal a voté mardi le budget de l’année prochaine.',
  'El ayuntamiento aprobó el martes el presupuesto del próximo año.',
  'Il consiglio comunale ha approvato martedì il bilancio del prossimo anno.',
  'A câmara municipal aprovou na terça-feira o orçamento do próximo ano.',
  'De gemeenteraad heeft dinsdag de begroting voor volgend jaar goedgekeurd.',
  'Rada miasta przyjęła we wtorek budżet na przyszły rok.',
  'Městská rada v úterý schválila rozpočet na příští rok.',
  'Kommunestyret vedtok tirsdag budsjettet for neste år.',
  'Kunnanvaltuusto hyväksyi tiistaina ensi vuoden talousarvion.',
  'A képviselő-testület kedden elfogadta a jövő évi költségvetést.',
  'Городской совет во вторник утвердил бюджет на следующий год.',
  'Міська рада у вівторок затвердила бюджет на наступний рік.',
  'Общинският съвет прие във вторник бюджета за следващата година.',
  'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό του επόμενου έτους.',
  'وافق المجلس البلدي يوم الثلاثاء على ميزانية العام المقبل.',
  'شورای شهر روز سه‌شنبه بودجه سال آینده را تصویب کرد.',
  'سٹی کونسل نے منگل کو اگلے سال کا بجٹ منظور کر لیا۔',
  'מועצת העיר אישרה ביום שלישי את התקציב לשנה הבאה.',
  'नगर परिषद ने मंगलवार को अगले वर्ष का बजट पारित किया।',
  'পৌরসভা মঙ্গলবার আগামী বছরের বাজেট অনুমোদন করেছে।',
  'நகர சபை செவ்வாய்க்கிழமை அடுத்த ஆண்டுக்கான வரவு செலவுத் திட்டத்தை அங்கீகரித்தது.',
  'నగర మండలి మంగళవారం వచ్చే సంవత్సరం బడ్జెట్‌ను ఆమోదించింది.',
  'ನಗರ ಸಭೆ ಮಂಗಳವಾರ ಮುಂದಿನ ವರ್ಷದ ಬಜೆಟ್ ಅನ್ನು ಅನುಮೋದಿಸಿತು.',
  'നഗരസഭ ചൊവ്വാഴ്ച അടുത്ത വർഷത്തെ ബജറ്റ് അംഗീകരിച്ചു.',
  'ਨਗਰ ਕੌਂਸਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਅਗਲੇ ਸਾਲ ਦਾ ਬਜਟ ਪਾਸ ਕੀਤਾ।',
  'નગર પરિષદે મંગળવારે આવતા વર્ષનું બજેટ મંજૂર કર્યું.',
  'ନଗର ପରିଷଦ ମଙ୍ଗଳବାର ଆସନ୍ତା ବର୍ଷର ବଜେଟ ଅନୁମୋଦନ କଲା।',
  'नगर परिषदेने मंगळवारी पुढील वर्षाचा अर्थसंकल्प मंजूर केला.',
  'สภาเมืองอนุมัติงบประมาณปีหน้าเมื่อวันอังคาร',
  'ສະພາເມືອງໄດ້ອະນຸມັດງົບປະມານປີໜ້າໃນວັນອັງຄານ',
  '市议会周二批准了明年的预算。',
  '市議会は火曜日に来年度の予算を承認した。',
  '시의회는 화요일에 내년 예산을 승인했다.',
  'ქალაქის საბჭომ სამშაბათს მომავალი წლის ბიუჯეტი დაამტკიცა.',
  'Քաղաքային խորհուրդը երեքշաբթի հաստատեց հաջորդ տարվա բյուջեն։',
  'የከተማው ምክር ቤት ማክሰኞ የሚቀጥለውን ዓመት በጀት አጸደቀ።',
  'Hội đồng thành phố đã thông qua ngân sách năm tới vào thứ Ba.',
  'Majlis bandaraya meluluskan belanjawan tahun depan pada hari Selasa.',
  'Inaprubahan ng konseho ng lungsod ang badyet para sa susunod na taon noong Martes.',
  'Ìgbìmọ̀ ìlú fọwọ́ sí ìnáwó ọdún tó ń bọ̀ ní ọjọ́ Ìṣẹ́gun.',
  'Udhëheqja e qytetit miratoi të martën buxhetin e vitit të ardhshëm.',
  'Bäjarstjórnin samþykkti á þriðjudag fjárhagsáætlun næsta árs.',
  'Linnavolikogu kiitis teisipäeval heaks järgmise aasta eelarve.',
  'Miesto taryba antradienį patvirtino kitų metų biudžetą.',
  'Pilsētas dome otrdien apstiprināja nākamā gada budžetu.',
  'Udalbatzak asteartean onartu zuen datorren urteko aurrekontua.',
  'Şəhər şurası çərşənbə axşamı gələn ilin büdcəsini təsdiqlədi.',
  'ئەنجومەنی شار سێشەممە بودجەی ساڵی داهاتووی پەسەند کرد.',
  '',
  ' ',
  'a',
  'ab',
  'abc',
  'abcd',
  '12345678 90',
  'https://example.com/a/b?c=d mail@example.com',
  '🙂🙂🙂 👍',
  '\u0000\u0001\t\r\n',
  '\ud800 lone \udfff surrogates',
  'x'.repeat(2000),
  'word '.repeat(400),
];

describe('langid snapshot', () => {
  const compact = decodeSnapshot(encodeSnapshot(original, version), version);

  it('answers every n-gram of eld’s database with the same scores in the same order, and nothing else', () => {
    expect(compact).not.toBeNull();
    const { ngrams } = compact as EldData;
    expect(compact?.type).toBe(original.type);
    expect(compact?.languages).toEqual(original.languages);
    const own = (ngram: string) => (Object.hasOwn(original.ngrams, ngram) ? original.ngrams[ngram] : undefined);
    const same = (ngram: string) => JSON.stringify(ngrams[ngram] && Object.entries(ngrams[ngram])) === JSON.stringify(own(ngram) && Object.entries(own(ngram) ?? {}));
    const differ: string[] = [];
    let found = 0;
    for (const ngram of Object.keys(original.ngrams)) {
      if (ngrams[ngram] !== undefined) found++;
      // The n-gram itself and its near misses: one character more, one less, one changed.
      for (const probe of [ngram, `${ngram}a`, ngram.slice(1), `${ngram.slice(0, -1)}\u00b6`]) if (!same(probe)) differ.push(probe);
    }
    expect(found).toBe(Object.keys(original.ngrams).length);
    expect(differ).toEqual([]);
    expect(ngrams['']).toBeUndefined();
    expect(ngrams['toString']).toBeUndefined();
    expect(ngrams['\u{1F642}']).toBeUndefined();
  }, 60_000);

  it('detects every text and line of the benchmark and fixtures, and samples in every script, exactly as eld/medium does', () => {
    const detector = compactDetector(compact as EldData);
    const texts = [...benchmarkTexts(), ...fixtureTexts, ...samples];
    const inputs = [...texts, ...texts.flatMap((t) => t.split('\n'))];
    const differ = inputs.filter((t) => verdict(detector, t) !== verdict(fromModule, t));
    expect(inputs.length).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  }, 300_000);

  it('detects random strings of any code units exactly as eld/medium does', () => {
    const detector = compactDetector(compact as EldData);
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...samples));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (parts) => {
        const t = parts.join(' ');
        expect(verdict(detector, t)).toBe(verdict(fromModule, t));
      }),
      { numRuns: 2000, seed: 20240601 },
    );
  }, 60_000);

  it('is read back from its file, and not at all when missing, cut short or for another eld version', () => {
    const file = path.join(os.tmpdir(), `clean-article-eld-${process.pid}.bin`);
    const target = pathToFileURL(file);
    try {
      writeSnapshot(target);
      const read = readSnapshot(target, version);
      expect(read).not.toBeNull();
      const detector = compactDetector(read as EldData);
      for (const s of samples) expect(verdict(detector, s)).toBe(verdict(fromModule, s));
      expect(readSnapshot(target, `${version}-other`)).toBeNull();
      writeFileSync(file, readFileSync(file).subarray(0, 1000));
      expect(readSnapshot(target, version)).toBeNull();
    } finally {
      rmSync(file, { force: true });
    }
    expect(readSnapshot(target, version)).toBeNull();
  });
});
