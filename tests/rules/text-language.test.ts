import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../src/rules/text-language';

const SPANISH = 'El ayuntamiento aprobó el martes la reforma del polideportivo, que está cerrado desde hace dos años, y según el alcalde las obras durarán hasta el verano. También habrá cambios en los horarios de las piscinas y muy pocos clubes tendrán que irse.';
const ENGLISH = 'The city council voted on Tuesday to rebuild the library, which has been closed since the fire, and the work is expected to last for eighteen months. It was the first vote of the year and they said that it would not be the last.';
const CZECH = 'Zastupitelstvo města ve čtvrtek schválilo rekonstrukci bazénu, který je zavřený už dva roky. Práce začnou na jaře a potrvají asi osmnáct měsíců, řekl starosta. Kluby budou mezitím trénovat v sousedním městě, jak už tak bylo v minulosti, a doprava za to bude hrazena po dohodě.';

describe('articleLanguage', () => {
  it('keeps the language the page declares when its text agrees', () => {
    expect(articleLanguage('en-GB', ENGLISH)).toBe('en-GB');
    expect(articleLanguage('es', SPANISH)).toBe('es');
  });

  it('overrules a declared language of ours that the text plainly is not', () => {
    expect(articleLanguage('en', SPANISH)).toBe('es');
  });

  it('names the language of a page that declares none', () => {
    expect(articleLanguage(null, SPANISH)).toBe('es');
  });

  it('leaves a language Épure has no rules for as the page says, and guesses none for it', () => {
    expect(articleLanguage('cs', CZECH)).toBe('cs');
    expect(articleLanguage(null, CZECH)).toBe(null);
  });

  it('keeps Japanese as the page says, whatever English it quotes: Japanese text casts no vote', () => {
    const japanese = '町長は19日、記者会見で次のような声明を英語で読み上げた。声明の全文は以下の通り。';
    expect(articleLanguage('ja', '東京都は19日、新しい計画を発表した。')).toBe('ja');
    expect(articleLanguage('ja', `${japanese}\n${ENGLISH}`)).toBe('ja');
    expect(articleLanguage('ja-JP', `${japanese}\n${ENGLISH}`)).toBe('ja-JP');
  });

  it('needs enough words before it says anything', () => {
    expect(articleLanguage(null, 'El día que llegó')).toBe(null);
    expect(articleLanguage('en', 'Más información')).toBe('en');
  });
});
