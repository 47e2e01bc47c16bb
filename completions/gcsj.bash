# bash completion for gcsj
_gcsj() {
  local cur prev words cword
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local commands="validate group list report publish rules explain schema init"

  if [[ ${COMP_CWORD} -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands} --help --version" -- "${cur}"))
    return
  fi

  case "${prev}" in
    -f|--format)
      case "${COMP_WORDS[1]}" in
        validate) COMPREPLY=($(compgen -W "text json sarif junit github gcc" -- "${cur}")) ;;
        list) COMPREPLY=($(compgen -W "text json csv" -- "${cur}")) ;;
        report) COMPREPLY=($(compgen -W "markdown json" -- "${cur}")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "${cur}")) ;;
      esac
      return ;;
    --fail-level) COMPREPLY=($(compgen -W "error warning note" -- "${cur}")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "${cur}")); return ;;
    --category)
      COMPREPLY=($(compgen -W "government employers-organization workers-organization international-organization regional-organization enterprise ngo academic" -- "${cur}"))
      return ;;
    --status) COMPREPLY=($(compgen -W "applied admitted withdrawn" -- "${cur}")); return ;;
    --registry) COMPREPLY=($(compgen -d -- "${cur}")); return ;;
    --config|-o|--output) COMPREPLY=($(compgen -f -- "${cur}")); return ;;
    --out) COMPREPLY=($(compgen -d -- "${cur}")); return ;;
    --as-of|--since|--within|-j|--jobs) return ;;
    explain)
      COMPREPLY=($(compgen -W "$(gcsj rules 2>/dev/null | cut -d' ' -f1)" -- "${cur}"))
      return ;;
    schema) COMPREPLY=($(compgen -W "partner coordinating-group" -- "${cur}")); return ;;
    group) COMPREPLY=($(compgen -W "seats terms" -- "${cur}")); return ;;
    list) COMPREPLY=($(compgen -W "partners" -- "${cur}")); return ;;
  esac

  if [[ "${cur}" == -* ]]; then
    local options
    case "${COMP_WORDS[1]}" in
      validate) options="--as-of --format --output --jobs --strict --fail-level --registry --config --no-config --color --quiet --help" ;;
      group) options="--as-of --format --within --help" ;;
      list) options="--as-of --format --category --status --output --help" ;;
      report) options="--as-of --since --within --format --output --help" ;;
      publish) options="--out --as-of --allow-errors --quiet --help" ;;
      schema) options="--output --help" ;;
      init) options="--force --help" ;;
      *) options="--help" ;;
    esac
    COMPREPLY=($(compgen -W "${options}" -- "${cur}"))
    return
  fi
  COMPREPLY=($(compgen -f -- "${cur}"))
}
complete -o filenames -F _gcsj gcsj
