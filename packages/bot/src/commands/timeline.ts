import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { meetingItem, personLabel } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { addFilters, dateFilter, kindFilter, personOption, personQuery } from './options.js';

const input = z.object({ person: personQuery, from: dateFilter, to: dateFilter, kind: kindFilter });

/** `/timeline person:` — a person's meetings in time order. */
export const timeline = {
  data: addFilters(
    new SlashCommandBuilder()
      .setName('timeline')
      .setDescription("A person's meetings in time order, oldest first · لقاءات الشخص بترتيب زمني، الأقدم أولاً")
      .addStringOption(
        personOption('person', 'The person, in Arabic or Latin letters', 'الشخص، بالعربية أو باللاتينية'),
      ),
  ),
  input,
  positional: ['person'],
  help: '/timeline person: — لقاءات الشخص بترتيب زمني · meetings in time order',
  async run({ person, from, to, kind }, { corpus }) {
    const [match] = await corpus.person(person, { limit: 1 });
    const meetings = await corpus.timeline(person, { from, to, kind });
    return {
      title: `السجل الزمني: ${match ? personLabel(match.person) : person}`,
      summary: `${meetings.length} لقاءات · ${meetings.length} meetings`,
      items: meetings.map((m) => meetingItem(m)),
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
