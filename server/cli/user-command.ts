// npm run --silent cli -- user add|disable|enable|reset --email E ...
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { createAccount, issueResetLink, setDisabled } from '../auth/accounts.ts';
import { roleSchema, toAccountSummary } from '../auth/roles.ts';
import { readSecretLine, requireEmail, userByEmail, withAppDatabase } from './app-database.ts';
import { UsageError } from './cli-errors.ts';

const USAGE = `user add --email E --role admin|officer|designer [--forum-member]  (password on stdin)
user disable --email E | user enable --email E | user reset --email E`;

export async function userCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      'forum-member': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (action !== 'add' && (values.role !== undefined || values['forum-member'] !== undefined)) {
    throw new UsageError(`--role and --forum-member go with "user add" only.\n${USAGE}`);
  }
  switch (action) {
    case 'add':
      return addUser(requireEmail(values.email, 'user add'), values.role, values['forum-member']);
    case 'disable':
    case 'enable': {
      const email = requireEmail(values.email, `user ${action}`);
      return withAppDatabase(async (deps) => {
        await setDisabled(deps, CLI_ACTOR, await userByEmail(deps, email), action === 'disable');
        process.stderr.write(`${action === 'disable' ? 'Disabled' : 'Enabled'} ${email}.\n`);
        return 0;
      });
    }
    case 'reset': {
      const email = requireEmail(values.email, 'user reset');
      return withAppDatabase(async (deps) => {
        const { link, expiresAt } = await issueResetLink(
          deps,
          CLI_ACTOR,
          await userByEmail(deps, email),
        );
        const base = deps.config.publicUrl;
        process.stdout.write(`${base ?? ''}${link}\n`);
        process.stderr.write(
          base
            ? `One use, until ${expiresAt}.\n`
            : `One use, until ${expiresAt}. Prefix it with the site's address (set PUBLIC_URL to have it printed whole).\n`,
        );
        return 0;
      });
    }
    default:
      throw new UsageError(
        `${action ? `Unknown user command "${action}".` : 'Missing user command.'}\n${USAGE}`,
      );
  }
}

async function addUser(email: string, role: string | undefined, forumMember?: boolean) {
  const parsedRole = roleSchema.safeParse(role);
  if (!parsedRole.success) {
    throw new UsageError('user add needs --role admin, officer or designer.');
  }
  const password = await readSecretLine('Password (at least 12 characters): ');
  if (password === undefined) {
    throw new UsageError('user add reads the password from the first line of stdin.');
  }
  return withAppDatabase(async (deps) => {
    const user = await createAccount(deps, CLI_ACTOR, {
      email,
      role: parsedRole.data,
      forumMember: forumMember ?? false,
      password,
    });
    process.stdout.write(`${JSON.stringify(toAccountSummary(user))}\n`);
    return 0;
  });
}
