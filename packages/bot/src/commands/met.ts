import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { meetingItem, meetingLine, personLabel } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { addFilters, dateFilter, kindFilter, personOption, personQuery } from './options.js';

const input = z.object({ person: personQuery, from: dateFilter, to: dateFilter, kind: kindFilter });

/** `/met person:` — everyone a person met, most recent first, with the evidence. */
export const met = {
  data: addFilters(
    new SlashCommandBuilder()
      .setName('met')
      .setDescription('Who this person met, newest first, with dates, places and sources')
      .addStringOption(
        personOption('person', 'The person, in Arabic or Latin letters', 'الشخص، بالعربية أو باللاتينية'),
      ),
  ),
  input,
  positional: ['person'],
  help: '/met person: — من التقى هذا الشخص · who this person met',
  async run({ person, from, to, kind }, { corpus }) {
    const answer = await corpus.whoMet(person, { from, to, kind });
    return {
      title: `من التقى ${personLabel(answer.person)}`,
      summary:
        answer.met.length === 0
          ? 'لا لقاءات في المدونة · No meetings in the corpus'
          : `${answer.met.length} أشخاص · ${answer.met.length} people`,
      items: answer.met.map((entry) => {
        const newest = entry.meetings[0];
        const item = newest
          ? meetingItem(newest, personLabel(entry.person))
          : { heading: personLabel(entry.person), lines: [] };
        const more = entry.meetings.slice(1).map(meetingLine);
        return { ...item, lines: [...item.lines, ...more.map((line) => `+ ${line}`)] };
      }),
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
