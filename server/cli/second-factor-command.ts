// npm run --silent cli -- second-factor reset --email E | second-factor require on|off
// The way back in for an administrator who lost their phone, and the admin's rule without a browser.
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { resetSecondFactor, setSecondFactorRequired } from '../auth/second-factor-admin.ts';
import { requireEmail, userByEmail, withAppDatabase } from './app-database.ts';
import { UsageError } from './cli-errors.ts';

const USAGE = `second-factor reset --email E  (the person signs in with the password alone next)
second-factor require on|off    (on: every password account needs one; password-only sessions end)`;

export async function secondFactorCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'require') {
    const [value, ...extra] = rest;
    if ((value !== 'on' && value !== 'off') || extra.length > 0) {
      throw new UsageError(`second-factor require takes on or off.\n${USAGE}`);
    }
    return withAppDatabase(async (deps) => {
      await setSecondFactorRequired(deps, CLI_ACTOR, value === 'on');
      process.stderr.write(
        `A second factor is ${value === 'on' ? 'now' : 'no longer'} required.\n`,
      );
      return 0;
    });
  }
  if (action !== 'reset') {
    throw new UsageError(
      `${action ? `Unknown second-factor command "${action}".` : 'Missing second-factor command.'}\n${USAGE}`,
    );
  }
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const email = requireEmail(values.email, 'second-factor reset');
  return withAppDatabase(async (deps) => {
    await resetSecondFactor(deps, CLI_ACTOR, await userByEmail(deps, email));
    process.stderr.write(`Reset the second factor of ${email}; their sessions have ended.\n`);
    return 0;
  });
}
