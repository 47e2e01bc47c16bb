# bash completion for gcsj. Subcommands, options and the values of options with a fixed set
# (--format, --fail-level, ...) are read from `gcsj ... --help`, so the completion always knows
# what the installed gcsj accepts; rule ids come from `gcsj rules`.

# The help of the subcommand being completed (`gcsj validate`, `gcsj group seats`, ...).
_gcsj_help() {
  local words=("${COMP_WORDS[1]}")
  case "${COMP_WORDS[1]}" in
    group|list) [[ ${COMP_CWORD} -gt 2 ]] && words+=("${COMP_WORDS[2]}") ;;
  esac
  "${COMP_WORDS[0]}" "${words[@]}" --help 2>/dev/null
}

# The values CLI11's help lists for option $1: `-f,--format TEXT:{text,json,...}`.
_gcsj_values() {
  _gcsj_help | sed -n "s/.*$1 [A-Z]*:{\([^}]*\)}.*/\1/p" | head -n 1 | tr ',' ' '
}

_gcsj() {
  local cur prev
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"

  if [[ ${COMP_CWORD} -eq 1 ]]; then
    local commands
    commands=$("${COMP_WORDS[0]}" --help 2>/dev/null |
      sed -n '/^Subcommands:/,$ s/^  \([a-z][a-z-]*\) .*/\1/p')
    COMPREPLY=($(compgen -W "${commands} --help --version" -- "${cur}"))
    return
  fi

  case "${prev}" in
    -f|--format|--fail-level|--color|--category|--status)
      local option="${prev}"
      [[ "${prev}" == -f ]] && option=--format
      COMPREPLY=($(compgen -W "$(_gcsj_values "${option}")" -- "${cur}"))
      return ;;
    --table)
      COMPREPLY=($(compgen -W "$(_gcsj_values --table)" -- "${cur}"))
      return ;;
    --region)
      # ILO regions have spaces ("Arab States"): split the list on commas only; readline
      # quotes the spaces (-o filenames).
      local IFS=$'\n'
      COMPREPLY=($(compgen -W "$(_gcsj_help | sed -n 's/.*--region [A-Z]*:{\([^}]*\)}.*/\1/p' |
        head -n 1 | tr ',' '\n')" -- "${cur}"))
      return ;;
    --registry|--out|--into) COMPREPLY=($(compgen -d -- "${cur}")); return ;;
    --config|-o|--output) COMPREPLY=($(compgen -f -- "${cur}")); return ;;
    --partners|--actions|--contacts) COMPREPLY=($(compgen -f -X '!*.csv' -- "${cur}")); return ;;
    --as-of|--since|--within|-j|--jobs|--country) return ;;
  esac

  if [[ "${cur}" == -* ]]; then
    local options
    options=$(_gcsj_help | grep -o -- '--[a-z][a-z-]*' | sort -u)
    COMPREPLY=($(compgen -W "${options}" -- "${cur}"))
    return
  fi

  if [[ ${COMP_CWORD} -eq 2 ]]; then
    case "${COMP_WORDS[1]}" in
      explain)
        COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" rules 2>/dev/null | cut -d' ' -f1)" -- "${cur}"))
        return ;;
      schema|group|list)
        local choices
        choices=$(_gcsj_help | sed -n '/^Positionals:/,/^Options:/ s/.*:{\([^}]*\)}.*/\1/p' | tr ',' ' ')
        [[ -z "${choices}" ]] && choices=$(_gcsj_help | sed -n '/^Subcommands:/,$ s/^  \([a-z][a-z-]*\) .*/\1/p')
        COMPREPLY=($(compgen -W "${choices}" -- "${cur}"))
        return ;;
    esac
  fi

  COMPREPLY=($(compgen -f -- "${cur}"))
}
complete -o filenames -F _gcsj gcsj
