import { JqlError, parseJql, type JqlClause, type JqlQuery } from '../../../../emulator/jira/jql';

const value = (text: string, number = false) => ({ kind: 'value', text, number }) as const;
const term = (field: string, operator: string, operand: unknown) => ({ kind: 'terminal', field, operator, operand }) as unknown as JqlClause;

function errorOf(jql: string): string[] {
  try {
    parseJql(jql);
  } catch (error) {
    if (error instanceof JqlError) return error.messages;
    throw error;
  }
  throw new Error(`parsed: ${jql}`);
}

describe('parseJql: queries it reads', () => {
  const cases: Array<[string, JqlQuery]> = [
    ['', { where: undefined, orderBy: [] }],
    ['   ', { where: undefined, orderBy: [] }],
    ['project = PLAT', { where: term('project', '=', value('PLAT')), orderBy: [] }],
    ['PROJECT != "Platform"', { where: term('PROJECT', '!=', value('Platform')), orderBy: [] }],
    ["labels = 'single quoted'", { where: term('labels', '=', value('single quoted')), orderBy: [] }],
    ['id = 10005', { where: term('id', '=', value('10005', true)), orderBy: [] }],
    ['id = -5', { where: term('id', '=', value('-5', true)), orderBy: [] }],
    ['key = "10005"', { where: term('key', '=', value('10005')), orderBy: [] }],
    [
      'project in (PLAT, "Mobile app", 10001)',
      { where: term('project', 'in', { kind: 'list', items: [value('PLAT'), value('Mobile app'), value('10001', true)] }), orderBy: [] },
    ],
    ['status NOT IN (Done)', { where: term('status', 'not in', { kind: 'list', items: [value('Done')] }), orderBy: [] }],
    ['assignee is EMPTY', { where: term('assignee', 'is', { kind: 'empty' }), orderBy: [] }],
    ['assignee IS NOT null', { where: term('assignee', 'is not', { kind: 'empty' }), orderBy: [] }],
    ['assignee in (EMPTY, x)', { where: term('assignee', 'in', { kind: 'list', items: [{ kind: 'empty' }, value('x')] }), orderBy: [] }],
    ['assignee = currentUser()', { where: term('assignee', '=', { kind: 'function', name: 'currentUser', args: [] }), orderBy: [] }],
    ['sprint in openSprints()', { where: term('sprint', 'in', { kind: 'function', name: 'openSprints', args: [] }), orderBy: [] }],
    ['updated >= startOfDay(-1)', { where: term('updated', '>=', { kind: 'function', name: 'startOfDay', args: ['-1'] }), orderBy: [] }],
    ['updated >= startOfDay("-1d", x)', { where: term('updated', '>=', { kind: 'function', name: 'startOfDay', args: ['-1d', 'x'] }), orderBy: [] }],
    ['updated > -1d', { where: term('updated', '>', value('-1d')), orderBy: [] }],
    ['created<="2026/11/02 09:05"', { where: term('created', '<=', value('2026/11/02 09:05')), orderBy: [] }],
    ['cf[10020] = 5', { where: term('cf[10020]', '=', value('5', true)), orderBy: [] }],
    ['"Story Points" = 3', { where: term('Story Points', '=', value('3', true)), orderBy: [] }],
    ['summary ~ "a\\"b\\u0041\\ c"', { where: term('summary', '~', value('a"bA c')), orderBy: [] }],
    ['summary !~ x', { where: term('summary', '!~', value('x')), orderBy: [] }],
    ['key < PLAT-5', { where: term('key', '<', value('PLAT-5')), orderBy: [] }],
    [
      'a = 1 AND b = 2 OR c = 3',
      { where: { kind: 'or', clauses: [{ kind: 'and', clauses: [term('a', '=', value('1', true)), term('b', '=', value('2', true))] }, term('c', '=', value('3', true))] }, orderBy: [] },
    ],
    [
      'a = 1 and (b = 2 or c = 3)',
      { where: { kind: 'and', clauses: [term('a', '=', value('1', true)), { kind: 'or', clauses: [term('b', '=', value('2', true)), term('c', '=', value('3', true))] }] }, orderBy: [] },
    ],
    [
      'a = 1 && b = 2 || !c = 3',
      { where: { kind: 'or', clauses: [{ kind: 'and', clauses: [term('a', '=', value('1', true)), term('b', '=', value('2', true))] }, { kind: 'not', clause: term('c', '=', value('3', true)) }] }, orderBy: [] },
    ],
    ['NOT NOT a = b', { where: { kind: 'not', clause: { kind: 'not', clause: term('a', '=', value('b')) } }, orderBy: [] }],
    ['ORDER BY key', { where: undefined, orderBy: [{ field: 'key', direction: undefined }] }],
    [
      'project = PLAT order by Created DESC, key asc, cf[10020]',
      {
        where: term('project', '=', value('PLAT')),
        orderBy: [
          { field: 'Created', direction: 'desc' },
          { field: 'key', direction: 'asc' },
          { field: 'cf[10020]', direction: undefined },
        ],
      },
    ],
  ];

  it.each(cases)('%j', (jql, expected) => {
    expect(parseJql(jql)).toEqual(expected);
  });
});

