# Sourced by build.sh, sanitizers.sh and fuzz.sh after they set $root: compile through ccache
# where it is installed (install-deps.sh installs it), with paths taken relative to the checkout
# and the folder left out of the hash, so that another clone of the project (CI's) reuses what
# this one compiled.
ccache_args=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
    ccache_args=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
