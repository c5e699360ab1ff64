import type { Command } from 'commander';

export const completionShells = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShells)[number];

/** A command's name, description and options (long, short, and the choices of a value). */
interface CommandWords {
  name: string;
  description: string;
  options: Array<{
    long?: string;
    short?: string;
    description: string;
    takesValue: boolean;
    choices?: readonly string[];
  }>;
}

/** What the completion knows, read from the commander program itself (so it never drifts). */
function wordsOf(program: Command): CommandWords[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: c.options
      .filter((o) => !o.hidden)
      .map((o) => ({
        ...(o.long && { long: o.long }),
        ...(o.short && { short: o.short }),
        description: o.description,
        takesValue: o.required || o.optional,
        ...(o.argChoices && { choices: o.argChoices }),
      })),
  }));
}

/** `s` in single quotes for a POSIX shell or fish. */
const sq = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * A completion script for `shell`: the subcommands, then each one's options. Generated from
 * the commander program rather than with a library: the one completion library for commander
 * (@bomb.sh/tab, 0.0.x when this was written) prints with console.log and keeps a
 * process-wide registry, where this CLI writes through its injected streams; a static script
 * also starts no `clipwright` process per key press.
 */
export function completionScript(program: Command, shell: CompletionShell): string {
  const words = wordsOf(program);
  const name = program.name();
  if (shell === 'bash') return bashScript(name, words);
  if (shell === 'zsh') return zshScript(name, words);
  return fishScript(name, words);
}

function flagsOf(c: CommandWords): string[] {
  return [...c.options.flatMap((o) => [o.long, o.short].filter((f): f is string => !!f)), '--help'];
}

function bashScript(name: string, words: CommandWords[]): string {
  const fn = `_${name.replaceAll('-', '_')}_completion`;
  const cases = words.map((c) => `    ${c.name}) opts=${sq(flagsOf(c).join(' '))} ;;`).join('\n');
  const top = `${words.map((c) => c.name).join(' ')} --help --version`;
  return `# bash completion for ${name}: add  eval "$(${name} completion bash)"  to ~/.bashrc
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} sub=\${COMP_WORDS[1]} opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W ${sq(top)} -- "$cur") )
    return
  fi
  case "$sub" in
${cases}
    *) opts='--help' ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F ${fn} ${name}
`;
}

/** Text inside a zsh `_arguments` spec or `_describe` entry. */
const zshText = (s: string) =>
  s
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "'\\''")
    .replaceAll(':', '\\:')
    .replaceAll('[', '\\[')
    .replaceAll(']', '\\]');

function zshOptionSpec(o: CommandWords['options'][number]): string {
  const flags = [o.short, o.long].filter((f): f is string => !!f);
  const head = flags.length > 1 ? `{${flags.join(',')}}` : (flags[0] as string);
  const arg = o.takesValue ? (o.choices ? `:value:(${o.choices.join(' ')})` : ':value:_files') : '';
  const exclusive = flags.length > 1 ? `'(${flags.join(' ')})'` : '';
  return `        ${exclusive}${head}'[${zshText(o.description)}]${arg}'`;
}

function zshScript(name: string, words: CommandWords[]): string {
  const subs = words.map((c) => `    '${c.name}:${zshText(c.description)}'`).join('\n');
  const cases = words
    .map((c) => {
      const specs = [...c.options.map(zshOptionSpec), "        '*:file:_files'"];
      return `    ${c.name})\n      _arguments -s \\\n${specs.join(' \\\n')}\n      ;;`;
    })
    .join('\n');
  return `#compdef ${name}
# zsh completion for ${name}: add  eval "$(${name} completion zsh)"  to ~/.zshrc, after compinit
_${name}() {
  local -a subcommands
  subcommands=(
${subs}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' subcommands
    return
  fi
  case $words[2] in
${cases}
  esac
}
compdef _${name} ${name}
`;
}

function fishScript(name: string, words: CommandWords[]): string {
  const all = words.map((c) => c.name).join(' ');
  const lines = [
    `# fish completion for ${name}: ${name} completion fish > ~/.config/fish/completions/${name}.fish`,
    `complete -c ${name} -f`,
  ];
  for (const c of words)
    lines.push(
      `complete -c ${name} -n "not __fish_seen_subcommand_from ${all}" -a ${c.name} -d ${sq(c.description)}`,
    );
  for (const c of words) {
    for (const o of c.options) {
      const parts = [`complete -c ${name} -n "__fish_seen_subcommand_from ${c.name}"`];
      if (o.long) parts.push(`-l ${o.long.slice(2)}`);
      if (o.short) parts.push(`-s ${o.short.slice(1)}`);
      if (o.takesValue) parts.push(o.choices ? `-x -a ${sq(o.choices.join(' '))}` : '-r -F');
      parts.push(`-d ${sq(o.description)}`);
      lines.push(parts.join(' '));
    }
  }
  return `${lines.join('\n')}\n`;
}
