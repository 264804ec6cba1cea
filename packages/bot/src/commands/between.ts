import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { meetingItem, personLabel } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { addFilters, dateFilter, kindFilter, personOption, personQuery } from './options.js';

const input = z.object({ a: personQuery, b: personQuery, from: dateFilter, to: dateFilter, kind: kindFilter });

/** `/between a: b:` — every meeting of two people, newest first. */
export const between = {
  data: addFilters(
    new SlashCommandBuilder()
      .setName('between')
      .setDescription('Every meeting of two people, newest first · كل لقاءات شخصين، الأحدث أولاً')
      .addStringOption(personOption('a', 'One person', 'الشخص الأول'))
      .addStringOption(personOption('b', 'The other person', 'الشخص الثاني')),
  ),
  input,
  positional: ['a', 'b'],
  help: '/between a: b: — كل لقاءات شخصين · every meeting of two people',
  async run({ a, b, from, to, kind }, { corpus }) {
    const meetings = await corpus.meetingsBetween(a, b, { from, to, kind });
    const [first] = await corpus.person(a, { limit: 1 });
    const [second] = await corpus.person(b, { limit: 1 });
    const names = [first, second].map((m) => (m ? personLabel(m.person) : '?')).join(' و ');
    return {
      title: `لقاءات ${names}`,
      summary: `${meetings.length} لقاءات · ${meetings.length} meetings`,
      items: meetings.map((m) => meetingItem(m)),
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
