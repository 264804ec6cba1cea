import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { personLabel, personLines } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { personQuery } from './options.js';

const input = z.object({ query: personQuery });

/** `/person query:` — who is this: canonical name, Latin spelling, aliases, roles, counts. */
export const person = {
  data: new SlashCommandBuilder()
    .setName('person')
    .setDescription('Who is this: canonical name, Latin spelling, other spellings, roles, counts')
    .addStringOption((o) =>
      o
        .setName('query')
        .setDescription('A name in any spelling · اسم بأي كتابة')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(200),
    ),
  input,
  positional: ['query'],
  help: '/person query: — من هذا · who is this',
  async run({ query }, { corpus }) {
    const matches = await corpus.person(query, { limit: 5 });
    return {
      title: `من هو «${query}»`,
      summary: matches.length === 0 ? 'لا أحد بهذا الاسم في المدونة · Nobody by that name in the corpus' : undefined,
      items: matches.map((m) => ({
        heading: `${personLabel(m.person)}${m.score < 1 ? ` · ${Math.round(m.score * 100)}%` : ''}`,
        lines: [
          ...personLines(m.person),
          ...m.person.merges.slice(0, 3).map((merge) => `دُمج ${merge.name}: ${merge.why}`),
        ],
      })),
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
