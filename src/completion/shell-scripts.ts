// The scripts `roles completion SHELL` prints. Each only hands the words typed so far to
// `roles __complete` and offers what it prints, so every shell completes alike; when it
// prints nothing (a folder for --data, a file for validate), the shell offers file names.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# roles completion for bash; install: roles completion bash > ~/.local/share/bash-completion/completions/roles
_roles_complete() {
  local IFS=$'\\n'
  local -a candidates
  candidates=($(roles __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  if [ \${#candidates[@]} -eq 0 ]; then
    compopt -o default 2>/dev/null
    COMPREPLY=()
  else
    COMPREPLY=("\${candidates[@]}")
  fi
}
complete -F _roles_complete roles
`;

const ZSH = `#compdef roles
# roles completion for zsh; install: roles completion zsh > "\${fpath[1]}/_roles" (or source it after compinit)
_roles() {
  local -a candidates
  candidates=("\${(@f)$(roles __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=(\${candidates:#})
  if (( \${#candidates} == 0 )); then
    _files
  else
    compadd -Q -a candidates
  fi
}
if [ "\${funcstack[1]}" = "_roles" ]; then
  _roles "$@"
else
  compdef _roles roles
fi
`;

const FISH = `# roles completion for fish; install: roles completion fish > ~/.config/fish/completions/roles.fish
function __roles_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l candidates (roles __complete -- $tokens[2..-1] "$current" 2>/dev/null)
    if test (count $candidates) -eq 0
        __fish_complete_path "$current"
    else
        printf '%s\\n' $candidates
    end
end
complete -c roles -f -a '(__roles_complete)'
`;

export function completionScript(shell: Shell): string {
  return { bash: BASH, zsh: ZSH, fish: FISH }[shell];
}
