"""``python -m newsparse``: the ``newsparse`` command, for an environment whose scripts are not on
``PATH`` (a notebook's kernel, a cluster job) or to pick the interpreter explicitly."""

from newsparse.cli import main

main(prog_name="newsparse")
