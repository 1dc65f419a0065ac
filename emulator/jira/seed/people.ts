import type { Team, User } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';
import type { Random } from './random';

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dmitri', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Noor', 'Oscar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wei', 'Yara', 'Zoe'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Kowalski', 'Reyes', 'Fischer', 'Nguyen', 'Brennan', 'Costa', 'Ivanova', 'Mensah'];
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney'];
const TEAM_NAMES = ['Falcon', 'Orca', 'Lynx', 'Heron', 'Bison', 'Otter'];

export interface People {
  admins: User[];
  members: User[];
  /** Browses every project but one. */
  restricted: User;
}

/** Atlassian account ids look like `557058:` followed by a UUID. */
function accountId(random: Random): string {
  const h = random.hex(32);
  return `557058:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Users scale gently with the site: a handful for tiny sites, a few hundred for 100k issues. */
export function seedPeople(state: JiraSiteState, random: Random, issueCount: number): People {
  const total = Math.min(400, 8 + Math.floor(issueCount / 250));
  const users: User[] = [];
  for (let i = 0; i < total; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
    const suffix = i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : '';
    const admin = i < 2;
    const user: User = {
      accountId: accountId(random),
      displayName: `${first} ${last}${suffix}`,
      emailAddress: `${first}.${last}${suffix.trim()}@example.com`.toLowerCase(),
      accountType: 'atlassian',
      active: true,
      timeZone: random.pick(ZONES),
      groups: admin ? ['site-admins', 'jira-admins', 'jira-software-users'] : ['jira-software-users'],
      siteAdmin: admin,
      hiddenProjectIds: [],
    };
    users.push(user);
    state.users.set(user.accountId, user);
  }
  return { admins: users.slice(0, 2), members: users.slice(2, -1), restricted: users[users.length - 1] as User };
}

export function seedTeams(state: JiraSiteState, random: Random, people: People): Team[] {
  const everyone = [...people.admins, ...people.members, people.restricted];
  const count = Math.min(TEAM_NAMES.length, Math.max(2, Math.ceil(everyone.length / 6)));
  const teams = TEAM_NAMES.slice(0, count).map((name, i): Team => ({
    id: `${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`,
    name,
    memberAccountIds: everyone.filter((_, u) => u % count === i).map((u) => u.accountId),
  }));
  for (const team of teams) state.teams.set(team.id, team);
  return teams;
}
