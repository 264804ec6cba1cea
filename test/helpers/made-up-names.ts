/**
 * Sentences of meetings between made-up names (five random Arabic letters a word, a fixed seed, so
 * every run reads the same text): an article naming thousands of persons, none a form of another.
 * The input on which the persons stage was once quadratic; a test and bench/linearity.ts use it.
 */
export function madeUpMeetingSentences(): () => string {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
  let seed = 1;
  const letter = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return letters[seed % letters.length];
  };
  const word = () => Array.from({ length: 5 }, letter).join('');
  return () => `استقبل الأمير ${word()} ${word()} اليوم الوزير ${word()} ${word()} في الرياض.`;
}
