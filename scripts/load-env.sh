# Sourced by scripts/up.sh. `load_env FILE` exports the KEY=VALUE lines of a
# .env file, except for variables the environment already sets: as with
# dotenv (and Next.js's own .env loading), the environment wins, so
# `ADMIN_EMAIL=me@example.com sh scripts/up.sh` means what it says.
# Understands `# comments`, blank lines, `export KEY=…`, values in single or
# double quotes, and ` # comments` after an unquoted value.
load_env() {
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%"$(printf '\r')"}
    case $line in '' | '#'*) continue ;; esac
    line=${line#export }
    key=${line%%=*}
    [ "$key" = "$line" ] && continue
    case $key in '' | [0-9]* | *[!A-Za-z0-9_]*) continue ;; esac
    # Already set: the environment wins. Empty counts as unset, as lib/config.ts reads it.
    eval "[ -n \"\${$key:-}\" ]" && continue
    value=${line#*=}
    case $value in
      \"*\")
        value=${value#\"}
        value=${value%\"}
        ;;
      \'*\')
        value=${value#\'}
        value=${value%\'}
        ;;
      *) value=${value%%[[:space:]]#*} ;;
    esac
    export "$key=$value"
  done <"$1"
}

# Appends `KEY=<32 random bytes>` to FILE unless the environment or FILE already has KEY.
ensure_secret() {
  eval "[ -n \"\${$1:-}\" ]" && return 0
  grep -q "^$1=." "$2" 2>/dev/null && return 0
  printf '%s=%s\n' "$1" "$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" >>"$2"
  echo "up: added a random $1 to $2"
}
