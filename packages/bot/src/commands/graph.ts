import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { renderGraphPng } from '../render/graph-png.js';
import { personLabel } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { dateFilter, personOption, personQuery } from './options.js';

const input = z.object({
  person: personQuery,
  depth: z.coerce.number().int().min(1).max(2).default(1),
  from: dateFilter,
  to: dateFilter,
});

/** `/graph person:` — a picture of the person's meeting network. */
export const graph = {
  data: new SlashCommandBuilder()
    .setName('graph')
    .setDescription("A picture of the person's meeting network · صورة لشبكة لقاءات الشخص")
    .addStringOption(personOption('person', 'The person at the centre', 'الشخص في المركز'))
    .addIntegerOption((o) =>
      o
        .setName('depth')
        .setDescription('1: whom they met; 2: also whom those met · العمق: 1 أو 2')
        .setMinValue(1)
        .setMaxValue(2),
    )
    .addStringOption((o) => o.setName('from').setDescription('First date kept: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) => o.setName('to').setDescription('Last date kept: YYYY, YYYY-MM or YYYY-MM-DD')),
  input,
  positional: ['person', 'depth'],
  help: '/graph person: — صورة لشبكة اللقاءات · a picture of the meeting network',
  async run({ person, depth, from, to }, { corpus }) {
    const [match] = await corpus.person(person, { limit: 1 });
    const network = await corpus.graph({ person, depth, from, to });
    const centre = network.nodes.find((n) => n.id === match?.person.id)?.id;
    const title = match ? personLabel(match.person) : person;
    const png = await renderGraphPng(network, { centre, title });
    return {
      title: `شبكة لقاءات ${title}`,
      summary: `${network.nodes.length} أشخاص، ${network.edges.length} صلات · ${network.nodes.length} people, ${network.edges.length} links`,
      items: [],
      image: { name: 'liqa-graph.png', data: png, description: `Meeting network of ${match?.person.en ?? person}` },
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