describe('parseJql: Jira’s syntax errors', () => {
  const operators = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
  const escapes = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
  const cases: Array<[string, string]> = [
    ['project =', 'Error in JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['project = AND', "Error in JQL Query: Expecting either a value, list or function but got 'AND'. You must surround 'AND' in quotation marks to use it as a value. (line 1, character 11)"],
    [
      'project = PLAT AND status = = Done',
      "Error in JQL Query: Expecting either a value, list or function but got '='. You must surround '=' in quotation marks to use it as a value. (line 1, character 29)",
    ],
    ['key in (PLAT-1, ', 'Error in JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['key in ()', "Error in JQL Query: Expecting either a value, list or function but got ')'. You must surround ')' in quotation marks to use it as a value. (line 1, character 9)"],
    ['project = PLAT status = Done', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 16)"],
    ['project = PLAT )', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character 16)"],
    ['project = PLAT AND', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ['project = PLAT AND AND', "Error in the JQL Query: Expecting a field name but got 'AND'. You must surround 'AND' in quotation marks to use it as a field name. (line 1, character 20)"],
    ['(project = PLAT', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['(project = PLAT ORDER BY key)', "Error in the JQL Query: Expecting ')' but got 'ORDER'. (line 1, character 17)"],
    ['key in (PLAT-1 PLAT-2)', "Error in the JQL Query: Expecting ')' but got 'PLAT-2'. (line 1, character 16)"],
    ['summary ~ "abc', "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, character 11)"],
    ['priority="test\nword', "Error in the JQL Query: The quoted string 'test word' has not been completed. (line 1, character 10)"],
    ["comment ~ '", 'Error in the JQL Query: The quoted string has not been completed. (line 1, character 11)'],
    ['project', `Error in the JQL Query: Expecting operator before the end of the query. ${operators}`],
    ['project PLAT', `Error in the JQL Query: Expecting operator but got 'PLAT'. ${operators} (line 1, character 9)`],
    ['project was PLAT', `Error in the JQL Query: Expecting operator but got 'was'. ${operators} (line 1, character 9)`],
    ['project not = x', "Error in the JQL Query: Expecting 'IN' but got '='. (line 1, character 13)"],
    ['project not', "Error in the JQL Query: Expecting 'IN' before the end of the query."],
    ['assignee is ! empty', "Error in the JQL Query: Expecting 'NOT' but got '!'. (line 1, character 13)"],
    ['project = {x}', "Error in the JQL Query: The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 11)"],
    ['labels = a#b', "Error in the JQL Query: The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead. (line 1, character 11)"],
    ['labels = a\u0007', "Error in the JQL Query: The character 'U+0007' on line 1 at position 11 must be escaped. Use the escape '\\u0007' instead. (line 1, character 11)"],
    ['labels = a\\q', `Error in the JQL Query: '\\q' is an illegal JQL escape sequence. ${escapes} (line 1, character 11)`],
    ['labels = "\\u12"', `Error in the JQL Query: '\\u12"' is an illegal JQL escape sequence. ${escapes} (line 1, character 11)`],
    ['labels = a\\', `Error in the JQL Query: The escape sequence has not been completed. ${escapes} (line 1, character 11)`],
    ['labels = select', "Error in the JQL Query: 'select' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)"],
    [
      'id = 99999999999999999999',
      "Error in the JQL Query: '99999999999999999999' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 6)",
    ],
    ["[x] = 1", "Error in the JQL Query: Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)"],
    ['"" = 1', 'Error in the JQL Query: A field name cannot be empty. (line 1, character 1)'],
    ['cf = 1', "Error in the JQL Query: Expecting '[' but got '='. (line 1, character 4)"],
    ['cf', "Error in the JQL Query: Expecting '[' before the end of the query."],
    ['cf[x] = 1', "Error in the JQL Query: Expecting a custom field id (a positive number) but got 'x'. (line 1, character 4)"],
    ['cf[10020 = 1', "Error in the JQL Query: Expecting ']' but got '='. (line 1, character 10)"],
    ['updated > ""()', 'Error in the JQL Query: A function name cannot be empty. (line 1, character 11)'],
    ['updated > startOfDay(', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['updated > startOfDay(-1,)', 'Error in the JQL Query: Function argument must be specified. (line 1, character 25)'],
    ['updated > startOfDay(-1,', 'Error in the JQL Query: Expecting a function argument at the end of the query.'],
    ['updated > startOfDay(, 1)', "Error in the JQL Query: Expecting ')' but got ','. (line 1, character 22)"],
    ['updated > startOfDay(-1 x)', "Error in the JQL Query: Expecting ')' or ',' but got 'x'. (line 1, character 25)"],
    ['updated > startOfDay(!', "Error in the JQL Query: Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 22)"],
    ['project = PLAT ORDER', "Error in the JQL Query: Expecting 'by' before the end of the query."],
    ['project = PLAT ORDER key', "Error in the JQL Query: Expecting 'by' but got 'key'. (line 1, character 22)"],
    ['project = PLAT ORDER BY', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ['project = PLAT ORDER BY asc', "Error in the JQL Query: Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 25)"],
    ['project = PLAT ORDER BY key sideways', "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'sideways'. (line 1, character 29)"],
    ['project = PLAT ORDER BY key desc id', "Error in the JQL Query: Expecting ',' but got 'id'. (line 1, character 34)"],
    ['project = PLAT\nAND status = = Done', "Error in JQL Query: Expecting either a value, list or function but got '='. You must surround '=' in quotation marks to use it as a value. (line 2, character 14)"],
  ];

  it.each(cases)('%j', (jql, message) => {
    expect(errorOf(jql)).toEqual([message]);
  });

  it('throws a JqlError, an Error with the messages as its text', () => {
    expect(() => parseJql('project =')).toThrow(JqlError);
    expect(() => parseJql('project =')).toThrow('Expecting either a value, list or function before the end of the query.');
  });
});
