import type { Corpus } from '@liqa/core';
import type { AutocompleteInteraction } from 'discord.js';

/** Discord allows 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Choices for a person option being typed, Arabic or Latin: prefix matches first (fast, from the
 * corpus index), then fuzzy matches when the prefix finds nobody (a misspelling). The value is the
 * person's id, so the command gets exactly the person picked.
 */
export async function personChoices(corpus: Corpus, typed: string): Promise<Array<{ name: string; value: string }>> {
  const text = typed.trim();
  // Nothing typed yet: the people with the most meetings.
  const people =
    text === ''
      ? (await corpus.snapshot()).people.slice(0, MAX_CHOICES)
      : (await corpus.suggest(text, { limit: MAX_CHOICES })).map((p) => ({
          id: p.id,
          name: p.name,
          en: p.en,
          meetings: p.meetings,
        }));
  if (people.length === 0 && text.length >= 2) {
    for (const match of await corpus.person(text, { limit: MAX_CHOICES })) people.push(match.person);
  }
  return people.slice(0, MAX_CHOICES).map((p) => {
    const label = `${p.name} · ${p.en} (${p.meetings})`;
    return {
      name: label.length > MAX_CHOICE_LENGTH ? `${label.slice(0, MAX_CHOICE_LENGTH - 1)}…` : label,
      value: p.id.slice(0, MAX_CHOICE_LENGTH),
    };
  });
}

/** Answers an autocomplete interaction for its focused option. */
export async function respondWithPeople(interaction: AutocompleteInteraction, corpus: Corpus): Promise<void> {
  const focused = interaction.options.getFocused();
  await interaction.respond(await personChoices(corpus, String(focused)));
}
