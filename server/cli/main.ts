// npm run --silent cli -- <command> [options]. See the README for every command.
import { backupCommand, restoreCommand } from './backup-command.ts';
import { checkModelCommand } from './check-model-command.ts';
import { EXIT_USAGE, UsageError } from './cli-errors.ts';
import { evaluateCommand } from './evaluate-command.ts';
import { modelCommand, taggingCommand } from './model-command.ts';
import { secondFactorCommand } from './second-factor-command.ts';
import { tagCommand } from './tag-command.ts';
import { tokenCommand } from './token-command.ts';
import { trainCommand } from './train-command.ts';
import { userCommand } from './user-command.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  tag: tagCommand,
  train: trainCommand,
  evaluate: evaluateCommand,
  user: userCommand,
  token: tokenCommand,
  model: modelCommand,
  tagging: taggingCommand,
  'second-factor': secondFactorCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'check-model': checkModelCommand,
};

const USAGE = `Usage: npm run --silent cli -- <command> [options]
  tag [--codebook FILE] [--model FILE]              JSON Lines in on stdin, tags out on stdout
  train --input FILE --out MODEL [--codebook FILE]  train a model from human-coded answers
  evaluate --gold FILE [--split report|tune|all] [--table] [--codebook FILE] [--model FILE]
                                                    agreement with human coding
  user add --email E --role R [--forum-member]      add an account (password: first line of stdin)
  user disable|enable|reset --email E               reset prints a one-time link
  token create|revoke --email E                     create prints only the API token
  second-factor reset --email E                     remove a person's code app and recovery codes
  second-factor require on|off                      whether every password account needs one
  model install --file MODEL                        use a trained model; every answer is re-tagged
  model train [--out FILE] [--install]              learn from officers' codes in the database
  tagging status                                    the tagging queue and re-tagging progress
  backup --out FILE                                 a consistent copy, taken while the server runs
  restore --from FILE                               put a backup in place (stop the server first)
  check-model [--input FILE] [--out FILE]           rebuild the default codebook's check model`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `Unknown command "${name}".\n` : ''}${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(args);
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      (error instanceof Error &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'));
    if (!usage) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
