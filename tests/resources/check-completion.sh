#!/usr/bin/env bash
# Checks the bash completion of signalbox-cli (resources/completion/signalbox-cli): commands,
# sub-commands and the options of a command are offered for what has been typed.
set -euo pipefail
completion=$1
source /usr/share/bash-completion/bash_completion
source "$completion"

failures=0
expect() {
    local want=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _signalbox_cli
    local got="${COMPREPLY[*]}"
    if [[ "$got" != "$want" ]]; then
        echo "FAIL: '$*' offered [$got], expected [$want]"
        failures=$((failures + 1))
    else
        echo "PASS: '$*' -> [$got]"
    fi
}

expect "send seed" signalbox-cli se
expect "add list delete" signalbox-cli user ""
expect "--as --to --reply-to --db --json --password-stdin --help --version" signalbox-cli --db x.db send --
expect "--as --with --db --json --password-stdin --help --version" signalbox-cli conversation -
expect "--unread" signalbox-cli notifications --as bob --u
expect "" signalbox-cli send --as ""
expect "--version" signalbox-cli --v
expect "passwd" signalbox-cli pa
expect "init add remove list" signalbox-cli --db postgresql://admin@db/sb team ""
expect "remove" signalbox-cli team r
expect "--as --db --json --password-stdin --help --version" signalbox-cli passwd --
[[ $failures -eq 0 ]]
