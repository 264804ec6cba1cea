import { describe, expect, it } from 'vitest';
import { affiliationOf, seatAttendees } from '../../src/meetings/affiliation.js';

describe('affiliationOf: the country a role speaks for', () => {
  it('reads nisba adjectives and country names alike', () => {
    expect([...affiliationOf('وزير الخارجية المصري')]).toEqual([...affiliationOf('وزير خارجية مصر')]);
    expect(affiliationOf('وزير الدفاع الأمريكي').size).toBe(1);
  });
  it('takes the country an ambassador speaks for, not the one he is posted to', () => {
    expect([...affiliationOf('سفير مصر لدى المملكة')]).toEqual([...affiliationOf('وزير الخارجية المصري')]);
  });
  it('names a polity by its kind (جمهورية الشيشان، حكومة الشيشان)', () => {
    const president = affiliationOf('رئيس جمهورية الشيشان');
    expect([...affiliationOf('نائب رئيس حكومة الشيشان')].some((a) => president.has(a))).toBe(true);
  });
  it('tells nothing for a role without a country', () => {
    expect(affiliationOf('وزير الدولة عضو مجلس الوزراء').size).toBe(0);
  });
});

describe('seatAttendees (dev article 2015-07-22#833)', () => {
  const roles: Record<number, string[]> = {
    0: ['ولي ولي العهد'],
    1: ['رئيس جمهورية الشيشان'],
    7: ['رئيس البرلمان في جمهورية الشيشان'],
    8: ['نائب رئيس حكومة الشيشان'],
    9: ['المندوب الدائم لروسيا الاتحادية لدى منظمة التعاون الإسلامي'],
  };
  const rolesOf = (e: number) => roles[e] ?? [];
  const sideRoles = [roles[0] ?? [], roles[1] ?? []];

  it('seats a Chechen delegation listed together with its president, the Russian envoy with them', () => {
    expect([...seatAttendees([7, 8, 9], rolesOf, sideRoles, null)]).toEqual([
      [7, 1],
      [8, 1],
      [9, 1],
    ]);
  });
  it('seats attendees whose roles tell nothing with the host', () => {
    expect([...seatAttendees([2, 3], rolesOf, sideRoles, null)]).toEqual([
      [2, 0],
      [3, 0],
    ]);
  });
  it('follows من الجانب … when the sentence gives the side', () => {
    expect([...seatAttendees([2], rolesOf, [['وزير الدفاع الأمريكي'], ['ولي العهد']], 'الجانب الأمريكي')]).toEqual([
      [2, 0],
    ]);
  });
});
