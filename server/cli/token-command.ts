// npm run --silent cli -- token create|revoke --email E
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { createApiToken, revokeApiTokens } from '../auth/accounts.ts';
import { requireEmail, userByEmail, withAppDatabase } from './app-database.ts';
import { UsageError } from './cli-errors.ts';

const USAGE =
  'token create --email E  (prints the token)\ntoken revoke --email E  (revokes all of them)';

export async function tokenCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (action !== 'create' && action !== 'revoke') {
    throw new UsageError(
      `${action ? `Unknown token command "${action}".` : 'Missing token command.'}\n${USAGE}`,
    );
  }
  const email = requireEmail(values.email, `token ${action}`);
  return withAppDatabase(async (deps) => {
    const user = await userByEmail(deps, email);
    if (action === 'create') {
      // Only the token on stdout, so `TOKEN=$(npm run --silent cli -- token create ...)` works.
      process.stdout.write(`${await createApiToken(deps, CLI_ACTOR, user)}\n`);
    } else {
      const revoked = await revokeApiTokens(deps, CLI_ACTOR, user);
      process.stderr.write(`Revoked ${revoked} token(s) of ${email}.\n`);
    }
    return 0;
  });
}
