"""`python -m report`: the `brief` command of this checkout, whichever one is installed."""

from report.cli import command

command()
